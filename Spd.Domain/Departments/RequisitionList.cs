using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Departments;

public sealed record RequisitionRow(
    int Id, string No, RequisitionKind Kind, RequisitionStatus Status, DispatchPriority Priority, string DepartmentName, string WarehouseName,
    DateOnly? ForMonth, DateOnly? ScheduledDate, DateTime CreatedUtc, DateTime? SubmittedUtc, string RequestedBy, int LineCount, decimal Amount);

/// <param name="DepartmentId">One department only (a department keeper sees their own).</param>
/// <param name="Month">Requisitions of that month: for it (plans, over-quota requests), else submitted in it, else created in it while not submitted.</param>
public sealed record RequisitionFilter(int? DepartmentId = null, RequisitionKind? Kind = null, RequisitionStatus? Status = null, DateOnly? Month = null);

/// <summary>A requisition with its lines (items), warehouses, department and decisions, and what the supplying warehouse holds of each item.</summary>
public sealed record RequisitionView(Requisition Requisition, IReadOnlyList<WorkflowStep> Steps, IReadOnlyDictionary<int, int> CentralStock);

public static class RequisitionList
{
    public static readonly SortKeys<Requisition> Sorts = SortKeys<Requisition>.ThenBy(r => r.Id)
        .Add("createdUtc", r => r.CreatedUtc)
        .Add("no", r => r.No)
        .Add("submittedUtc", r => r.SubmittedUtc)
        .Add("departmentName", r => r.Department!.Name)
        .Add("kind", r => r.Kind)
        .Add("status", r => r.Status);

    /// <summary>Newest first unless another column is chosen.</summary>
    public static async Task<PagedResult<RequisitionRow>> QueryAsync(
        SpdDbContext db, RequisitionFilter filter, BusinessCalendar calendar, PageRequest page, string? sortBy = null, bool descending = true, CancellationToken ct = default)
    {
        var requisitions = db.Requisitions.AsNoTracking();
        if (filter.DepartmentId is { } departmentId)
        {
            requisitions = requisitions.Where(r => r.DepartmentId == departmentId);
        }

        if (filter.Kind is { } kind)
        {
            requisitions = requisitions.Where(r => r.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            requisitions = requisitions.Where(r => r.Status == status);
        }

        if (filter.Month is { } month)
        {
            var first = QuotaCheck.FirstOfMonth(month);
            var fromUtc = calendar.StartOfDayUtc(first);
            var toUtc = calendar.StartOfDayUtc(first.AddMonths(1));
            requisitions = requisitions.Where(r => r.ForMonth == first
                || (r.ForMonth == null && r.SubmittedUtc >= fromUtc && r.SubmittedUtc < toUtc)
                || (r.ForMonth == null && r.SubmittedUtc == null && r.CreatedUtc >= fromUtc && r.CreatedUtc < toUtc));
        }

        var result = await requisitions
            .SortBy(Sorts, sortBy, descending)
            .Select(r => new
            {
                Row = new RequisitionRow(
                    r.Id, r.No, r.Kind, r.Status, r.Priority, r.Department!.Name, r.Warehouse!.Name, r.ForMonth, r.ScheduledDate, r.CreatedUtc, r.SubmittedUtc,
                    r.RequestedBy, r.Lines.Count, 0m),
                Lines = r.Lines.Select(l => new { l.Quantity, l.ApprovedQuantity, l.Item!.UnitPrice }).ToList(),
            })
            .ToPagedAsync(page, ct);
        // Amounts are summed here: SQLite keeps decimals as text and cannot add them up.
        return new PagedResult<RequisitionRow>(
            [.. result.Items.Select(r => r.Row with
            {
                Amount = r.Lines.Sum(l => (r.Row.Status is RequisitionStatus.Draft or RequisitionStatus.PendingApproval ? l.Quantity : l.ApprovedQuantity) * l.UnitPrice),
            })],
            result.TotalCount, result.Page, result.PageSize);
    }

    public static async Task<RequisitionView?> FindAsync(SpdDbContext db, int id, CancellationToken ct = default)
    {
        var requisition = await db.Requisitions.AsNoTracking()
            .Include(r => r.Department)
            .Include(r => r.Warehouse)
            .Include(r => r.SupplyingWarehouse)
            .Include(r => r.Lines).ThenInclude(l => l.Item)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (requisition is null)
        {
            return null;
        }

        requisition.Lines = [.. requisition.Lines.OrderBy(l => l.Item!.Code)];
        var steps = await db.WorkflowSteps.AsNoTracking().Where(s => s.RequisitionId == id).OrderBy(s => s.AtUtc).ThenBy(s => s.Id).ToListAsync(ct);
        var itemIds = requisition.Lines.Select(l => l.ItemId).ToList();
        var stock = await db.StockBalances.AsNoTracking()
            .Where(b => b.WarehouseId == requisition.SupplyingWarehouseId && itemIds.Contains(b.ItemId) && b.State == StockState.Available)
            .GroupBy(b => b.ItemId)
            .Select(g => new { ItemId = g.Key, Quantity = g.Sum(b => b.Quantity) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Quantity, ct);
        return new RequisitionView(requisition, steps, stock);
    }
}
