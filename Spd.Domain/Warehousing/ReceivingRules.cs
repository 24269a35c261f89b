using Spd.Domain.Catalog;
using Spd.Domain.Common;

namespace Spd.Domain.Warehousing;

/// <summary>Section <c>Receiving</c> of the configuration.</summary>
public sealed class ReceivingOptions
{
    public const string Section = "Receiving";

    /// <summary>
    /// Items with a shelf life of twelve months or less must arrive with at least this share of it left
    /// (DOMAIN.md §4.4: default one half).
    /// </summary>
    public decimal MinRemainingShelfLifeFraction { get; set; } = 0.5m;
}

public enum ShelfLifeRule
{
    /// <summary>The item has no shelf life: only an expired lot is refused.</summary>
    NotExpired,

    /// <summary>Shelf life over one year: at least twelve months left.</summary>
    TwelveMonths,

    /// <summary>Shelf life of a year or less: at least the configured share of it left.</summary>
    Fraction,
}

/// <summary>剩余效期 at receipt: how many days the lot has left, how many the rule asks for, and which rule.</summary>
public sealed record ShelfLifeCheck(ShelfLifeRule Rule, int RemainingDays, int RequiredDays)
{
    public bool Passes => RemainingDays >= RequiredDays;
}

/// <summary>What the keeper found for one delivery note line: the label as scanned, what arrived and what they refuse.</summary>
public sealed record LineCheck
{
    public required long DeliveryNoteLineId { get; init; }

    /// <summary>The item barcode scanned (our item code or the UDI-DI), when the keeper scanned one.</summary>
    public string? ItemCode { get; init; }

    public required string LotNumber { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    /// <summary>Counted on arrival, in base units.</summary>
    public required int ArrivedQuantity { get; init; }

    /// <summary>Part of the arrival the keeper refuses (damaged, wet, wrong packaging) with <see cref="RefusalReason"/>.</summary>
    public int RefusedQuantity { get; init; }

    public string? RefusalReason { get; init; }
}

/// <summary>What the rules know about a delivery note line; <see cref="OpenOrderQuantity"/> is null when it has no purchase record.</summary>
public sealed record LineFacts(
    string NoteItemCode,
    string? NoteItemUdiDi,
    string NoteLotNumber,
    DateOnly NoteExpiryDate,
    int NoteQuantity,
    int? OpenOrderQuantity,
    int? ShelfLifeMonths,
    IReadOnlyList<EligibilityProblem> CertificateProblems);

/// <summary>
/// The verdict on a line: accepted and refused quantities, the refusal reason (<c>Receiving.{Code}</c> with
/// <see cref="RefusalArguments"/>) and whether fewer arrived than the note says (the order line goes short).
/// </summary>
public sealed record LineVerdict(int Accepted, int Refused, string? RefusalCode, IReadOnlyList<string> RefusalArguments, bool Short, ShelfLifeCheck? ShelfLife);

/// <summary>
/// 验收 rules of DOMAIN.md §4.4 as pure functions, so that the receipt screen can show the verdict while the
/// keeper types and the service applies exactly the same one. The scanned label is the truth: a lot,
/// expiry or item that differs from the delivery note is refused with both values, never silently taken over.
/// </summary>
public static class ReceivingRules
{
    public const string NoPurchaseRecord = nameof(NoPurchaseRecord);
    public const string ItemMismatch = nameof(ItemMismatch);
    public const string LotMismatch = nameof(LotMismatch);
    public const string ExpiryMismatch = nameof(ExpiryMismatch);
    public const string Expired = nameof(Expired);
    public const string ShelfLifeTooShort = nameof(ShelfLifeTooShort);
    public const string ExcessQuantity = nameof(ExcessQuantity);
    public const string KeeperRefused = nameof(KeeperRefused);

    public const string InvalidQuantity = nameof(InvalidQuantity);
    public const string LotRequired = nameof(LotRequired);
    public const string ExpiryRequired = nameof(ExpiryRequired);
    public const string ReasonRequired = nameof(ReasonRequired);

    /// <summary>
    /// The remaining shelf life rule. Days are counted from <paramref name="today"/>: twelve months left means
    /// an expiry on or after the same day next year; a share of a shelf life is that share of the days from
    /// today to today plus the shelf life, rounded up.
    /// </summary>
    public static ShelfLifeCheck ShelfLife(int? shelfLifeMonths, DateOnly expiry, DateOnly today, decimal minRemainingFraction)
    {
        var remaining = expiry.DayNumber - today.DayNumber;
        return shelfLifeMonths switch
        {
            null or <= 0 => new(ShelfLifeRule.NotExpired, remaining, 1),
            > 12 => new(ShelfLifeRule.TwelveMonths, remaining, DaysUntil(today, 12)),
            { } months => new(ShelfLifeRule.Fraction, remaining, Math.Max(1, (int)Math.Ceiling(DaysUntil(today, months) * minRemainingFraction))),
        };
    }

    /// <summary>The input problems that stop a check before any rule is applied.</summary>
    public static List<ValidationError> Validate(LineCheck check)
    {
        var errors = new List<ValidationError>();
        if (check.ArrivedQuantity < 0 || check.RefusedQuantity < 0 || check.RefusedQuantity > check.ArrivedQuantity)
        {
            errors.Add(new(nameof(LineCheck.ArrivedQuantity), InvalidQuantity, "Arrived and refused quantities cannot be negative, and no more can be refused than arrived."));
        }

        if (check.ArrivedQuantity > 0 && string.IsNullOrWhiteSpace(check.LotNumber))
        {
            errors.Add(new(nameof(LineCheck.LotNumber), LotRequired, "Scan or enter the lot on the label."));
        }

        if (check.ArrivedQuantity > 0 && check.ExpiryDate is null)
        {
            errors.Add(new(nameof(LineCheck.ExpiryDate), ExpiryRequired, "Scan or enter the expiry date on the label."));
        }

        if (check.RefusedQuantity > 0 && string.IsNullOrWhiteSpace(check.RefusalReason))
        {
            errors.Add(new(nameof(LineCheck.RefusalReason), ReasonRequired, "Give the reason for refusing part of the line."));
        }

        return errors;
    }

    /// <summary>
    /// Applies the rules in the order a keeper checks: purchase record, item, lot, expiry, certificates,
    /// remaining shelf life — the first that fails refuses everything that arrived. Otherwise the line is
    /// accepted up to the note's quantity (and what the order still has open); the excess and the part the
    /// keeper refuses are refused. Call <see cref="Validate"/> first.
    /// </summary>
    public static LineVerdict Judge(LineFacts facts, LineCheck check, DateOnly today, decimal minRemainingFraction)
    {
        var arrived = check.ArrivedQuantity;
        var isShort = arrived < facts.NoteQuantity;
        if (arrived == 0)
        {
            return new(0, 0, null, [], isShort, null);
        }

        var lot = check.LotNumber.Trim();
        var expiry = check.ExpiryDate!.Value;
        var shelfLife = ShelfLife(facts.ShelfLifeMonths, expiry, today, minRemainingFraction);
        LineVerdict Refuse(string code, params string[] arguments) => new(0, arrived, code, arguments, isShort, shelfLife);

        if (facts.OpenOrderQuantity is not > 0)
        {
            return Refuse(NoPurchaseRecord, facts.NoteItemCode);
        }

        if (check.ItemCode?.Trim() is { Length: > 0 } scanned && !IsItem(scanned, facts))
        {
            return Refuse(ItemMismatch, facts.NoteItemCode, scanned);
        }

        if (!string.Equals(lot, facts.NoteLotNumber.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(LotMismatch, facts.NoteLotNumber, lot);
        }

        if (expiry != facts.NoteExpiryDate)
        {
            return Refuse(ExpiryMismatch, Date(facts.NoteExpiryDate), Date(expiry));
        }

        if (facts.CertificateProblems.Count > 0)
        {
            var problem = facts.CertificateProblems[0];
            return Refuse(problem.Code, problem.Arguments);
        }

        if (!shelfLife.Passes)
        {
            return shelfLife.RemainingDays <= 0
                ? Refuse(Expired, Date(expiry))
                : Refuse(ShelfLifeTooShort, Date(expiry), Number(shelfLife.RemainingDays), Number(shelfLife.RequiredDays));
        }

        var good = arrived - check.RefusedQuantity;
        var accepted = Math.Min(good, Math.Min(facts.NoteQuantity, facts.OpenOrderQuantity.Value));
        var excess = good - accepted;
        var refused = check.RefusedQuantity + excess;
        return check.RefusedQuantity > 0
            ? new(accepted, refused, KeeperRefused, [check.RefusalReason!.Trim(), Number(refused)], isShort, shelfLife)
            : excess > 0
                ? new(accepted, refused, ExcessQuantity, [Number(excess), Number(accepted)], isShort, shelfLife)
                : new(accepted, 0, null, [], isShort, shelfLife);
    }

    /// <summary>
    /// 入库即打包: as many whole packs as the quantity allows, one pack per definition in turn so that every
    /// department gets its share; the rest stays loose.
    /// </summary>
    public static IReadOnlyDictionary<int, int> ProposePacks(int quantity, IReadOnlyList<(int DefinitionId, int PackSize)> definitions)
    {
        var counts = definitions.ToDictionary(d => d.DefinitionId, _ => 0);
        var left = quantity;
        var added = true;
        while (added)
        {
            added = false;
            foreach (var (id, size) in definitions)
            {
                if (size > 0 && size <= left)
                {
                    counts[id]++;
                    left -= size;
                    added = true;
                }
            }
        }

        return counts;
    }

    private static bool IsItem(string scanned, LineFacts facts) =>
        string.Equals(scanned, facts.NoteItemCode, StringComparison.OrdinalIgnoreCase)
        || (facts.NoteItemUdiDi is { } gtin && scanned.All(char.IsAsciiDigit) && scanned.Length is 13 or 14 && scanned.PadLeft(14, '0') == gtin);

    private static int DaysUntil(DateOnly today, int months) => today.AddMonths(months).DayNumber - today.DayNumber;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
