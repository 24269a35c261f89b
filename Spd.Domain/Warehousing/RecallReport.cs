using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Traceability;

namespace Spd.Domain.Warehousing;

public sealed record RecallHeader(
    int Id,
    string No,
    RecallKind Kind,
    RecallStatus Status,
    string? ItemCode,
    string? ItemName,
    string? ManufacturerName,
    string? Model,
    string? LotNumber,
    string Reason,
    DateTime StartedUtc,
    string StartedBy,
    DateTime DeadlineUtc,
    DateTime? ReportedUtc,
    DateTime? ClosedUtc,
    string? ClosedBy)
{
    /// <summary>Only a recall has the 12-hour report deadline; a hospital's own quarantine has none.</summary>
    public bool HasDeadline => Kind == RecallKind.Recall;

    /// <summary>Time left to the deadline; negative once it has passed.</summary>
    public TimeSpan Remaining(DateTime nowUtc) => DeadlineUtc - nowUtc;

    public bool IsOverdue(DateTime nowUtc) => HasDeadline && ReportedUtc is null && nowUtc > DeadlineUtc;

    public bool ReportedLate => HasDeadline && ReportedUtc > DeadlineUtc;
}

/// <summary>
/// Where every piece a recall reaches is (DOMAIN.md §4.9): stock by warehouse — central and department
/// warehouses, available (blocked) or quarantined —, each coded unit with its status, and the
/// consumption of the recalled lots with the patient who received them — the lot trace's queries
/// (<see cref="LotTrace"/>, <see cref="Usage"/>). Five indexed queries (recall, items, balances, units,
/// consumption), whatever the size of the recall.
/// </summary>
public sealed record RecallReport(
    RecallHeader Recall,
    IReadOnlyList<LotItem> Items,
    IReadOnlyList<LotStockRow> Stock,
    IReadOnlyList<LotUnitRow> Units,
    IReadOnlyList<UseRow> Consumption)
{
    /// <summary>Still on a shelf as available: blocked by the recall but not yet set apart.</summary>
    public int AvailableQuantity => Stock.Where(s => s.State == StockState.Available).Sum(s => s.Quantity);

    public int QuarantinedQuantity => Stock.Where(s => s.State == StockState.Quarantined).Sum(s => s.Quantity);

    public int ConsumedQuantity => Consumption.Sum(c => c.Quantity);

    public int Patients => Consumption.Where(c => c.PatientId is not null).Select(c => c.PatientId).Distinct().Count();

    public int Warehouses => Stock.Select(s => s.WarehouseCode).Distinct().Count();

    public static async Task<RecallReport?> LoadAsync(SpdDbContext db, int recallId, CancellationToken ct = default)
    {
        var recall = await db.Recalls.AsNoTracking()
            .Where(r => r.Id == recallId)
            .Select(r => new
            {
                Header = new RecallHeader(
                    r.Id, r.No, r.Kind, r.Status,
                    r.Item == null ? null : r.Item.Code,
                    r.Item == null ? null : r.Item.Name,
                    r.Item != null ? r.Item.Manufacturer!.Name : r.Manufacturer == null ? null : r.Manufacturer.Name,
                    r.Item != null ? r.Item.Model : r.Model,
                    r.LotNumber, r.Reason, r.StartedUtc, r.StartedBy, r.DeadlineUtc, r.ReportedUtc, r.ClosedUtc, r.ClosedBy),
                r.ItemId,
                r.ManufacturerId,
                r.Model,
            })
            .FirstOrDefaultAsync(ct);
        if (recall is null)
        {
            return null;
        }

        var items = await db.Items.AsNoTracking()
            .Where(i => recall.ItemId != null ? i.Id == recall.ItemId : i.ManufacturerId == recall.ManufacturerId && i.Model == recall.Model)
            .OrderBy(i => i.Code)
            .Select(i => new LotItem(i.Id, i.Code, i.Name, i.Specification, i.Model, i.Unit, i.Manufacturer!.Name))
            .ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var lot = recall.Header.LotNumber;

        var stock = await LotTrace.StockAsync(db, itemIds, lot, ct);
        var units = await LotTrace.UnitsAsync(db, itemIds, lot, ct);
        var consumption = await Usage.OfLotAsync(db, itemIds, lot, ct);
        return new RecallReport(recall.Header, items, stock, units, consumption);
    }
}
