using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

public sealed record SurgeryRow(
    int Id,
    string No,
    SurgeryStatus Status,
    DateTime ScheduledUtc,
    string PatientNo,
    string PatientName,
    string Operation,
    string SurgeonName,
    string DepartmentName,
    string? SupplierName,
    int Pieces,
    int Used);

/// <param name="DepartmentId">Only this department's operations (a department keeper's or clinician's own).</param>
public sealed record SurgeryFilter(string? Search = null, SurgeryStatus? Status = null, DateOnly? From = null, DateOnly? To = null, int? DepartmentId = null);

/// <summary>The operation schedule, soonest first: by number, patient, operation or surgeon.</summary>
public static class SurgeryList
{
    public static Task<PagedResult<SurgeryRow>> QueryAsync(SpdDbContext db, SurgeryFilter filter, BusinessCalendar calendar, PageRequest page, CancellationToken ct = default)
    {
        var surgeries = db.Surgeries.AsNoTracking();
        if (filter.Status is { } status)
        {
            surgeries = surgeries.Where(s => s.Status == status);
        }

        if (filter.DepartmentId is { } department)
        {
            surgeries = surgeries.Where(s => s.DepartmentId == department);
        }

        if (filter.From is { } from)
        {
            var start = calendar.StartOfDayUtc(from);
            surgeries = surgeries.Where(s => s.ScheduledUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = calendar.StartOfDayUtc(to.AddDays(1));
            surgeries = surgeries.Where(s => s.ScheduledUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            surgeries = surgeries.Where(s => s.No.Contains(text) || s.Operation.Contains(text) || s.Patient!.PatientNo.Contains(text)
                || s.Patient.Name.Contains(text) || s.Surgeon!.Name.Contains(text) || s.EncounterNo.Contains(text));
        }

        return surgeries
            .OrderByDescending(s => s.ScheduledUtc).ThenByDescending(s => s.Id)
            .Select(s => new SurgeryRow(
                s.Id, s.No, s.Status, s.ScheduledUtc, s.Patient!.PatientNo, s.Patient.Name, s.Operation, s.Surgeon!.Name, s.Department!.Name,
                s.Supplier == null ? null : s.Supplier.Name, s.LoanerLines.Count, s.LoanerLines.Count(l => l.Status == LoanerLineStatus.Used)))
            .ToPagedAsync(page, ct);
    }
}
