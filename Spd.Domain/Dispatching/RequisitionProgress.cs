using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;

namespace Spd.Domain.Dispatching;

/// <summary>
/// What of a requisition is still open and what its status is, derived from its dispatches so that waves,
/// substitutions, dispatch and receipt all agree. A line counts as covered by what is being picked or is on
/// the way, and by what the department signed for; what it refused at receipt (sent back as a return) is
/// open again and goes into a later wave, as does what a wave could not pick (缺货).
/// </summary>
internal static class RequisitionProgress
{
    /// <summary>Dispatches still in the warehouse: their lines reserve stock and their requisition is in a wave.</summary>
    public static readonly DispatchStatus[] InWarehouse = [DispatchStatus.Picking, DispatchStatus.Checked];

    /// <summary>Requisitions the warehouse may still have to pick for.</summary>
    public static readonly RequisitionStatus[] Pickable = [RequisitionStatus.Submitted, RequisitionStatus.Dispatched];

    private static readonly RequisitionStatus[] Tracked =
        [RequisitionStatus.Submitted, RequisitionStatus.InWave, RequisitionStatus.Dispatched, RequisitionStatus.Received];

    public static int OpenQuantity(RequisitionLine line, IEnumerable<Dispatch> dispatches) =>
        Math.Max(0, line.ApprovedQuantity - dispatches
            .Where(d => d.Status != DispatchStatus.Cancelled)
            .SelectMany(d => d.Lines.Where(l => l.RequisitionLineId == line.Id).Select(l => d.Status == DispatchStatus.Received ? l.ReceivedQuantity : l.Quantity))
            .Sum());

    /// <summary>The tracked dispatches (with lines) of the requisitions, including those added in this operation.</summary>
    public static async Task<ILookup<int, Dispatch>> DispatchesAsync(SpdDbContext db, IReadOnlyCollection<int> requisitionIds, CancellationToken ct)
    {
        await db.Dispatches.Include(d => d.Lines).Where(d => requisitionIds.Contains(d.RequisitionId)).LoadAsync(ct);
        return db.Dispatches.Local.Where(d => requisitionIds.Contains(d.RequisitionId)).ToLookup(d => d.RequisitionId);
    }

    /// <summary>
    /// In a wave while a dispatch is in the warehouse; received when every line has all it was approved (each
    /// line completed then); dispatched while something is on the way or was received; otherwise back with the warehouse.
    /// </summary>
    public static void Refresh(Requisition requisition, IReadOnlyCollection<Dispatch> dispatches, DateTime now)
    {
        if (!Tracked.Contains(requisition.Status))
        {
            return;
        }

        foreach (var line in requisition.Lines.Where(l => l.CompletedUtc is null && l.ReceivedQuantity >= l.ApprovedQuantity && l.ReceivedQuantity > 0))
        {
            line.CompletedUtc = now;
        }

        var status = dispatches.Any(d => InWarehouse.Contains(d.Status)) ? RequisitionStatus.InWave
            : requisition.Lines.All(l => l.ReceivedQuantity >= l.ApprovedQuantity) ? RequisitionStatus.Received
            : dispatches.Any(d => d.Status is DispatchStatus.Dispatched or DispatchStatus.Received) ? RequisitionStatus.Dispatched
            : RequisitionStatus.Submitted;
        if (status != requisition.Status)
        {
            requisition.Status = status;
            requisition.Version++;
        }

        if (status == RequisitionStatus.Received)
        {
            foreach (var line in requisition.Lines)
            {
                line.CompletedUtc ??= now;
            }
        }
    }

    /// <summary>A wave has left when none of its dispatches is still in the warehouse; it is cancelled when all of them were.</summary>
    public static void Refresh(Wave wave)
    {
        if (wave.Status != WaveStatus.Picking || wave.Dispatches.Any(d => InWarehouse.Contains(d.Status)))
        {
            return;
        }

        wave.Status = wave.Dispatches.All(d => d.Status == DispatchStatus.Cancelled) ? WaveStatus.Cancelled : WaveStatus.Dispatched;
        wave.Version++;
    }
}
