using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>What a recall or quarantine is started on: one item, or every item of a manufacturer's model; optionally one lot.</summary>
public sealed record RecallDraft(RecallKind Kind, int? ItemId, int? ManufacturerId, string? Model, string? LotNumber, string? Reason);

/// <summary>The recall started (or the problems), and what was set apart: quarantined lines and pieces, and pieces left where they are because a stocktake is counting their location.</summary>
public sealed record RecallResult(Recall? Recall, IReadOnlyList<ValidationError> Errors, int QuarantinedLines = 0, int QuarantinedQuantity = 0, int WaitingQuantity = 0)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>What a draft would reach before it is started: items, available pieces and the warehouses holding them.</summary>
public sealed record RecallPreview(int Items, int AvailableQuantity, int Warehouses);

/// <summary>
/// 召回 / 隔离 (DOMAIN.md §4.9). Starting one is a single operation: the recall row — which blocks every
/// take of the matching stock through <see cref="StockLedger"/>, in every warehouse at once — and the
/// quarantine movements of all matching available stock, saved together. A recall must be isolated and
/// reported within 12 hours. Closing it lifts the block; quarantined stock stays apart until it is
/// returned, scrapped or released.
/// </summary>
public static class Recalls
{
    public static readonly TimeSpan ReportWindow = TimeSpan.FromHours(12);

    public const string TargetRequired = nameof(TargetRequired);
    public const string NoMatchingItem = nameof(NoMatchingItem);
    public const string NotActive = nameof(NotActive);

    /// <summary>Whether a recall reaches an item (by id, or by its manufacturer and model) and lot — the same rule the ledger blocks by.</summary>
    public static bool Covers(Recall recall, int itemId, int manufacturerId, string? model, string lotNumber) =>
        (recall.ItemId == itemId || (recall.ItemId == null && recall.ManufacturerId == manufacturerId && recall.Model == model))
        && (recall.LotNumber == null || recall.LotNumber == lotNumber);

    public static async Task<RecallResult> StartAsync(SpdDbContext db, TimeProvider clock, string userName, RecallDraft draft, CancellationToken ct = default)
    {
        var (errors, normalised) = Validate(draft);
        if (errors.Count > 0)
        {
            return new RecallResult(null, errors);
        }

        var itemIds = await ItemIdsAsync(db, normalised, ct);
        if (itemIds.Count == 0)
        {
            return new RecallResult(null, [NoItem(normalised)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recall = new Recall
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Recall, new BusinessCalendar(clock).Today, ct),
            Kind = normalised.Kind,
            ItemId = normalised.ItemId,
            ManufacturerId = normalised.ItemId is null ? normalised.ManufacturerId : null,
            Model = normalised.ItemId is null ? normalised.Model : null,
            LotNumber = normalised.LotNumber,
            Reason = normalised.Reason!,
            Status = RecallStatus.Active,
            StartedUtc = now,
            StartedBy = userName,
            DeadlineUtc = now + ReportWindow,
        };
        db.Recalls.Add(recall);
        return await QuarantineAndSaveAsync(db, clock, userName, recall, itemIds, ct);
    }

    /// <summary>
    /// Sets apart matching stock still available under an active recall: stock that was in a location
    /// under a stocktake at the start, or that arrived since (a dispatch received later). The block held anyway.
    /// </summary>
    public static async Task<RecallResult> QuarantineRemainingAsync(SpdDbContext db, TimeProvider clock, string userName, int recallId, CancellationToken ct = default)
    {
        var recall = await db.Recalls.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recallId, ct);
        if (recall is null)
        {
            return new RecallResult(null, [new ValidationError("Recall", "NotFound", "There is no such recall.")]);
        }

        if (recall.Status != RecallStatus.Active)
        {
            return new RecallResult(recall, [new ValidationError("Recall", NotActive, "Recall {0} is closed.", recall.No)]);
        }

        return await QuarantineAndSaveAsync(db, clock, userName, recall, await ItemIdsAsync(db, recall, ct), ct);
    }

    public static async Task<RecallPreview> PreviewAsync(SpdDbContext db, RecallDraft draft, CancellationToken ct = default)
    {
        var normalised = Normalise(draft);
        if (normalised.ItemId is null && (normalised.ManufacturerId is null || normalised.Model is null))
        {
            return new RecallPreview(0, 0, 0);
        }

        var itemIds = await ItemIdsAsync(db, normalised, ct);
        var stock = await AvailableBalances(db, itemIds, normalised.LotNumber)
            .GroupBy(b => b.WarehouseId)
            .Select(g => g.Sum(b => b.Quantity))
            .ToListAsync(ct);
        return new RecallPreview(itemIds.Count, stock.Sum(), stock.Count);
    }

    /// <summary>Lifts the block (the reason is kept with the recall); stock already quarantined stays so until returned, scrapped or released.</summary>
    public static async Task<IReadOnlyList<ValidationError>> CloseAsync(SpdDbContext db, TimeProvider clock, string userName, int recallId, string? reason, CancellationToken ct = default)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return [new ValidationError("Reason", "Required", "Give a reason.")];
        }

        var recall = await db.Recalls.FirstOrDefaultAsync(r => r.Id == recallId, ct);
        if (recall is null)
        {
            return [new ValidationError("Recall", "NotFound", "There is no such recall.")];
        }

        if (recall.Status != RecallStatus.Active)
        {
            return [new ValidationError("Recall", NotActive, "Recall {0} is closed.", recall.No)];
        }

        // The recall has no column of its own for the closing reason: it is appended to the reason, where the report shows it.
        var closing = $"{recall.Reason}\n—— {text}";
        if (closing.Length > 1000)
        {
            return [new ValidationError("Reason", "TooLong", "At most {0} characters.", Math.Max(0, 1000 - recall.Reason.Length - 4))];
        }

        recall.Reason = closing;
        recall.Status = RecallStatus.Closed;
        recall.ClosedUtc = clock.GetUtcNow().UtcDateTime;
        recall.ClosedBy = userName;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Records that the recall was reported (to the regulator / manufacturer); the first report counts.</summary>
    public static async Task<IReadOnlyList<ValidationError>> MarkReportedAsync(SpdDbContext db, TimeProvider clock, int recallId, CancellationToken ct = default)
    {
        var recall = await db.Recalls.FirstOrDefaultAsync(r => r.Id == recallId, ct);
        if (recall is null)
        {
            return [new ValidationError("Recall", "NotFound", "There is no such recall.")];
        }

        if (recall.ReportedUtc is null)
        {
            recall.ReportedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return [];
    }

    /// <summary>The items a recall reaches: its item, or every item of its manufacturer's model.</summary>
    private static Task<List<int>> ItemIdsAsync(SpdDbContext db, Recall recall, CancellationToken ct) =>
        ItemIdsAsync(db, new RecallDraft(recall.Kind, recall.ItemId, recall.ManufacturerId, recall.Model, recall.LotNumber, recall.Reason), ct);

    private static Task<List<int>> ItemIdsAsync(SpdDbContext db, RecallDraft draft, CancellationToken ct) =>
        draft.ItemId is { } itemId
            ? db.Items.Where(i => i.Id == itemId).Select(i => i.Id).ToListAsync(ct)
            : db.Items.Where(i => i.ManufacturerId == draft.ManufacturerId && i.Model == draft.Model).Select(i => i.Id).ToListAsync(ct);

    private static IQueryable<StockBalance> AvailableBalances(SpdDbContext db, List<int> itemIds, string? lot) =>
        db.StockBalances.Where(b => itemIds.Contains(b.ItemId) && b.State == StockState.Available && b.Quantity > 0 && (lot == null || b.LotNumber == lot));

    private static async Task<RecallResult> QuarantineAndSaveAsync(SpdDbContext db, TimeProvider clock, string userName, Recall recall, List<int> itemIds, CancellationToken ct)
    {
        var lot = recall.LotNumber;
        var balances = await AvailableBalances(db, itemIds, lot).OrderBy(b => b.Id).ToListAsync(ct);
        var units = await db.StockUnits
            .Where(u => itemIds.Contains(u.ItemId) && u.Status == StockUnitStatus.InStock && u.State == StockState.Available && (lot == null || u.LotNumber == lot))
            .ToListAsync(ct);
        var frozen = await FrozenAsync(db, balances, ct);
        var ledger = new StockLedger(db, clock, userName);
        var (lines, quantity, waiting) = (0, 0, 0);
        foreach (var balance in balances)
        {
            if (frozen.Contains(balance.Id))
            {
                waiting += balance.Quantity;
                continue;
            }

            var here = units.Where(u => u.WarehouseId == balance.WarehouseId && u.LocationId == balance.LocationId && u.LotNumber == balance.LotNumber
                && u.ItemId == balance.ItemId && u.OwnerSupplierId == balance.OwnerSupplierId).OrderBy(u => u.Id).ToList();
            var moved = balance.Quantity;
            var result = await QuarantinedStock.MoveWholeAsync(ledger, balance, here, StockMovementKind.Quarantine, StockState.Quarantined,
                StockDocumentType.Recall, recall.No, recall.Reason, ct);
            if (!result.Succeeded)
            {
                return new RecallResult(null, result.Errors);
            }

            lines++;
            quantity += moved;
        }

        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? new RecallResult(null, saved) : new RecallResult(recall, [], lines, quantity, waiting);
    }

    /// <summary>Balances in a location that an open stocktake is counting: the ledger refuses to move them, so they wait (still blocked by the recall).</summary>
    private static async Task<HashSet<long>> FrozenAsync(SpdDbContext db, List<StockBalance> balances, CancellationToken ct)
    {
        var warehouseIds = balances.Select(b => b.WarehouseId).Distinct().ToList();
        var counting = await db.Stocktakes.AsNoTracking()
            .Where(s => warehouseIds.Contains(s.WarehouseId) && s.Status == StocktakeStatus.Counting)
            .Select(s => new { s.WarehouseId, s.Zone })
            .ToListAsync(ct);
        if (counting.Count == 0)
        {
            return [];
        }

        var locationIds = balances.Where(b => b.LocationId != null).Select(b => b.LocationId!.Value).Distinct().ToList();
        var zones = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Zone, ct);
        return [.. balances
            .Where(b => counting.Any(s => s.WarehouseId == b.WarehouseId
                && (s.Zone is null || (b.LocationId is { } location && zones.GetValueOrDefault(location) == s.Zone))))
            .Select(b => b.Id)];
    }

    private static (List<ValidationError> Errors, RecallDraft Normalised) Validate(RecallDraft draft)
    {
        var normalised = Normalise(draft);
        var errors = new List<ValidationError>();
        if (normalised.ItemId is null && (normalised.ManufacturerId is null || normalised.Model is null))
        {
            errors.Add(new ValidationError("Target", TargetRequired, "Choose an item, or a manufacturer and a model."));
        }

        if (normalised.Reason is null)
        {
            errors.Add(new ValidationError(nameof(RecallDraft.Reason), "Required", "Give a reason."));
        }
        else if (normalised.Reason.Length > 500)
        {
            errors.Add(new ValidationError(nameof(RecallDraft.Reason), "TooLong", "At most {0} characters.", 500));
        }

        if (normalised.Model?.Length > 100)
        {
            errors.Add(new ValidationError(nameof(RecallDraft.Model), "TooLong", "At most {0} characters.", 100));
        }

        if (normalised.LotNumber?.Length > 40)
        {
            errors.Add(new ValidationError(nameof(RecallDraft.LotNumber), "TooLong", "At most {0} characters.", 40));
        }

        return (errors, normalised);
    }

    private static RecallDraft Normalise(RecallDraft draft) => draft with
    {
        Model = Blank(draft.Model),
        LotNumber = Blank(draft.LotNumber),
        Reason = Blank(draft.Reason),
    };

    private static ValidationError NoItem(RecallDraft draft) => draft.ItemId is { } itemId
        ? new ValidationError("Target", "NotFound", "There is no item {0}.", itemId)
        : new ValidationError("Target", NoMatchingItem, "No item of this manufacturer has model {0}.", draft.Model!);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
