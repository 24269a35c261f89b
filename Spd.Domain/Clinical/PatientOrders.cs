using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

/// <summary>An open order as the PDA offers it to choose the patient: who, what for, and what is still to be used.</summary>
public sealed record OpenOrder(
    int Id, string OrderNo, string PatientNo, string PatientName, string EncounterNo, string? DoctorName, string? Operation, DateTime OrderedUtc,
    IReadOnlyList<OpenOrderLine> Lines);

public sealed record OpenOrderLine(string ItemCode, string ItemName, string Specification, int Quantity, int ConsumedQuantity);

/// <summary>The patient picked on the PDA: their number, name and current encounter.</summary>
public sealed record PatientChoice(string PatientNo, string Name, string? EncounterNo, string? OrderNo);

public static class PatientOrders
{
    /// <summary>The department's open orders placed today, newest first.</summary>
    public static async Task<IReadOnlyList<OpenOrder>> TodayAsync(SpdDbContext db, BusinessCalendar calendar, int departmentId, CancellationToken ct = default)
    {
        var fromUtc = calendar.StartOfDayUtc(calendar.Today);
        var orders = await db.HisOrders.AsNoTracking()
            .Where(o => o.DepartmentId == departmentId && o.Status == OrderStatus.Open && o.OrderedUtc >= fromUtc)
            .OrderByDescending(o => o.OrderedUtc).ThenByDescending(o => o.Id)
            .Select(o => new OpenOrder(
                o.Id, o.OrderNo, o.Patient!.PatientNo, o.Patient.Name, o.EncounterNo, o.Doctor == null ? null : o.Doctor.Name, o.Operation, o.OrderedUtc,
                o.Lines.OrderBy(l => l.Item!.Code).Select(l => new OpenOrderLine(l.Item!.Code, l.Item.Name, l.Item.Specification, l.Quantity, l.ConsumedQuantity)).ToList()))
            .ToListAsync(ct);
        return orders;
    }

    /// <summary>A patient by the number on the wristband (or typed), with the encounter of their latest order; null when HIS never sent them.</summary>
    public static async Task<PatientChoice?> FindPatientAsync(SpdDbContext db, string? patientNo, CancellationToken ct = default)
    {
        var number = patientNo?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        return await db.Patients.AsNoTracking()
            .Where(p => p.PatientNo == number)
            .Select(p => new PatientChoice(
                p.PatientNo, p.Name,
                db.HisOrders.Where(o => o.PatientId == p.Id && o.Status != OrderStatus.Cancelled).OrderByDescending(o => o.OrderedUtc).Select(o => o.EncounterNo).FirstOrDefault(),
                null))
            .FirstOrDefaultAsync(ct);
    }
}
