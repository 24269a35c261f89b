using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

public sealed record ChargeRow(
    long Id, DateTime CreatedUtc, DateTime? ReadyUtc, DateTime? AcknowledgedUtc, ChargeStatus Status, string PatientNo, string PatientName,
    string EncounterNo, string? OrderNo, string ChargeCode, string ItemCode, string ItemName, string Specification, int Quantity, decimal UnitPrice,
    decimal Amount, string ConsumptionNo, string DepartmentName);

/// <summary>Dates are business dates of the charge's creation; <see cref="DepartmentId"/> limits to the department that used the item.</summary>
public sealed record ChargeFilter(int? DepartmentId = null, ChargeStatus? Status = null, DateOnly? From = null, DateOnly? To = null, string? Search = null);

/// <summary>The charges of order-linked consumption, newest first, with the total amount of what the filter selects.</summary>
public static class ChargeList
{
    public static Task<PagedResult<ChargeRow>> QueryAsync(SpdDbContext db, BusinessCalendar calendar, ChargeFilter filter, PageRequest page, CancellationToken ct = default) =>
        Filtered(db, calendar, filter)
            .OrderByDescending(c => c.CreatedUtc).ThenByDescending(c => c.Id)
            .Select(c => new ChargeRow(
                c.Id, c.CreatedUtc, c.ReadyUtc, c.AcknowledgedUtc, c.Status, c.Patient!.PatientNo, c.Patient.Name, c.EncounterNo,
                c.Consumption!.HisOrderLine == null ? null : c.Consumption.HisOrderLine.HisOrder!.OrderNo,
                c.ChargeCode, c.Consumption.Item!.Code, c.Consumption.Item.Name, c.Consumption.Item.Specification, c.Quantity, c.UnitPrice, c.Amount,
                c.Consumption.No, c.Consumption.Department!.Name))
            .ToPagedAsync(page, ct);

    public static async Task<decimal> TotalAsync(SpdDbContext db, BusinessCalendar calendar, ChargeFilter filter, CancellationToken ct = default) =>
        // SQLite cannot sum decimals in SQL; the amounts of one filter are few enough to add here.
        (await Filtered(db, calendar, filter).Select(c => c.Amount).ToListAsync(ct)).Sum();

    private static IQueryable<Charge> Filtered(SpdDbContext db, BusinessCalendar calendar, ChargeFilter filter)
    {
        var charges = db.Charges.AsNoTracking();
        if (filter.DepartmentId is { } department)
        {
            charges = charges.Where(c => c.Consumption!.DepartmentId == department);
        }

        if (filter.Status is { } status)
        {
            charges = charges.Where(c => c.Status == status);
        }

        if (filter.From is { } from)
        {
            var fromUtc = calendar.StartOfDayUtc(from);
            charges = charges.Where(c => c.CreatedUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = calendar.StartOfDayUtc(to.AddDays(1));
            charges = charges.Where(c => c.CreatedUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            charges = charges.Where(c => c.ChargeCode.Contains(text) || c.EncounterNo.Contains(text) || c.Consumption!.No.Contains(text)
                || c.Patient!.PatientNo.Contains(text) || c.Patient.Name.Contains(text)
                || c.Consumption.Item!.Code.Contains(text) || c.Consumption.Item.Name.Contains(text));
        }

        return charges;
    }
}
