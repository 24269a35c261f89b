using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record PurchasePlanRow(
    int Id,
    string No,
    string WarehouseName,
    PurchasePlanStatus Status,
    DateTime CreatedUtc,
    string CreatedBy,
    int LineCount,
    int UrgentLineCount,
    DateTime? DecidedUtc,
    string? DecidedBy);

public sealed record PurchasePlanFilter(PurchasePlanStatus? Status = null, int? WarehouseId = null);

/// <summary>A plan with its lines (item, supplier), its decisions and the numbers of the orders its lines became.</summary>
public sealed record PurchasePlanView(PurchasePlan Plan, IReadOnlyList<WorkflowStep> Steps, IReadOnlyDictionary<int, string> OrderNumbers);

public static class PurchasePlanList
{
    public static readonly SortKeys<PurchasePlan> Sorts = SortKeys<PurchasePlan>.ThenBy(p => p.Id)
        .Add("createdUtc", p => p.CreatedUtc)
        .Add("no", p => p.No)
        .Add("warehouseName", p => p.Warehouse!.Name)
        .Add("status", p => p.Status);

    /// <summary>Newest first unless another column is chosen.</summary>
    public static Task<PagedResult<PurchasePlanRow>> QueryAsync(
        SpdDbContext db, PurchasePlanFilter filter, PageRequest page, string? sortBy = null, bool descending = true, CancellationToken cancellationToken = default)
    {
        var plans = db.PurchasePlans.AsNoTracking();
        if (filter.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        if (filter.WarehouseId is { } warehouseId)
        {
            plans = plans.Where(p => p.WarehouseId == warehouseId);
        }

        return plans
            .SortBy(Sorts, sortBy, descending)
            .Select(p => new PurchasePlanRow(
                p.Id, p.No, p.Warehouse!.Name, p.Status, p.CreatedUtc, p.CreatedBy,
                p.Lines.Count(l => l.Status != PurchasePlanLineStatus.Removed),
                p.Lines.Count(l => l.Status != PurchasePlanLineStatus.Removed && l.Urgency == Urgency.Urgent),
                p.DecidedUtc, p.DecidedBy))
            .ToPagedAsync(page, cancellationToken);
    }

    public static async Task<PurchasePlanView?> FindAsync(SpdDbContext db, int id, CancellationToken cancellationToken = default) =>
        await ViewAsync(db, await Plans(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken), cancellationToken);

    public static async Task<PurchasePlanView?> FindByNoAsync(SpdDbContext db, string no, CancellationToken cancellationToken = default) =>
        await ViewAsync(db, await Plans(db).FirstOrDefaultAsync(p => p.No == no, cancellationToken), cancellationToken);

    private static IQueryable<PurchasePlan> Plans(SpdDbContext db) =>
        db.PurchasePlans.AsNoTracking()
            .Include(p => p.Warehouse)
            .Include(p => p.Lines).ThenInclude(l => l.Item)
            .Include(p => p.Lines).ThenInclude(l => l.Supplier)
            .AsSplitQuery();

    private static async Task<PurchasePlanView?> ViewAsync(SpdDbContext db, PurchasePlan? plan, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return null;
        }

        plan.Lines = [.. plan.Lines.OrderByDescending(l => l.Urgency).ThenBy(l => l.Item!.Code)];
        var steps = await db.WorkflowSteps.AsNoTracking().Where(s => s.PurchasePlanId == plan.Id).OrderBy(s => s.AtUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var orders = await db.PurchaseOrders.AsNoTracking().Where(o => o.PurchasePlanId == plan.Id).ToDictionaryAsync(o => o.Id, o => o.No, cancellationToken);
        return new PurchasePlanView(plan, steps, orders);
    }
}
