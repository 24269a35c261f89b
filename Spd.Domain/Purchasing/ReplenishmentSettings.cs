using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record ReplenishmentRow(
    int Id,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    string? FixedLocationCode,
    int SafetyStock,
    int ReorderPoint,
    int MinLevel,
    int MaxLevel,
    int OnHand,
    int Version);

public sealed record ReplenishmentFilter(int WarehouseId, string? Search = null);

/// <summary>The editable fields of a <see cref="ReplenishmentSetting"/>; field names are those of the validation errors.</summary>
public sealed record ReplenishmentDraft
{
    public int WarehouseId { get; init; }

    public int ItemId { get; init; }

    public int SafetyStock { get; init; }

    public int ReorderPoint { get; init; }

    public int MinLevel { get; init; }

    public int MaxLevel { get; init; }

    public int? FixedLocationId { get; init; }
}

public sealed record ReplenishmentSaveResult(ReplenishmentSetting? Setting, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ReplenishmentSaveResult Failed(params ValidationError[] errors) => new(null, errors);
}

/// <summary>库存参数: the stock levels per warehouse × item that drive the purchase plan (<see cref="PurchasePlanner"/>).</summary>
public static class ReplenishmentSettings
{
    public const string ConcurrencyCode = ItemEditor.ConcurrencyCode;

    public static readonly SortKeys<ReplenishmentSetting> Sorts = SortKeys<ReplenishmentSetting>.ThenBy(s => s.Id)
        .Add("itemCode", s => s.Item!.Code)
        .Add("itemName", s => s.Item!.NameInitials + s.Item.Name)
        .Add("safetyStock", s => s.SafetyStock)
        .Add("reorderPoint", s => s.ReorderPoint)
        .Add("maxLevel", s => s.MaxLevel);

    /// <summary>The settings of one warehouse; the search matches the item's code, name, specification or pinyin initials (<see cref="ItemList.Search"/>).</summary>
    public static Task<PagedResult<ReplenishmentRow>> QueryAsync(
        SpdDbContext db, ReplenishmentFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        var settings = db.ReplenishmentSettings.AsNoTracking().Where(s => s.WarehouseId == filter.WarehouseId);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var items = db.Items.Search(filter.Search);
            settings = settings.Where(s => items.Any(i => i.Id == s.ItemId));
        }

        return settings
            .SortBy(Sorts, sortBy, descending)
            .Select(s => new ReplenishmentRow(
                s.Id, s.ItemId, s.Item!.Code, s.Item.Name, s.Item.Specification, s.Item.Unit,
                s.FixedLocation == null ? null : s.FixedLocation.Code,
                s.SafetyStock, s.ReorderPoint, s.MinLevel, s.MaxLevel,
                db.StockBalances.Where(b => b.WarehouseId == s.WarehouseId && b.ItemId == s.ItemId && b.State == StockState.Available).Sum(b => (int?)b.Quantity) ?? 0,
                s.Version))
            .ToPagedAsync(page, cancellationToken);
    }

    public static Task<ReplenishmentSetting?> FindAsync(SpdDbContext db, int id, CancellationToken cancellationToken = default) =>
        db.ReplenishmentSettings.AsNoTracking().Include(s => s.Item).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>
    /// Creates the setting of a warehouse × item, or changes it when <paramref name="id"/> is given;
    /// an edit made on an older <paramref name="expectedVersion"/> is refused.
    /// </summary>
    public static async Task<ReplenishmentSaveResult> SaveAsync(
        SpdDbContext db, int? id, ReplenishmentDraft draft, int expectedVersion, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ReplenishmentSetting? setting = null;
        if (id is { } existingId)
        {
            setting = await db.ReplenishmentSettings.FirstOrDefaultAsync(s => s.Id == existingId, cancellationToken);
            if (setting is null)
            {
                return ReplenishmentSaveResult.Failed(new ValidationError("Id", "NotFound", $"Setting {existingId} was not found.", existingId));
            }

            if (setting.Version != expectedVersion)
            {
                return ReplenishmentSaveResult.Failed(Concurrent());
            }

            // The warehouse and item identify the setting; an edit changes only the levels and the location.
            draft = draft with { WarehouseId = setting.WarehouseId, ItemId = setting.ItemId };
        }

        var errors = await ValidateAsync(db, draft, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new ReplenishmentSaveResult(null, errors);
        }

        if (setting is null)
        {
            setting = new ReplenishmentSetting { WarehouseId = draft.WarehouseId, ItemId = draft.ItemId };
            db.ReplenishmentSettings.Add(setting);
        }
        else
        {
            setting.Version++;
        }

        setting.SafetyStock = draft.SafetyStock;
        setting.ReorderPoint = draft.ReorderPoint;
        setting.MinLevel = draft.MinLevel;
        setting.MaxLevel = draft.MaxLevel;
        setting.FixedLocationId = draft.FixedLocationId;
        setting.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReplenishmentSaveResult.Failed(Concurrent());
        }

        return new ReplenishmentSaveResult(setting, []);
    }

    /// <summary>0 ≤ safety ≤ reorder point ≤ max, 0 ≤ min ≤ max, max ≥ 1; the item active, the location one of the warehouse's.</summary>
    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(
        SpdDbContext db, ReplenishmentDraft draft, int? id = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<ValidationError>();
        void Add(string field, string code, string message, params object[] arguments) =>
            errors.Add(new ValidationError(field, code, message, arguments));

        if (draft.SafetyStock < 0)
        {
            Add(nameof(ReplenishmentDraft.SafetyStock), "NegativeQuantity", "A stock level cannot be negative.");
        }

        if (draft.MinLevel < 0)
        {
            Add(nameof(ReplenishmentDraft.MinLevel), "NegativeQuantity", "A stock level cannot be negative.");
        }

        if (draft.MaxLevel < 1)
        {
            Add(nameof(ReplenishmentDraft.MaxLevel), "MaxLevelAtLeastOne", "The maximum is at least one unit.");
        }

        if (draft.SafetyStock > draft.ReorderPoint)
        {
            Add(nameof(ReplenishmentDraft.ReorderPoint), "ReorderBelowSafety", "The reorder point cannot be below the safety stock.");
        }

        if (draft.ReorderPoint > draft.MaxLevel)
        {
            Add(nameof(ReplenishmentDraft.MaxLevel), "MaxBelowReorder", "The maximum cannot be below the reorder point.");
        }

        if (draft.MinLevel > draft.MaxLevel)
        {
            Add(nameof(ReplenishmentDraft.MinLevel), "MinAboveMax", "The minimum cannot be above the maximum.");
        }

        if (!await db.Warehouses.AnyAsync(w => w.Id == draft.WarehouseId && w.IsActive, cancellationToken))
        {
            Add(nameof(ReplenishmentDraft.WarehouseId), "UnknownWarehouse", "Choose an active warehouse.");
        }

        var item = await db.Items.AsNoTracking().Where(i => i.Id == draft.ItemId).Select(i => new { i.Code, i.Status }).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            Add(nameof(ReplenishmentDraft.ItemId), "UnknownItem", "Choose a known item.");
        }
        else if (item.Status != ItemStatus.Active)
        {
            Add(nameof(ReplenishmentDraft.ItemId), "ItemNotActive", $"Item {item.Code} is not active.", item.Code);
        }
        else if (id is null && await db.ReplenishmentSettings.AnyAsync(s => s.WarehouseId == draft.WarehouseId && s.ItemId == draft.ItemId, cancellationToken))
        {
            Add(nameof(ReplenishmentDraft.ItemId), "DuplicateSetting", $"Item {item.Code} has a setting in this warehouse already.", item.Code);
        }

        if (draft.FixedLocationId is { } locationId
            && !await db.Locations.AnyAsync(l => l.Id == locationId && l.WarehouseId == draft.WarehouseId && l.IsActive, cancellationToken))
        {
            Add(nameof(ReplenishmentDraft.FixedLocationId), "LocationNotInWarehouse", "The fixed location must be an active location of this warehouse.");
        }

        return errors;
    }

    private static ValidationError Concurrent() =>
        new("Version", ConcurrencyCode, "Someone else changed this setting meanwhile; reload it and make your change again.");
}
