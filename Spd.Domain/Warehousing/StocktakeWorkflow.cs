using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Warehousing;

public enum StocktakeAction
{
    Open,
    SubmitCount,
    EquipmentApprove,
    FinanceApprove,
    Reject,
    Cancel,
}

/// <summary>Refusals of the stocktake that are not general workflow rules; screens translate <c>Workflow.Error.{Code}</c>.</summary>
public static class StocktakeErrors
{
    public const string UnknownWarehouse = nameof(UnknownWarehouse);
    public const string UnknownZone = nameof(UnknownZone);
    public const string StocktakeOverlap = nameof(StocktakeOverlap);
    public const string StocktakeChanged = nameof(StocktakeChanged);
    public const string PostingRefused = nameof(PostingRefused);
}

/// <summary>
/// 盘点 (DOMAIN.md §4.10): the keeper opens a count of a warehouse or one zone, which freezes the book
/// and the scope's stock; counts (<see cref="StocktakeCounting"/>); submits; the equipment department
/// approves; finance approves, and in that same save the ledger takes the variances
/// (盘盈 / 盘亏), the coded units found elsewhere move there and those not found become missing.
/// A rejection or cancellation ends the freeze with nothing posted. Every action checks status, role,
/// person and the version the screen showed, writes a <see cref="WorkflowStep"/> and saves once.
/// </summary>
public sealed class StocktakeWorkflow(TimeProvider clock)
{
    public const string GainReason = "盘盈";
    public const string LossReason = "盘亏";
    public const string RelocationReason = "盘点货位调整";

    /// <summary>
    /// Statuses during which the scope takes no movements but the stocktake's own: the counted
    /// quantities must still be the stock when finance posts them.
    /// </summary>
    public static readonly IReadOnlyList<StocktakeStatus> Freezing = [StocktakeStatus.Counting, StocktakeStatus.Submitted, StocktakeStatus.EquipmentApproved];

    private readonly BusinessCalendar calendar = new(clock);

    /// <summary>The actions this actor may take on the stocktake now, for the screens' buttons.</summary>
    public static IReadOnlyList<StocktakeAction> Allowed(Stocktake stocktake, IReadOnlyCollection<WorkflowStep> steps, WorkflowActor actor) =>
        [.. Enum.GetValues<StocktakeAction>().Where(a => a != StocktakeAction.Open && Refusal(stocktake, steps, a, actor) is null)];

    /// <summary>Why the actor may not take the action now, or null when they may.</summary>
    public static WorkflowRefusal? Refusal(Stocktake stocktake, IReadOnlyCollection<WorkflowStep> steps, StocktakeAction action, WorkflowActor actor)
    {
        StocktakeStatus[] expected = action switch
        {
            StocktakeAction.SubmitCount or StocktakeAction.Cancel => [StocktakeStatus.Counting],
            StocktakeAction.EquipmentApprove => [StocktakeStatus.Submitted],
            StocktakeAction.FinanceApprove => [StocktakeStatus.EquipmentApproved],
            StocktakeAction.Reject => [StocktakeStatus.Submitted, StocktakeStatus.EquipmentApproved],
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (!expected.Contains(stocktake.Status))
        {
            return new(WorkflowErrors.WrongStatus, $"{action} is not possible while stocktake {stocktake.No} is {stocktake.Status}.");
        }

        var role = RoleFor(action, stocktake.Status);
        if (!actor.IsIn(role))
        {
            return new(WorkflowErrors.WrongRole, $"{actor.UserName} may not {action} stocktake {stocktake.No}: {role} does.");
        }

        if (action is StocktakeAction.SubmitCount or StocktakeAction.Cancel)
        {
            return null;
        }

        // 决策权、执行权、监督权分离: who counted does not approve, and one person does not take both approvals.
        var submitter = steps.FirstOrDefault(s => s.Action == nameof(StocktakeAction.SubmitCount))?.UserName;
        if (Same(actor.UserName, stocktake.OpenedBy) || Same(actor.UserName, submitter))
        {
            return new(WorkflowErrors.SelfApproval, $"{actor.UserName} counted stocktake {stocktake.No} and may not approve it.");
        }

        var equipmentApprover = steps.FirstOrDefault(s => s.Action == nameof(StocktakeAction.EquipmentApprove))?.UserName;
        return stocktake.Status == StocktakeStatus.EquipmentApproved && Same(actor.UserName, equipmentApprover)
            ? new(WorkflowErrors.SameApprover, $"{actor.UserName} took the equipment approval of stocktake {stocktake.No}; another person takes finance's.")
            : null;
    }

    /// <summary>Opens a count and freezes the book: one line per balance with stock in the scope, every state, owner, lot and location.</summary>
    public async Task<Stocktake> OpenAsync(SpdDbContext db, int warehouseId, string? zone, WorkflowActor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.WarehouseKeeper))
        {
            throw new WorkflowException(WorkflowErrors.WrongRole, $"{actor.UserName} is not a warehouse keeper.");
        }

        zone = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim();
        if (!await db.Warehouses.AnyAsync(w => w.Id == warehouseId && w.IsActive, ct))
        {
            throw new WorkflowException(StocktakeErrors.UnknownWarehouse, $"There is no active warehouse {warehouseId}.");
        }

        if (zone is not null && !await db.Locations.AnyAsync(l => l.WarehouseId == warehouseId && l.Zone == zone, ct))
        {
            throw new WorkflowException(StocktakeErrors.UnknownZone, $"Warehouse {warehouseId} has no zone {zone}.");
        }

        var overlapping = await db.Stocktakes.AsNoTracking()
            .Where(s => s.WarehouseId == warehouseId && Freezing.Contains(s.Status) && (s.Zone == null || zone == null || s.Zone == zone))
            .Select(s => s.No)
            .FirstOrDefaultAsync(ct);
        if (overlapping is not null)
        {
            throw new WorkflowException(StocktakeErrors.StocktakeOverlap, $"Stocktake {overlapping} is still open over this scope; finish it first.");
        }

        var balances = db.StockBalances.AsNoTracking().Where(b => b.WarehouseId == warehouseId && b.Quantity > 0);
        if (zone is not null)
        {
            balances = balances.Where(b => b.Location != null && b.Location.Zone == zone);
        }

        var now = calendar.UtcNow;
        var stocktake = new Stocktake
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Stocktake, calendar.Today, ct),
            WarehouseId = warehouseId,
            Zone = zone,
            Status = StocktakeStatus.Counting,
            FrozenUtc = now,
            OpenedBy = actor.UserName,
        };
        stocktake.Lines.AddRange(await balances
            .OrderBy(b => b.LocationId).ThenBy(b => b.ItemId).ThenBy(b => b.LotNumber)
            .Select(b => new StocktakeLine
            {
                LocationId = b.LocationId,
                ItemId = b.ItemId,
                LotNumber = b.LotNumber,
                ExpiryDate = b.ExpiryDate,
                OwnerSupplierId = b.OwnerSupplierId,
                State = b.State,
                BookQuantity = b.Quantity,
                UnitCost = b.UnitCost,
            })
            .ToListAsync(ct));
        db.Stocktakes.Add(stocktake);
        var step = Step(StocktakeAction.Open, StocktakeStatus.Counting, StocktakeStatus.Counting, actor, Roles.WarehouseKeeper, zone, now);
        db.WorkflowSteps.Add(step);
        db.Entry(step).Property(s => s.StocktakeId).CurrentValue = db.Entry(stocktake).Property(s => s.Id).CurrentValue;
        await db.SaveChangesAsync(ct);
        return stocktake;
    }

    public Task SubmitAsync(SpdDbContext db, int stocktakeId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken ct = default) =>
        ActAsync(db, stocktakeId, expectedVersion, StocktakeAction.SubmitCount, actor, comment, StocktakeStatus.Submitted, ct);

    public Task EquipmentApproveAsync(SpdDbContext db, int stocktakeId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken ct = default) =>
        ActAsync(db, stocktakeId, expectedVersion, StocktakeAction.EquipmentApprove, actor, comment, StocktakeStatus.EquipmentApproved, ct);

    /// <summary>Finance's approval posts the variances to the ledger in the same save.</summary>
    public Task FinanceApproveAsync(SpdDbContext db, int stocktakeId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken ct = default) =>
        ActAsync(db, stocktakeId, expectedVersion, StocktakeAction.FinanceApprove, actor, comment, StocktakeStatus.Posted, ct);

    public Task RejectAsync(SpdDbContext db, int stocktakeId, int expectedVersion, WorkflowActor actor, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException(WorkflowErrors.ReasonRequired, "A rejection needs a reason.");
        }

        return ActAsync(db, stocktakeId, expectedVersion, StocktakeAction.Reject, actor, reason, StocktakeStatus.Rejected, ct);
    }

    public Task CancelAsync(SpdDbContext db, int stocktakeId, int expectedVersion, WorkflowActor actor, string? comment = null, CancellationToken ct = default) =>
        ActAsync(db, stocktakeId, expectedVersion, StocktakeAction.Cancel, actor, comment, StocktakeStatus.Cancelled, ct);

    public static Task<List<WorkflowStep>> StepsAsync(SpdDbContext db, int stocktakeId, CancellationToken ct = default) =>
        db.WorkflowSteps.AsNoTracking().Where(s => s.StocktakeId == stocktakeId).OrderBy(s => s.AtUtc).ThenBy(s => s.Id).ToListAsync(ct);

    private async Task ActAsync(SpdDbContext db, int stocktakeId, int expectedVersion, StocktakeAction action, WorkflowActor actor, string? comment, StocktakeStatus to, CancellationToken ct)
    {
        var stocktake = await db.Stocktakes.FirstOrDefaultAsync(s => s.Id == stocktakeId, ct)
            ?? throw new WorkflowException(WorkflowErrors.NotFound, $"Stocktake {stocktakeId} does not exist.");
        if (stocktake.Version != expectedVersion)
        {
            throw Changed(stocktake);
        }

        if (Refusal(stocktake, await StepsAsync(db, stocktakeId, ct), action, actor) is { } refusal)
        {
            throw refusal.ToException();
        }

        var now = calendar.UtcNow;
        if (action == StocktakeAction.FinanceApprove)
        {
            await PostAsync(db, stocktake, actor, ct);
            stocktake.PostedUtc = now;
        }
        else if (action == StocktakeAction.SubmitCount)
        {
            stocktake.SubmittedUtc = now;
        }

        var role = RoleFor(action, stocktake.Status);
        db.WorkflowSteps.Add(Step(action, stocktake.Status, to, actor, role, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), now, stocktake.Id));
        stocktake.Status = to;
        stocktake.Version++;
        if ((await StockLedger.SaveAsync(db, ct)).Count > 0)
        {
            throw Changed(stocktake);
        }
    }

    /// <summary>
    /// Coded units counted elsewhere move to where they were found; coded units of the scope nobody
    /// scanned leave the book as missing; what is left of each line's variance is a gain or a loss.
    /// The freeze kept every other movement out, so the balances end at the counted quantities.
    /// </summary>
    private async Task PostAsync(SpdDbContext db, Stocktake stocktake, WorkflowActor actor, CancellationToken ct)
    {
        var ledger = new StockLedger(db, clock, actor.UserName);
        var lines = await db.StocktakeLines.Where(l => l.StocktakeId == stocktake.Id).ToListAsync(ct);
        var scanned = await db.StocktakeScans.AsNoTracking()
            .Where(s => s.StocktakeId == stocktake.Id && s.StockUnitId != null)
            .Select(s => new { UnitId = s.StockUnitId!.Value, s.StocktakeLineId })
            .ToListAsync(ct);
        var scannedIds = scanned.Select(s => s.UnitId).ToHashSet();
        var units = await StocktakeScope.Units(db, stocktake).ToListAsync(ct);
        var scannedUnits = await db.StockUnits.Where(u => scannedIds.Contains(u.Id)).ToListAsync(ct);
        var lineById = lines.ToDictionary(l => l.Id);
        var errors = new List<ValidationError>();
        var accounted = new Dictionary<long, int>();

        foreach (var found in scanned)
        {
            var unit = scannedUnits.Single(u => u.Id == found.UnitId);
            var line = lineById[found.StocktakeLineId];
            if (unit.LocationId == line.LocationId)
            {
                continue;
            }

            var move = new StockMove
            {
                Kind = StockMovementKind.Transfer,
                ItemId = unit.ItemId,
                LotNumber = unit.LotNumber,
                Quantity = unit.Quantity,
                From = new StockPosition(stocktake.WarehouseId, unit.LocationId, unit.State),
                To = new StockPosition(stocktake.WarehouseId, line.LocationId, line.State),
                OwnerSupplierId = unit.OwnerSupplierId,
                StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Stocktake,
                DocumentNo = stocktake.No,
                Reason = $"{RelocationReason} {stocktake.No}",
            };
            var result = await ledger.PostAsync(move, ct);
            if (!result.Succeeded && result.Errors.All(e => e.Code is StockLedger.ExpiredStock or StockLedger.RecalledStock or StockLedger.QuarantinedStock))
            {
                // Blocked stock may not be transferred, but the book must still say where it lies: correct it as an adjustment.
                result = await ledger.PostAsync(move with { Kind = StockMovementKind.Adjustment }, ct);
            }

            errors.AddRange(result.Errors);
        }

        foreach (var unit in units.Where(u => !scannedIds.Contains(u.Id)))
        {
            var line = lines.FirstOrDefault(l => l.LocationId == unit.LocationId && l.ItemId == unit.ItemId && l.LotNumber == unit.LotNumber
                && l.OwnerSupplierId == unit.OwnerSupplierId && l.State == unit.State);
            if (line is not null)
            {
                accounted[line.Id] = accounted.GetValueOrDefault(line.Id) - unit.Quantity;
            }

            errors.AddRange((await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Adjustment,
                ItemId = unit.ItemId,
                LotNumber = unit.LotNumber,
                Quantity = unit.Quantity,
                From = new StockPosition(stocktake.WarehouseId, unit.LocationId, unit.State),
                OwnerSupplierId = unit.OwnerSupplierId,
                StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Stocktake,
                DocumentNo = stocktake.No,
                Reason = $"{LossReason} {stocktake.No}",
            }, ct)).Errors);
        }

        foreach (var line in lines)
        {
            var rest = line.Variance - accounted.GetValueOrDefault(line.Id);
            if (rest == 0)
            {
                continue;
            }

            var position = new StockPosition(stocktake.WarehouseId, line.LocationId, line.State);
            errors.AddRange((await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Adjustment,
                ItemId = line.ItemId,
                LotNumber = line.LotNumber,
                ExpiryDate = line.ExpiryDate,
                Quantity = Math.Abs(rest),
                UnitCost = line.UnitCost,
                From = rest < 0 ? position : null,
                To = rest > 0 ? position : null,
                OwnerSupplierId = line.OwnerSupplierId,
                DocumentType = StockDocumentType.Stocktake,
                DocumentNo = stocktake.No,
                Reason = $"{(rest > 0 ? GainReason : LossReason)} {stocktake.No}",
            }, ct)).Errors);
        }

        if (errors.Count > 0)
        {
            throw new WorkflowException(StocktakeErrors.PostingRefused, string.Join(" ", errors.Select(e => e.Message)), errors);
        }
    }

    private static WorkflowException Changed(Stocktake stocktake) =>
        new(StocktakeErrors.StocktakeChanged, $"Stocktake {stocktake.No} was changed meanwhile (counted or acted on); reload it and act again.");

    private static string RoleFor(StocktakeAction action, StocktakeStatus status) => action switch
    {
        StocktakeAction.EquipmentApprove => Roles.EquipmentDept,
        StocktakeAction.FinanceApprove => Roles.Finance,
        StocktakeAction.Reject => status == StocktakeStatus.Submitted ? Roles.EquipmentDept : Roles.Finance,
        _ => Roles.WarehouseKeeper,
    };

    private static bool Same(string userName, string? other) => string.Equals(userName, other, StringComparison.OrdinalIgnoreCase);

    private static WorkflowStep Step(StocktakeAction action, StocktakeStatus from, StocktakeStatus to, WorkflowActor actor, string role, string? comment, DateTime now, int? stocktakeId = null) => new()
    {
        StocktakeId = stocktakeId,
        Action = action.ToString(),
        FromStatus = from.ToString(),
        ToStatus = to.ToString(),
        UserName = actor.UserName,
        Role = role,
        Comment = comment,
        AtUtc = now,
    };
}
