using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

/// <summary>A secondary warehouse's limit for one item as the limits page shows it, with its stock and pack size.</summary>
public sealed record LimitRow(
    int Id, int ItemId, string ItemCode, string ItemName, string Specification, string Unit,
    int UpperLimit, int? SuggestedLimit, bool Approved, string? ApprovedBy, DateTime? ApprovedUtc, int OnHand, int? PackSize, int Version);

public sealed record LimitFilter(int WarehouseId, string? Search = null, bool? Approved = null);

/// <summary>
/// 定数 upper limits (DOMAIN.md §4.6): the system suggests them from the warehouse's own consumption, the
/// equipment department approves them; only approved limits are replenished (<see cref="FixedQuantityReplenishment"/>).
/// <para>
/// Suggestion, per item: u = the quantity consumed from the warehouse (ledger entries of kind consumption) in the
/// last <see cref="HistoryCycles"/> whole delivery cycles (yesterday back) ÷ <see cref="HistoryCycles"/> — the usage
/// per cycle; d = u ÷ <see cref="DepartmentSupply.CycleDays"/> — the daily usage; the stock base (库存基数) is
/// d × <see cref="DepartmentSupply.StockBaseDays"/> (one week of usage by default). The limit is the stock base, but
/// never less than one cycle's usage (the ward must last until the next delivery), rounded up to whole units and
/// then to whole packs where the department has a pack definition for the item.
/// </para>
/// </summary>
public static class FixedQuantityLimits
{
    public const int HistoryCycles = 4;

    public const string LimitNegative = "FixedQuantityLimitNegative";
    public const string NotStockManaged = "FixedQuantityNotStockManaged";
    public const string DuplicateLimit = "FixedQuantityDuplicate";

    public static readonly SortKeys<FixedQuantityLimit> Sorts = SortKeys<FixedQuantityLimit>.ThenBy(l => l.Id)
        .Add("itemCode", l => l.Item!.Code)
        .Add("itemName", l => l.Item!.Name)
        .Add("upperLimit", l => l.UpperLimit)
        .Add("suggestedLimit", l => l.SuggestedLimit);

    /// <summary>The suggested limit for <paramref name="usedInWindow"/> base units used over <see cref="HistoryCycles"/> cycles.</summary>
    public static int Suggest(int usedInWindow, DepartmentSupply supply, int? packSize)
    {
        var perCycle = (decimal)usedInWindow / HistoryCycles;
        var stockBase = perCycle / supply.CycleDays * supply.StockBaseDays;
        var limit = (int)Math.Ceiling(Math.Round(Math.Max(stockBase, perCycle), 6));
        return packSize is > 0 and var size ? WholePacks(limit, size) : limit;
    }

    public static int WholePacks(int quantity, int packSize) => (quantity + packSize - 1) / packSize * packSize;

    /// <summary>The department's supply settings, or the defaults (weekly on Monday, one week's stock base) when it has none.</summary>
    public static async Task<DepartmentSupply> SupplyOfAsync(SpdDbContext db, int departmentId, CancellationToken ct = default) =>
        await db.DepartmentSupplies.AsNoTracking().FirstOrDefaultAsync(s => s.DepartmentId == departmentId, ct)
        ?? new DepartmentSupply { DepartmentId = departmentId };

    /// <summary>Base units consumed per item from the warehouses in the <paramref name="days"/> whole days before today.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> ConsumedAsync(
        SpdDbContext db, IReadOnlyCollection<int> warehouseIds, int days, BusinessCalendar calendar, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var fromUtc = calendar.StartOfDayUtc(today.AddDays(-days));
        var toUtc = calendar.StartOfDayUtc(today);
        return await db.StockLedgerEntries.AsNoTracking()
            .Where(e => e.Kind == StockMovementKind.Consumption && e.FromWarehouseId != null && warehouseIds.Contains(e.FromWarehouseId.Value)
                && e.AtUtc >= fromUtc && e.AtUtc < toUtc)
            .GroupBy(e => e.ItemId)
            .Select(g => new { ItemId = g.Key, Quantity = g.Sum(e => e.Quantity) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Quantity, ct);
    }

    /// <summary>
    /// Recomputes the suggestions of a secondary warehouse: every active stock-managed item consumed there gets a limit
    /// row (a new one proposes the suggestion, unapproved); an existing limit keeps its approved value and shows the new
    /// suggestion beside it, 0 when the item was not used. Order-linked items are used per patient order, not kept as
    /// ward stock, and get none.
    /// </summary>
    /// <returns>The number of limits whose suggestion was written.</returns>
    public static async Task<int> RefreshSuggestionsAsync(SpdDbContext db, int warehouseId, TimeProvider clock, CancellationToken ct = default)
    {
        var calendar = new BusinessCalendar(clock);
        var warehouse = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(w => w.Id == warehouseId && w.Kind == WarehouseKind.Secondary, ct)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"There is no secondary warehouse {warehouseId}.");
        var supply = await SupplyOfAsync(db, warehouse.OwnerDepartmentId ?? 0, ct);
        var consumed = await ConsumedAsync(db, [warehouseId], HistoryCycles * supply.CycleDays, calendar, ct);
        var activeItems = await db.Items.AsNoTracking()
            .Where(i => consumed.Keys.Contains(i.Id) && i.Status == ItemStatus.Active && i.ManagementMode == ManagementMode.StockManaged)
            .Select(i => i.Id)
            .ToListAsync(ct);
        var packs = await db.PackDefinitions.AsNoTracking()
            .Where(p => p.DepartmentId == warehouse.OwnerDepartmentId && p.IsActive)
            .ToDictionaryAsync(p => p.ItemId, p => p.PackSize, ct);
        var limits = await db.FixedQuantityLimits.Where(l => l.WarehouseId == warehouseId).ToDictionaryAsync(l => l.ItemId, ct);
        var now = calendar.UtcNow;
        foreach (var limit in limits.Values)
        {
            var used = consumed.GetValueOrDefault(limit.ItemId);
            limit.SuggestedLimit = used == 0 ? 0 : Suggest(used, supply, packs.TryGetValue(limit.ItemId, out var size) ? size : null);
        }

        foreach (var itemId in activeItems.Where(i => !limits.ContainsKey(i)))
        {
            var suggested = Suggest(consumed[itemId], supply, packs.TryGetValue(itemId, out var size) ? size : null);
            var limit = new FixedQuantityLimit { WarehouseId = warehouseId, ItemId = itemId, UpperLimit = suggested, SuggestedLimit = suggested, ChangedUtc = now };
            db.FixedQuantityLimits.Add(limit);
            limits[itemId] = limit;
        }

        foreach (var limit in limits.Values.Where(l => !l.IsApproved && l.SuggestedLimit is not null))
        {
            limit.UpperLimit = limit.SuggestedLimit!.Value;
        }

        foreach (var entry in db.ChangeTracker.Entries<FixedQuantityLimit>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
            entry.Entity.ChangedUtc = now;
        }

        await SaveAsync(db, ct);
        return limits.Count;
    }

    /// <summary>The equipment department approves limits in bulk: at their suggestion (when there is one) or as they stand.</summary>
    /// <returns>The number approved.</returns>
    public static async Task<int> ApproveAsync(
        SpdDbContext db, IReadOnlyCollection<int> limitIds, bool takeSuggestion, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        CheckApprover(actor);
        var now = clock.GetUtcNow().UtcDateTime;
        var limits = await db.FixedQuantityLimits.Where(l => limitIds.Contains(l.Id)).ToListAsync(ct);
        foreach (var limit in limits)
        {
            if (takeSuggestion && limit.SuggestedLimit is { } suggested)
            {
                limit.UpperLimit = suggested;
            }

            Approve(limit, actor, now);
        }

        await SaveAsync(db, ct);
        return limits.Count;
    }

    /// <summary>The equipment department sets a limit by hand; its decision is the approval. 0 stops replenishing the item.</summary>
    public static async Task SetAsync(
        SpdDbContext db, int limitId, int upperLimit, int expectedVersion, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        CheckApprover(actor);
        if (upperLimit < 0)
        {
            var error = new ValidationError(nameof(FixedQuantityLimit.UpperLimit), LimitNegative, "The limit cannot be negative.");
            throw new WorkflowException(WorkflowErrors.Invalid, error.Message, [error]);
        }

        var limit = await db.FixedQuantityLimits.FirstOrDefaultAsync(l => l.Id == limitId, ct)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"There is no limit {limitId}.");
        if (limit.Version != expectedVersion)
        {
            throw Concurrent();
        }

        limit.UpperLimit = upperLimit;
        Approve(limit, actor, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(db, ct);
    }

    /// <summary>The equipment department adds a limit for an item the warehouse has none for (a new ward, a new item); approved at once.</summary>
    public static async Task<FixedQuantityLimit> AddAsync(
        SpdDbContext db, int warehouseId, int itemId, int upperLimit, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        CheckApprover(actor);
        var errors = new List<ValidationError>();
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId && w.Kind == WarehouseKind.Secondary && w.IsActive, ct))
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.WarehouseId), Requisitions.NotDepartmentWarehouse, "Choose an active secondary warehouse."));
        }

        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.ItemId), Requisitions.UnknownItem, "Choose an item."));
        }
        else if (item.Status != ItemStatus.Active)
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.ItemId), Requisitions.ItemNotAvailable, "{0} is not an active, admitted item.", item.Name));
        }
        else if (item.ManagementMode != ManagementMode.StockManaged)
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.ItemId), NotStockManaged, "{0} is used per patient order, not kept as ward stock.", item.Name));
        }

        if (await db.FixedQuantityLimits.AnyAsync(l => l.WarehouseId == warehouseId && l.ItemId == itemId, ct))
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.ItemId), DuplicateLimit, "The warehouse has a limit for {0} already; change that one.", item?.Name ?? ""));
        }

        if (upperLimit < 0)
        {
            errors.Add(new ValidationError(nameof(FixedQuantityLimit.UpperLimit), LimitNegative, "The limit cannot be negative."));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var limit = new FixedQuantityLimit { WarehouseId = warehouseId, ItemId = itemId, UpperLimit = upperLimit };
        Approve(limit, actor, clock.GetUtcNow().UtcDateTime);
        db.FixedQuantityLimits.Add(limit);
        await SaveAsync(db, ct);
        return limit;
    }

    public static Task<PagedResult<LimitRow>> QueryAsync(
        SpdDbContext db, LimitFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken ct = default)
    {
        var limits = db.FixedQuantityLimits.AsNoTracking().Where(l => l.WarehouseId == filter.WarehouseId && l.IsActive);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var itemIds = db.Items.Search(filter.Search).Select(i => i.Id);
            limits = limits.Where(l => itemIds.Contains(l.ItemId));
        }

        if (filter.Approved is { } approved)
        {
            limits = limits.Where(l => (l.ApprovedUtc != null) == approved);
        }

        var departmentId = db.Warehouses.Where(w => w.Id == filter.WarehouseId).Select(w => w.OwnerDepartmentId);
        return limits
            .SortBy(Sorts, sortBy, descending)
            .Select(l => new LimitRow(
                l.Id, l.ItemId, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Unit, l.UpperLimit, l.SuggestedLimit, l.ApprovedUtc != null,
                l.ApprovedBy, l.ApprovedUtc,
                db.StockBalances.Where(b => b.WarehouseId == l.WarehouseId && b.ItemId == l.ItemId && b.State != StockState.Quarantined).Sum(b => (int?)b.Quantity) ?? 0,
                db.PackDefinitions.Where(p => p.ItemId == l.ItemId && p.IsActive && departmentId.Contains(p.DepartmentId)).Select(p => (int?)p.PackSize).FirstOrDefault(),
                l.Version))
            .ToPagedAsync(page, ct);
    }

    private static void Approve(FixedQuantityLimit limit, WorkflowActor actor, DateTime now)
    {
        limit.ApprovedBy = actor.UserName;
        limit.ApprovedUtc = now;
        limit.ChangedUtc = now;
        limit.Version++;
    }

    private static void CheckApprover(WorkflowActor actor)
    {
        if (!actor.IsIn(Roles.EquipmentDept))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not approve fixed-quantity limits: {Roles.EquipmentDept} does.");
        }
    }

    private static async Task SaveAsync(SpdDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw Concurrent();
        }
    }

    private static WorkflowException Concurrent() =>
        new(WorkflowErrors.ConcurrentEdit, "Someone else changed these limits meanwhile; reload them and try again.");
}
