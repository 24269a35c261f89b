using System.Globalization;

namespace Spd.Domain.Catalog;

/// <summary>One data row of an import file: its row number in the sheet and its cells as text, by column header.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>A parsed import file: the headers found in its first row and its non-empty data rows.</summary>
public sealed record ImportSheet(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>
/// A column of an import/export sheet. <see cref="Field"/> is the property of the draft it fills, so that
/// a validation error on that property is reported on this column; <see cref="Note"/> explains it in the template.
/// </summary>
public sealed record SheetColumn(string Header, string Field, bool Required, SheetValueKind Kind, string Note);

public enum SheetValueKind
{
    Text,
    Number,
    Date,
}

/// <summary>
/// One problem in an import file: row number (1 is the header row), column header, the cell's text,
/// the rule's code (screens translate <c>Import.Reason.{Code}</c>) and the English message the API returns.
/// </summary>
public sealed record ImportError(int Row, string Column, string? Value, string Code, string Message, params object[] Arguments);

/// <summary>What an import would do: of the file's data rows, those to insert and to update (unchanged rows are only counted), and every error.</summary>
public sealed record ImportPreview<TDraft>(
    int Rows,
    IReadOnlyList<TDraft> Inserts,
    IReadOnlyList<(int Id, TDraft Draft)> Updates,
    int Unchanged,
    IReadOnlyList<ImportError> Errors)
{
    public bool IsClean => Errors.Count == 0;
}

/// <summary>The outcome of applying an import.</summary>
public sealed record ImportResult(int Inserted, int Updated, int Unchanged);

/// <summary>
/// Reads the text of one row's cells into typed values, collecting an error per bad cell.
/// The texts the file uses for enums (Chinese names, English code names accepted too), booleans
/// (是/否) and dates (yyyy-MM-dd) are those of <see cref="SheetText"/>.
/// </summary>
public sealed class SheetRowReader(SheetRow row, List<ImportError> errors)
{
    public SheetRow Row => row;

    /// <summary>Columns with a parse error; the validator's error on the same column would only repeat it.</summary>
    public HashSet<string> FailedColumns { get; } = [];

    public string? Cell(SheetColumn column) =>
        row.Cells.TryGetValue(column.Header, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public string Text(SheetColumn column) => Cell(column) ?? "";

    public decimal? Decimal(SheetColumn column) =>
        Parse<decimal>(column, text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null,
            "BadNumber", "is not a number");

    public int? Integer(SheetColumn column) =>
        Parse<int>(column, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
              && number is >= int.MinValue and <= int.MaxValue ? (int)number : (int?)null,
            "BadInteger", "is not a whole number");

    public DateOnly? Date(SheetColumn column) =>
        Parse<DateOnly>(column, text => DateOnly.TryParseExact(text, SheetText.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : (DateOnly?)null,
            "BadDate", "is not a date written yyyy-MM-dd");

    public bool YesNo(SheetColumn column) =>
        Parse<bool>(column, SheetText.ParseYesNo, "BadYesNo", "is neither 是 nor 否") ?? false;

    public TEnum? Choice<TEnum>(SheetColumn column)
        where TEnum : struct, Enum
    {
        if (Cell(column) is not { } text)
        {
            return MissingIfRequired<TEnum>(column);
        }

        if (SheetText.ParseName<TEnum>(text) is { } value)
        {
            return value;
        }

        var allowed = string.Join("、", SheetText.Names<TEnum>().Values);
        Fail(column, text, "BadChoice", $"{column.Header}: '{text}' is not one of {allowed}.", allowed);
        return null;
    }

    /// <summary>Maps a code to an id; an unknown code is an error on this column.</summary>
    public int Code(SheetColumn column, IReadOnlyDictionary<string, int> idsByCode, string unknownCode, string what)
    {
        if (Cell(column) is not { } text)
        {
            MissingIfRequired<int>(column);
            return 0;
        }

        if (idsByCode.TryGetValue(text, out var id))
        {
            return id;
        }

        Fail(column, text, unknownCode, $"{column.Header}: no {what} has the code '{text}'.", text);
        return 0;
    }

    public void Fail(SheetColumn column, string? value, string code, string message, params object[] arguments)
    {
        FailedColumns.Add(column.Header);
        errors.Add(new ImportError(row.Number, column.Header, value, code, message, arguments));
    }

    private T? Parse<T>(SheetColumn column, Func<string, T?> parse, string code, string what)
        where T : struct
    {
        if (Cell(column) is not { } text)
        {
            return MissingIfRequired<T>(column);
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        Fail(column, text, code, $"{column.Header}: '{text}' {what}.");
        return null;
    }

    private T? MissingIfRequired<T>(SheetColumn column)
        where T : struct
    {
        if (column.Required)
        {
            Fail(column, null, "Required", $"{column.Header} is required.");
        }

        return null;
    }
}

/// <summary>How values are written in the import and export files.</summary>
public static class SheetText
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string Yes = "是";
    public const string No = "否";

    private static readonly Dictionary<Type, IReadOnlyDictionary<Enum, string>> ChineseNames = new()
    {
        [typeof(ItemCategory)] = Map(
            (ItemCategory.HighValue, "高值耗材"), (ItemCategory.LowValueCharged, "低值收费耗材"), (ItemCategory.LowValueUncharged, "低值不收费耗材")),
        [typeof(ManagementMode)] = Map((ManagementMode.OrderLinked, "医嘱管理类"), (ManagementMode.StockManaged, "库存管理类")),
        [typeof(TrackingMode)] = Map((TrackingMode.Unique, "一物一码"), (TrackingMode.Pack, "定数包"), (TrackingMode.Bulk, "散装")),
        [typeof(StorageCondition)] = Map(
            (StorageCondition.Ambient, "常温"), (StorageCondition.Cool, "阴凉"), (StorageCondition.Refrigerated, "冷藏"), (StorageCondition.Frozen, "冷冻")),
        [typeof(ItemStatus)] = Map((ItemStatus.Draft, "待启用"), (ItemStatus.Active, "启用"), (ItemStatus.Suspended, "暂停"), (ItemStatus.Replaced, "已替代")),
    };

    public static IReadOnlyDictionary<TEnum, string> Names<TEnum>()
        where TEnum : struct, Enum =>
        ChineseNames[typeof(TEnum)].ToDictionary(pair => (TEnum)pair.Key, pair => pair.Value);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => ChineseNames[typeof(TEnum)][value];

    /// <summary>The Chinese name, or the English code name as the API writes it (any case).</summary>
    public static TEnum? ParseName<TEnum>(string text)
        where TEnum : struct, Enum
    {
        foreach (var (value, name) in ChineseNames[typeof(TEnum)])
        {
            if (name == text)
            {
                return (TEnum)value;
            }
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !text.Any(char.IsAsciiDigit) ? parsed : null;
    }

    public static string YesNo(bool value) => value ? Yes : No;

    public static bool? ParseYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        Yes or "y" or "yes" or "true" or "1" => true,
        No or "n" or "no" or "false" or "0" => false,
        _ => null,
    };

    private static IReadOnlyDictionary<Enum, string> Map<TEnum>(params (TEnum Value, string Name)[] names)
        where TEnum : struct, Enum =>
        names.ToDictionary(n => (Enum)n.Value, n => n.Name);
}
