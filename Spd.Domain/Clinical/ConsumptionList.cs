using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

public sealed record ConsumptionRow(
    long Id, string No, DateTime AtUtc, string DepartmentName, string ItemCode, string ItemName, string Specification, string Unit,
    ManagementMode Management, string LotNumber, string? Serial, string? UnitCode, int Quantity, decimal UnitCost, string? PatientNo,
    string? PatientName, string? OrderNo, string? DoctorName, string? DrgGroup, string UserName, string? DeviceId, ChargeStatus? ChargeStatus,
    decimal? ChargeAmount, bool Consignment, DateTime? ReversedUtc);

/// <summary><see cref="DepartmentId"/> limits to one department (a department's own staff never see more); dates are business dates.</summary>
public sealed record ConsumptionFilter(
    int? DepartmentId = null, DateOnly? From = null, DateOnly? To = null, string? Search = null, ManagementMode? Management = null, bool IncludeReversed = true);

/// <summary>Consumptions, newest first, for the department and finance: by number, patient, item, lot or code.</summary>
public static class ConsumptionList
{
    public static Task<PagedResult<ConsumptionRow>> QueryAsync(SpdDbContext db, BusinessCalendar calendar, ConsumptionFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var rows = db.Consumptions.AsNoTracking();
        if (filter.DepartmentId is { } department)
        {
            rows = rows.Where(c => c.DepartmentId == department);
        }

        if (filter.From is { } from)
        {
            var fromUtc = calendar.StartOfDayUtc(from);
            rows = rows.Where(c => c.AtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = calendar.StartOfDayUtc(to.AddDays(1));
            rows = rows.Where(c => c.AtUtc < toUtc);
        }

        if (filter.Management is { } management)
        {
            rows = rows.Where(c => c.Item!.ManagementMode == management);
        }

        if (!filter.IncludeReversed)
        {
            rows = rows.Where(c => c.ReversedUtc == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            rows = rows.Where(c => c.No.Contains(text) || c.LotNumber.Contains(text) || (c.Serial != null && c.Serial.Contains(text))
                || c.Item!.Code.Contains(text) || c.Item.Name.Contains(text)
                || (c.Patient != null && (c.Patient.PatientNo.Contains(text) || c.Patient.Name.Contains(text)))
                || (c.StockUnit != null && c.StockUnit.Code == text));
        }

        return rows
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Select(c => new ConsumptionRow(
                c.Id, c.No, c.AtUtc, c.Department!.Name, c.Item!.Code, c.Item.Name, c.Item.Specification, c.Item.Unit, c.Item.ManagementMode,
                c.LotNumber, c.Serial, c.StockUnit == null ? null : c.StockUnit.Code, c.Quantity, c.UnitCost,
                c.Patient == null ? null : c.Patient.PatientNo, c.Patient == null ? null : c.Patient.Name,
                c.HisOrderLine == null ? null : c.HisOrderLine.HisOrder!.OrderNo, c.Doctor == null ? null : c.Doctor.Name, c.DrgGroup,
                c.UserName, c.DeviceId,
                db.Charges.Where(h => h.ConsumptionId == c.Id).Select(h => (ChargeStatus?)h.Status).FirstOrDefault(),
                db.Charges.Where(h => h.ConsumptionId == c.Id).Select(h => (decimal?)h.Amount).FirstOrDefault(),
                c.OwnerSupplierId != null, c.ReversedUtc))
            .ToPagedAsync(page, ct);
    }
}
