using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Common;

/// <summary>
/// Document numbers as users read them: prefix + business date + a four-digit daily sequence
/// (<c>PO202611220003</c>). The sequence row is changed in the caller's transaction, so two
/// operations that draw the same number conflict on save (<see cref="DocumentSequence.Version"/>)
/// instead of issuing it twice.
/// </summary>
public static class DocumentNumbers
{
    public const string PurchasePlan = "PP";
    public const string PurchaseOrder = "PO";
    public const string DeliveryNote = "DN";
    public const string Receipt = "RC";
    public const string Recall = "RL";
    public const string Stocktake = "ST";

    /// <summary>隔离 / 解除隔离 of stock outside a recall (e.g. an expired lot).</summary>
    public const string Quarantine = "GL";

    /// <summary>退货 of quarantined stock to the supplier.</summary>
    public const string Return = "TH";

    /// <summary>报损 of quarantined stock.</summary>
    public const string Scrap = "BS";

    /// <summary>申领单.</summary>
    public const string Requisition = "SL";

    /// <summary>波次.</summary>
    public const string Wave = "BC";

    /// <summary>出库单 / 配送单; its number is also the note's scannable code.</summary>
    public const string Dispatch = "CK";

    /// <summary>科室退货.</summary>
    public const string DepartmentReturn = "KT";

    /// <summary>消耗.</summary>
    public const string Consumption = "XH";

    /// <summary>手术 entered in Spd (HIS schedules keep their own numbers).</summary>
    public const string Surgery = "SS";

    /// <summary>标签盘点.</summary>
    public const string LabelStocktake = "BQ";

    public static async Task<string> NextAsync(SpdDbContext db, string prefix, DateOnly businessDate, CancellationToken ct = default)
    {
        var key = prefix + businessDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var sequence = db.DocumentSequences.Local.FirstOrDefault(s => s.Key == key)
            ?? await db.DocumentSequences.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (sequence is null)
        {
            sequence = new DocumentSequence { Key = key };
            db.DocumentSequences.Add(sequence);
        }
        else
        {
            sequence.Version++;
        }

        sequence.Last++;
        return key + sequence.Last.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
    }
}
