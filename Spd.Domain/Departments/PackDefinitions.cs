using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Departments;

/// <summary>A department's pack definition as the packs page shows it: usage per cycle, the size it suggests, and the packs in stock.</summary>
public sealed record PackRow(
    int Id, int ItemId, string ItemCode, string ItemName, string Specification, string Unit, int PackSize, bool IsActive,
    decimal UsagePerCycle, int? SuggestedSize, int PacksInStock);

public sealed record PackDraft(int? Id, int DepartmentId, int ItemId, int PackSize, bool IsActive = true);

/// <summary>
/// 定数包 definitions (DOMAIN.md §4.5): a department's pack size for an item tracked in packs, made at receipt
/// (<see cref="Labeling"/>). The size follows the department's consumption: a cycle's usage should arrive in about
/// <see cref="PacksPerCycle"/> packs, so that the ward opens a fresh pack every day or two of a weekly cycle and
/// rounding a replenishment up to whole packs overshoots its limit by at most a quarter of a cycle. The suggestion is
/// usage per cycle ÷ <see cref="PacksPerCycle"/>, rounded down to a count people pack by (<see cref="SensibleCounts"/>),
/// at least 1. Usage per cycle is measured over the department's secondary warehouses as for the limits
/// (<see cref="FixedQuantityLimits.HistoryCycles"/> cycles).
/// </summary>
public static class PackDefinitions
{
    public const int PacksPerCycle = 4;

    public const int MaxPackSize = 1000;

    public const string NotPackTracked = "PackItemNotPackTracked";
    public const string SizeRange = "PackSizeRange";
    public const string Duplicate = "PackDuplicate";
    public const string UnknownDepartment = "PackUnknownDepartment";

    public static readonly IReadOnlyList<int> SensibleCounts = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

    public static int? SuggestSize(decimal usagePerCycle) =>
        usagePerCycle <= 0 ? null : SensibleCounts.LastOrDefault(c => c <= usagePerCycle / PacksPerCycle, 1);

    /// <summary>Base units used per delivery cycle of each item, over the department's secondary warehouses.</summary>
    public static async Task<IReadOnlyDictionary<int, decimal>> UsagePerCycleAsync(SpdDbContext db, int departmentId, TimeProvider clock, CancellationToken ct = default)
    {
        var supply = await FixedQuantityLimits.SupplyOfAsync(db, departmentId, ct);
        var warehouses = await db.Warehouses.AsNoTracking()
            .Where(w => w.OwnerDepartmentId == departmentId && w.Kind == WarehouseKind.Secondary)
            .Select(w => w.Id)
            .ToListAsync(ct);
        var consumed = await FixedQuantityLimits.ConsumedAsync(db, warehouses, FixedQuantityLimits.HistoryCycles * supply.CycleDays, new BusinessCalendar(clock), ct);
        return consumed.ToDictionary(c => c.Key, c => (decimal)c.Value / FixedQuantityLimits.HistoryCycles);
    }

    public static async Task<IReadOnlyList<PackRow>> ListAsync(SpdDbContext db, int departmentId, TimeProvider clock, CancellationToken ct = default)
    {
        var usage = await UsagePerCycleAsync(db, departmentId, clock, ct);
        var rows = await db.PackDefinitions.AsNoTracking()
            .Where(p => p.DepartmentId == departmentId)
            .OrderBy(p => p.Item!.Code)
            .Select(p => new
            {
                p.Id, p.ItemId, p.Item!.Code, p.Item.Name, p.Item.Specification, p.Item.Unit, p.PackSize, p.IsActive,
                InStock = db.StockUnits.Count(u => u.Kind == StockUnitKind.Pack && u.DepartmentId == p.DepartmentId && u.ItemId == p.ItemId
                    && (u.Status == StockUnitStatus.InStock || u.Status == StockUnitStatus.InTransit)),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var perCycle = usage.GetValueOrDefault(r.ItemId);
            return new PackRow(r.Id, r.ItemId, r.Code, r.Name, r.Specification, r.Unit, r.PackSize, r.IsActive, perCycle, SuggestSize(perCycle), r.InStock);
        })];
    }

    /// <summary>Creates or changes a definition (the equipment department or a warehouse keeper); one per department and item.</summary>
    public static async Task<PackDefinition> SaveAsync(SpdDbContext db, PackDraft draft, WorkflowActor actor, TimeProvider clock, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.EquipmentDept) && !actor.IsIn(Roles.WarehouseKeeper))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} may not define packs.");
        }

        var errors = new List<ValidationError>();
        if (!await db.Departments.AnyAsync(d => d.Id == draft.DepartmentId && d.IsActive, ct))
        {
            errors.Add(new ValidationError(nameof(PackDraft.DepartmentId), UnknownDepartment, "Choose an active department."));
        }

        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == draft.ItemId, ct);
        if (item is null)
        {
            errors.Add(new ValidationError(nameof(PackDraft.ItemId), Requisitions.UnknownItem, "Choose an item."));
        }
        else if (item.Status != ItemStatus.Active)
        {
            errors.Add(new ValidationError(nameof(PackDraft.ItemId), Requisitions.ItemNotAvailable, "{0} is not an active, admitted item.", item.Name));
        }
        else if (item.TrackingMode != TrackingMode.Pack)
        {
            errors.Add(new ValidationError(nameof(PackDraft.ItemId), NotPackTracked, "{0} is not tracked in fixed-quantity packs.", item.Name));
        }

        if (draft.PackSize is < 1 or > MaxPackSize)
        {
            errors.Add(new ValidationError(nameof(PackDraft.PackSize), SizeRange, "A pack holds 1 to {0} units.", MaxPackSize));
        }

        if (await db.PackDefinitions.AnyAsync(p => p.DepartmentId == draft.DepartmentId && p.ItemId == draft.ItemId && p.Id != (draft.Id ?? 0), ct))
        {
            errors.Add(new ValidationError(nameof(PackDraft.ItemId), Duplicate, "The department has a pack of {0} already; change that one.", item?.Name ?? ""));
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(WorkflowErrors.Invalid, string.Join(" ", errors.Select(e => e.Message)), errors);
        }

        var definition = draft.Id is { } id
            ? await db.PackDefinitions.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new WorkflowException(WorkflowErrors.NotFound, $"There is no pack definition {id}.")
            : db.PackDefinitions.Add(new PackDefinition { DepartmentId = draft.DepartmentId, ItemId = draft.ItemId }).Entity;
        definition.DepartmentId = draft.DepartmentId;
        definition.ItemId = draft.ItemId;
        definition.PackSize = draft.PackSize;
        definition.IsActive = draft.IsActive;
        definition.ChangedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return definition;
    }

    /// <summary>The department's packs of the definition's item still in stock or on their way, for reprinting their labels.</summary>
    public static async Task<(string Name, IReadOnlyList<LabelUnit> Units)?> LabelsAsync(SpdDbContext db, int definitionId, CancellationToken ct = default)
    {
        var definition = await db.PackDefinitions.AsNoTracking()
            .Where(p => p.Id == definitionId)
            .Select(p => new { p.DepartmentId, p.ItemId, Department = p.Department!.Code, Item = p.Item!.Code })
            .FirstOrDefaultAsync(ct);
        if (definition is null)
        {
            return null;
        }

        var units = await Labeling.DescribeAsync(db, db.StockUnits.Where(u => u.Kind == StockUnitKind.Pack && u.DepartmentId == definition.DepartmentId
            && u.ItemId == definition.ItemId && (u.Status == StockUnitStatus.InStock || u.Status == StockUnitStatus.InTransit)).OrderBy(u => u.Code), ct);
        return ($"{definition.Department}-{definition.Item}", units);
    }
}
