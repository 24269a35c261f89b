using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Catalog;

/// <summary>The fields of a supplier that the Excel sheet carries; blacklisting is an audited action of its own, not a column.</summary>
public sealed record SupplierImportRow
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? CreditCode { get; init; }

    public string? ContactName { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public DateOnly? IntegrityPledgeDate { get; init; }

    public static SupplierImportRow From(Supplier supplier) => new()
    {
        Code = supplier.Code,
        Name = supplier.Name,
        CreditCode = supplier.CreditCode,
        ContactName = supplier.ContactName,
        Phone = supplier.Phone,
        Address = supplier.Address,
        IntegrityPledgeDate = supplier.IntegrityPledgeDate,
    };

    public void ApplyTo(Supplier supplier)
    {
        supplier.Code = Code;
        supplier.Name = Name;
        supplier.CreditCode = CreditCode;
        supplier.ContactName = ContactName;
        supplier.Phone = Phone;
        supplier.Address = Address;
        supplier.IntegrityPledgeDate = IntegrityPledgeDate;
    }
}

/// <summary>The supplier sheet: the same all-or-nothing import as <see cref="CatalogImport"/>, keyed by 供应商编码.</summary>
public static class SupplierImport
{
    public static readonly SheetColumn Code = Column("供应商编码", nameof(SupplierImportRow.Code), true, "供应商编码，最长 32 位；已有的编码更新该供应商，新编码新增供应商");
    public static readonly SheetColumn Name = Column("名称", nameof(SupplierImportRow.Name), true, "企业名称，最长 200 字");
    public static readonly SheetColumn CreditCode = Column("统一社会信用代码", nameof(SupplierImportRow.CreditCode), false, "18 位，含校验位（GB 32100）");
    public static readonly SheetColumn ContactName = Column("联系人", nameof(SupplierImportRow.ContactName), false, "最长 50 字");
    public static readonly SheetColumn Phone = Column("电话", nameof(SupplierImportRow.Phone), false, "最长 30 位；以文本保存");
    public static readonly SheetColumn Address = Column("地址", nameof(SupplierImportRow.Address), false, "最长 200 字");
    public static readonly SheetColumn IntegrityPledgeDate = Column("廉洁承诺书日期", nameof(SupplierImportRow.IntegrityPledgeDate), false, "签署日期，格式 yyyy-MM-dd", SheetValueKind.Date);

    public static readonly IReadOnlyList<SheetColumn> Columns = [Code, Name, CreditCode, ContactName, Phone, Address, IntegrityPledgeDate];

    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        [Code.Header] = 32, [Name.Header] = 200, [ContactName.Header] = 50, [Phone.Header] = 30, [Address.Header] = 200,
    };

    public static object?[] Cells(SupplierImportRow supplier) =>
        [supplier.Code, supplier.Name, supplier.CreditCode, supplier.ContactName, supplier.Phone, supplier.Address, supplier.IntegrityPledgeDate];

    public static SupplierImportRow Example => new()
    {
        Code = "GYS-EXAMPLE-01",
        Name = "四川示例医疗器械有限公司",
        CreditCode = RegistryCodes.CreditCode("510107", 12345678),
        ContactName = "张经理",
        Phone = "028-85550000",
        Address = "四川省成都市武侯区示例路1号",
        IntegrityPledgeDate = new DateOnly(2026, 1, 5),
    };

    public static async Task<List<SupplierImportRow>> ExportAsync(SpdDbContext db, CancellationToken cancellationToken = default) =>
        [.. (await db.Suppliers.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken)).Select(SupplierImportRow.From)];

    public static async Task<ImportPreview<SupplierImportRow>> PreviewAsync(SpdDbContext db, ImportSheet sheet, CancellationToken cancellationToken = default)
    {
        var suppliers = await db.Suppliers.AsNoTracking().ToListAsync(cancellationToken);
        return Preview(sheet, suppliers.ToDictionary(s => s.Code, s => (s.Id, SupplierImportRow.From(s)), StringComparer.OrdinalIgnoreCase));
    }

    public static ImportPreview<SupplierImportRow> Preview(ImportSheet sheet, IReadOnlyDictionary<string, (int Id, SupplierImportRow Row)> existing)
    {
        var errors = CatalogImport.MissingColumns(sheet, Columns);
        var inserts = new List<SupplierImportRow>();
        var updates = new List<(int, SupplierImportRow)>();
        var unchanged = 0;
        var rowsByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (errors.Count > 0)
        {
            return new(sheet.Rows.Count, inserts, updates, unchanged, errors);
        }

        foreach (var sheetRow in sheet.Rows)
        {
            var errorsBefore = errors.Count;
            var reader = new SheetRowReader(sheetRow, errors);
            var row = new SupplierImportRow
            {
                Code = reader.Text(Code),
                Name = reader.Text(Name),
                CreditCode = reader.Cell(CreditCode)?.ToUpperInvariant(),
                ContactName = reader.Cell(ContactName),
                Phone = reader.Cell(Phone),
                Address = reader.Cell(Address),
                IntegrityPledgeDate = reader.Date(IntegrityPledgeDate),
            };

            Check(reader, row);
            CatalogImport.InFile(reader, Code, row.Code, rowsByCode, "DuplicateCodeInFile", "supplier code");
            if (errors.Count > errorsBefore)
            {
                continue;
            }

            if (!existing.TryGetValue(row.Code, out var known))
            {
                inserts.Add(row);
            }
            else if (known.Row == row)
            {
                unchanged++;
            }
            else
            {
                updates.Add((known.Id, row));
            }
        }

        return new(sheet.Rows.Count, inserts, updates, unchanged, errors);
    }

    /// <summary>Writes a clean preview in one transaction: every row or none.</summary>
    public static async Task<ImportResult> ApplyAsync(SpdDbContext db, ImportPreview<SupplierImportRow> preview, CancellationToken cancellationToken = default)
    {
        if (!preview.IsClean)
        {
            throw new InvalidOperationException($"The file has {preview.Errors.Count} errors; an import with errors writes nothing.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var row in preview.Inserts)
            {
                var supplier = new Supplier { Code = row.Code, Name = row.Name };
                row.ApplyTo(supplier);
                db.Suppliers.Add(supplier);
            }

            var ids = preview.Updates.Select(update => update.Id).ToList();
            var suppliers = await db.Suppliers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var (id, row) in preview.Updates)
            {
                row.ApplyTo(suppliers[id]);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new(preview.Inserts.Count, preview.Updates.Count, preview.Unchanged);
    }

    private static void Check(SheetRowReader reader, SupplierImportRow row)
    {
        foreach (var column in new[] { Code, Name }.Where(c => reader.Cell(c) is null))
        {
            reader.Fail(column, null, "Required", $"{column.Header} is required.");
        }

        foreach (var (header, maxLength) in MaxLengths)
        {
            var column = Columns.First(c => c.Header == header);
            if (reader.Cell(column) is { } text && text.Length > maxLength)
            {
                reader.Fail(column, text, "TooLong", $"{header} is longer than {maxLength} characters.", maxLength);
            }
        }

        if (row.CreditCode is { } creditCode && !RegistryCodes.IsValidCreditCode(creditCode))
        {
            reader.Fail(CreditCode, creditCode, "CreditCodeFormat", "The unified social credit code is 18 characters ending in its check character.", creditCode);
        }
    }

    private static SheetColumn Column(string header, string field, bool required, string note, SheetValueKind kind = SheetValueKind.Text) =>
        new(header, field, required, kind, (required ? "必填。" : "选填。") + note);
}
