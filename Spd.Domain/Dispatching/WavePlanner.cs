using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Dispatching;

/// <summary>What one run of <see cref="WavePlanner.CreateWavesAsync"/> did.</summary>
public sealed record WaveRun(IReadOnlyList<Wave> Waves, int Dispatches, int ShortLines);

/// <summary>An item that may be dispatched in place of a requisitioned one, and how much of it could be picked now.</summary>
public sealed record SubstituteOption(int ItemId, string Code, string Name, string Specification, string Unit, bool ApprovedSubstitution, int Available);

/// <summary>
/// 波次 (DOMAIN.md §4.6): the open requisitions of one central warehouse are grouped by their department's route
/// (<see cref="DepartmentSupply.Route"/>) into waves, emergencies first. Each requisition gets one dispatch whose
/// SLA deadline follows its priority (emergency 1 h, normal 24 h), and its lines planned FEFO by
/// <see cref="PickPlanner"/>. What the stock cannot cover flags the requisition line short (缺货, first time only,
/// for the stock-out KPI) and stays open for a later wave or a substitution.
/// </summary>
public sealed class WavePlanner(TimeProvider clock)
{
    public const string NotACentralWarehouse = nameof(NotACentralWarehouse);
    public const string NothingToPick = nameof(NothingToPick);
    public const string UnknownRequisitionLine = nameof(UnknownRequisitionLine);
    public const string NothingOpen = nameof(NothingOpen);
    public const string NotASubstitute = nameof(NotASubstitute);
    public const string SubstituteNoStock = nameof(SubstituteNoStock);

    public static readonly TimeSpan EmergencyWindow = TimeSpan.FromHours(1);
    public static readonly TimeSpan NormalWindow = TimeSpan.FromHours(24);

    public static DateTime DueUtc(DispatchPriority priority, DateTime openedUtc) =>
        openedUtc + (priority == DispatchPriority.Emergency ? EmergencyWindow : NormalWindow);

    /// <param name="requisitionIds">Only these requisitions (a keeper's own choice); null for every open one.</param>
    public async Task<WarehouseResult<WaveRun>> CreateWavesAsync(SpdDbContext db, int warehouseId, string userName, IReadOnlyCollection<int>? requisitionIds = null, CancellationToken ct = default)
    {
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId && (w.Kind == WarehouseKind.Central || w.Kind == WarehouseKind.OffSite), ct))
        {
            return WarehouseResult<WaveRun>.Fail("Warehouse", NotACentralWarehouse, "Waves are picked in a central warehouse.");
        }

        var requisitions = await db.Requisitions.Include(r => r.Lines)
            .Where(r => r.SupplyingWarehouseId == warehouseId && RequisitionProgress.Pickable.Contains(r.Status) && (requisitionIds == null || requisitionIds.Contains(r.Id)))
            .ToListAsync(ct);
        var dispatches = await RequisitionProgress.DispatchesAsync(db, [.. requisitions.Select(r => r.Id)], ct);
        var open = requisitions
            .Where(r => !dispatches[r.Id].Any(d => RequisitionProgress.InWarehouse.Contains(d.Status))
                && r.Lines.Any(l => RequisitionProgress.OpenQuantity(l, dispatches[r.Id]) > 0))
            .OrderBy(r => r.Priority == DispatchPriority.Emergency ? 0 : 1)
            .ThenBy(r => r.SubmittedUtc ?? r.CreatedUtc)
            .ThenBy(r => r.Id)
            .ToList();
        if (open.Count == 0)
        {
            return WarehouseResult<WaveRun>.Fail("Warehouse", NothingToPick, "No requisition of this warehouse waits for picking.");
        }

        var departmentIds = open.Select(r => r.DepartmentId).Distinct().ToList();
        var routes = await db.DepartmentSupplies.AsNoTracking()
            .Where(s => departmentIds.Contains(s.DepartmentId))
            .ToDictionaryAsync(s => s.DepartmentId, s => s.Route, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = new BusinessCalendar(clock).Today;
        var planner = new PickPlanner(db, new StockLedger(db, clock, userName), warehouseId);
        var waves = new List<Wave>();
        var shortLines = 0;
        foreach (var route in open.GroupBy(r => routes.GetValueOrDefault(r.DepartmentId) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Wave? wave = null;
            foreach (var requisition in route)
            {
                var dispatch = new Dispatch
                {
                    No = "",
                    RequisitionId = requisition.Id,
                    DepartmentId = requisition.DepartmentId,
                    FromWarehouseId = warehouseId,
                    ToWarehouseId = requisition.WarehouseId,
                    Status = DispatchStatus.Picking,
                    Priority = requisition.Priority,
                    OpenedUtc = now,
                    DueUtc = DueUtc(requisition.Priority, now),
                };
                foreach (var line in requisition.Lines.OrderBy(l => l.Id))
                {
                    var wanted = RequisitionProgress.OpenQuantity(line, dispatches[requisition.Id]);
                    if (wanted == 0)
                    {
                        continue;
                    }

                    var planned = await planner.PlanAsync(line.Id, line.ItemId, requisition.DepartmentId, wanted, null, ct);
                    dispatch.Lines.AddRange(planned);
                    if (planned.Sum(l => l.Quantity) < wanted)
                    {
                        line.ShortFlaggedUtc ??= now;
                        shortLines++;
                    }
                }

                if (dispatch.Lines.Count == 0)
                {
                    continue;
                }

                if (wave is null)
                {
                    wave = new Wave
                    {
                        No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Wave, today, ct),
                        WarehouseId = warehouseId,
                        Route = route.Key,
                        Status = WaveStatus.Picking,
                        CreatedBy = userName,
                        CreatedUtc = now,
                    };
                    db.Waves.Add(wave);
                    waves.Add(wave);
                }

                dispatch.No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Dispatch, today, ct);
                wave.Dispatches.Add(dispatch);
                db.Dispatches.Add(dispatch);
                RequisitionProgress.Refresh(requisition, [.. dispatches[requisition.Id], dispatch], now);
                requisition.Version++;
            }
        }

        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<WaveRun>.Fail(saved) : WarehouseResult<WaveRun>.Done(new WaveRun(waves, waves.Sum(w => w.Dispatches.Count), shortLines));
    }

    /// <summary>
    /// Items that may stand in for the requisitioned one: active, and either approved as its substitution
    /// (商品替代, <see cref="Substitution"/>) or the same name and specification from another maker or supplier
    /// (同品规) — a warehouse never sends a clinically different product on its own authority. Those with stock
    /// to pick come first.
    /// </summary>
    public async Task<IReadOnlyList<SubstituteOption>> SubstituteOptionsAsync(SpdDbContext db, long requisitionLineId, CancellationToken ct = default)
    {
        var line = await db.RequisitionLines.AsNoTracking().Include(l => l.Requisition).Include(l => l.Item).FirstOrDefaultAsync(l => l.Id == requisitionLineId, ct);
        if (line is null)
        {
            return [];
        }

        var approved = await ApprovedSubstitutesAsync(db, line.ItemId, ct);
        var original = line.Item!;
        var items = await db.Items.AsNoTracking()
            .Where(i => i.Id != original.Id && i.Status == ItemStatus.Active
                && (approved.Contains(i.Id) || (i.Name == original.Name && i.Specification == original.Specification)))
            .OrderBy(i => i.Code)
            .ToListAsync(ct);
        var planner = new PickPlanner(db, new StockLedger(db, clock, ""), line.Requisition!.SupplyingWarehouseId);
        var options = new List<SubstituteOption>();
        foreach (var item in items)
        {
            options.Add(new SubstituteOption(item.Id, item.Code, item.Name, item.Specification, item.Unit, approved.Contains(item.Id),
                await planner.AvailableAsync(item.Id, line.Requisition.DepartmentId, ct)));
        }

        return [.. options.OrderByDescending(o => o.Available > 0).ThenByDescending(o => o.ApprovedSubstitution).ThenBy(o => o.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// 替代出库: plans the open quantity of a requisition line from a substitute item (see <see cref="SubstituteOptionsAsync"/>
    /// for which are allowed), onto the requisition's dispatch still in the warehouse or a new one. The lines record
    /// the requisitioned item in <see cref="DispatchLine.SubstitutedItemId"/> for the substitution-rate KPI.
    /// </summary>
    public async Task<WarehouseResult<Dispatch>> SubstituteAsync(SpdDbContext db, long requisitionLineId, int substituteItemId, string userName, CancellationToken ct = default)
    {
        var line = await db.RequisitionLines.Include(l => l.Requisition!).ThenInclude(r => r.Lines).FirstOrDefaultAsync(l => l.Id == requisitionLineId, ct);
        if (line is null)
        {
            return WarehouseResult<Dispatch>.Fail("Line", UnknownRequisitionLine, "There is no such requisition line.");
        }

        var requisition = line.Requisition!;
        var dispatches = (await RequisitionProgress.DispatchesAsync(db, [requisition.Id], ct))[requisition.Id].ToList();
        var wanted = RequisitionProgress.OpenQuantity(line, dispatches);
        if (wanted == 0 || !(RequisitionProgress.Pickable.Contains(requisition.Status) || requisition.Status == RequisitionStatus.InWave))
        {
            return WarehouseResult<Dispatch>.Fail("Line", NothingOpen, "Requisition {0} has nothing open on this line.", requisition.No);
        }

        var options = await SubstituteOptionsAsync(db, requisitionLineId, ct);
        if (options.FirstOrDefault(o => o.ItemId == substituteItemId) is null)
        {
            return WarehouseResult<Dispatch>.Fail("Item", NotASubstitute, "This item is neither an approved substitution nor the same name and specification.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var planner = new PickPlanner(db, new StockLedger(db, clock, userName), requisition.SupplyingWarehouseId);
        var planned = await planner.PlanAsync(line.Id, substituteItemId, requisition.DepartmentId, wanted, line.ItemId, ct);
        if (planned.Count == 0)
        {
            return WarehouseResult<Dispatch>.Fail("Item", SubstituteNoStock, "There is no stock of the substitute to pick.");
        }

        var dispatch = dispatches.FirstOrDefault(d => RequisitionProgress.InWarehouse.Contains(d.Status));
        if (dispatch is null)
        {
            dispatch = new Dispatch
            {
                No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Dispatch, new BusinessCalendar(clock).Today, ct),
                RequisitionId = requisition.Id,
                DepartmentId = requisition.DepartmentId,
                FromWarehouseId = requisition.SupplyingWarehouseId,
                ToWarehouseId = requisition.WarehouseId,
                Priority = requisition.Priority,
                OpenedUtc = now,
                DueUtc = DueUtc(requisition.Priority, now),
            };
            db.Dispatches.Add(dispatch);
            dispatches.Add(dispatch);
        }

        dispatch.Status = DispatchStatus.Picking;
        dispatch.CheckedUtc = null;
        dispatch.Lines.AddRange(planned);
        dispatch.Version++;
        RequisitionProgress.Refresh(requisition, dispatches, now);
        requisition.Version++;
        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count > 0 ? WarehouseResult<Dispatch>.Fail(saved) : WarehouseResult<Dispatch>.Done(dispatch);
    }

    private static async Task<HashSet<int>> ApprovedSubstitutesAsync(SpdDbContext db, int itemId, CancellationToken ct) =>
        [.. await db.Substitutions.AsNoTracking()
            .Where(s => s.OldItemId == itemId && s.Status == SubstitutionStatus.Approved)
            .Select(s => s.NewItemId)
            .ToListAsync(ct)];
}
