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

/// <summary>An implant kit a supplier is asked to bring, without the patient (a supplier never sees patients).</summary>
public sealed record KitRequestRow(int Id, string No, SurgeryStatus Status, DateTime ScheduledUtc, string TheatreName, string Operation, IReadOnlyList<KitLineRow> Lines, int Pieces);

public sealed record KitLineRow(string ItemCode, string ItemName, string Specification, int Quantity);

/// <summary>A supplier's implant kit requests (跟台需求), soonest operation first.</summary>
public static class KitRequestList
{
    public static Task<PagedResult<KitRequestRow>> QueryAsync(SpdDbContext db, int supplierId, bool openOnly, PageRequest page, CancellationToken ct = default)
    {
        var surgeries = db.Surgeries.AsNoTracking().Where(s => s.SupplierId == supplierId && s.RequestLines.Any());
        if (openOnly)
        {
            surgeries = surgeries.Where(s => s.Status == SurgeryStatus.KitRequested || s.Status == SurgeryStatus.SetDelivered || s.Status == SurgeryStatus.Confirmed);
        }

        return surgeries
            .OrderBy(s => s.ScheduledUtc).ThenBy(s => s.Id)
            .Select(s => new KitRequestRow(
                s.Id, s.No, s.Status, s.ScheduledUtc, s.Warehouse!.Name, s.Operation,
                s.RequestLines.OrderBy(l => l.Id).Select(l => new KitLineRow(l.Item!.Code, l.Item.Name, l.Item.Specification, l.Quantity)).ToList(),
                s.LoanerLines.Count))
            .ToPagedAsync(page, ct);
    }
}
