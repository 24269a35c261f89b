using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

/// <summary>A charge as HIS posts it to the patient's bill; <see cref="Id"/> is stable and is what HIS acknowledges.</summary>
public sealed record HisCharge(
    long Id, DateTime ReadyUtc, string PatientNo, string PatientName, string EncounterNo, string? OrderNo, string ChargeCode, string ItemCode,
    string ItemName, string Specification, string Unit, int Quantity, decimal UnitPrice, decimal Amount, string ConsumptionNo, DateTime UsedUtc,
    string DepartmentCode, string? DoctorCode, string LotNumber, string? Serial);

/// <summary>What an acknowledgement did with each id: posted now, posted before, not known, or not ready to post (held or cancelled).</summary>
public sealed record ChargeAcknowledgement(
    IReadOnlyList<long> Acknowledged, IReadOnlyList<long> AlreadyAcknowledged, IReadOnlyList<long> Unknown, IReadOnlyList<long> NotReady);

/// <summary>
/// The charges HIS polls for (计费接口): ready charges from a moment on, oldest first by the moment they became
/// ready and then by id. HIS acknowledges the ids it posted; an acknowledged charge leaves the feed, and
/// acknowledging again changes nothing, so a lost answer is simply sent again.
/// </summary>
public static class ChargeFeed
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;
    public const int MaxAcknowledged = 1000;

    private const int MaxAttempts = 3;

    public static async Task<IReadOnlyList<HisCharge>> ReadyAsync(SpdDbContext db, DateTime? sinceUtc, int limit = DefaultLimit, CancellationToken ct = default)
    {
        var charges = db.Charges.AsNoTracking().Where(c => c.Status == ChargeStatus.Ready);
        if (sinceUtc is { } since)
        {
            var utc = since.ToUniversalTime();
            charges = charges.Where(c => c.ReadyUtc >= utc);
        }

        return await charges
            .OrderBy(c => c.ReadyUtc).ThenBy(c => c.Id)
            .Take(Math.Clamp(limit, 1, MaxLimit))
            .Select(c => new HisCharge(
                c.Id, c.ReadyUtc!.Value, c.Patient!.PatientNo, c.Patient.Name, c.EncounterNo,
                c.Consumption!.HisOrderLine == null ? null : c.Consumption.HisOrderLine.HisOrder!.OrderNo,
                c.ChargeCode, c.Consumption.Item!.Code, c.Consumption.Item.Name, c.Consumption.Item.Specification, c.Consumption.Item.Unit,
                c.Quantity, c.UnitPrice, c.Amount, c.Consumption.No, c.Consumption.AtUtc, c.Consumption.Department!.Code,
                c.Consumption.Doctor == null ? null : c.Consumption.Doctor.Code, c.Consumption.LotNumber, c.Consumption.Serial))
            .ToListAsync(ct);
    }

    public static async Task<ChargeAcknowledgement> AcknowledgeAsync(SpdDbContext db, TimeProvider clock, IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        for (var attempt = 1; ; attempt++)
        {
            var charges = await db.Charges.Where(c => wanted.Contains(c.Id)).ToListAsync(ct);
            var ready = charges.Where(c => c.Status == ChargeStatus.Ready).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var charge in ready)
            {
                charge.Status = ChargeStatus.Acknowledged;
                charge.AcknowledgedUtc = now;
                charge.Version++;
            }

            // A charge cancelled or acknowledged at the same moment: read the statuses again.
            if (ready.Count > 0 && await Inventory.StockLedger.SaveAsync(db, ct) is { Count: > 0 })
            {
                if (attempt == MaxAttempts)
                {
                    throw new InvalidOperationException("The charges kept changing while they were acknowledged; send the acknowledgement again.");
                }

                db.ChangeTracker.Clear();
                continue;
            }

            return new ChargeAcknowledgement(
                [.. ready.Select(c => c.Id).Order()],
                [.. charges.Except(ready).Where(c => c.Status == ChargeStatus.Acknowledged).Select(c => c.Id).Order()],
                [.. wanted.Except(charges.Select(c => c.Id)).Order()],
                [.. charges.Where(c => c.Status is ChargeStatus.Held or ChargeStatus.Cancelled).Select(c => c.Id).Order()]);
        }
    }
}
