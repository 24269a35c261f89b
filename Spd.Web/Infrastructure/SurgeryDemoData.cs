using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): two operations of the demo nurse's ward, made through <see cref="Surgeries"/> —
/// today's hip replacement with its loaner set delivered and confirmed, waiting for the pieces used and the
/// double sign, and tomorrow's with the implant kit requested from the supplier (its portal shows it).
/// </summary>
public static class SurgeryDemoData
{
    public const string TodayNo = "SS-DEMO-0001";

    public const string TomorrowNo = "SS-DEMO-0002";

    /// <summary>Loaner pieces in today's set.</summary>
    public const int Pieces = 3;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var surgeries = services.GetRequiredService<Surgeries>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.Surgeries.AnyAsync(s => s.No == TodayNo))
        {
            return;
        }

        var departmentId = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).FirstOrDefaultAsync();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == departmentId);
        var theatre = await db.Warehouses.Where(w => w.OwnerDepartmentId == departmentId && w.IsActive).OrderBy(w => w.Code).FirstOrDefaultAsync();
        var surgeon = await db.Doctors.FirstOrDefaultAsync(d => d.UserName == "doctor");
        var implant = await EligibleImplantAsync(db, calendar.Today);
        if (department is null || theatre is null || surgeon is null || implant is null)
        {
            return;
        }

        var (patientNo, name, operation, drg) = ClinicalDemoData.Patients[0];
        var today = await surgeries.ScheduleAsync(db, Input(TodayNo, patientNo, name, operation, drg, department.Code, theatre.Code, surgeon.Code, calendar.UtcNow.AddHours(2)));
        await surgeries.RequestKitAsync(db, today.Value!.Id, implant.SupplierId, [new KitRequestLine(implant.Id, Pieces)], "doctor");
        var expiry = calendar.Today.AddYears(3);
        var udis = Enumerable.Range(1, Pieces).Select(i => $"(01){implant.UdiDi}(17){expiry:yyMMdd}(10)GT{calendar.Today:yyMM}(21)DEMO-SS-{i:000}").ToList();
        await surgeries.ReceiveSetAsync(db, today.Value.Id, udis, "nurse");
        await surgeries.ConfirmAsync(db, today.Value.Id);

        var (patientNo2, name2, operation2, drg2) = ClinicalDemoData.Patients[1];
        var tomorrow = await surgeries.ScheduleAsync(db, Input(TomorrowNo, patientNo2, name2, operation2, drg2, department.Code, theatre.Code, surgeon.Code, calendar.UtcNow.AddDays(1)));
        await surgeries.RequestKitAsync(db, tomorrow.Value!.Id, implant.SupplierId, [new KitRequestLine(implant.Id, 2)], "doctor");
    }

    private static SurgeryInput Input(string no, string patientNo, string name, string operation, string drg, string department, string theatre, string surgeon, DateTime at) => new()
    {
        No = no, PatientNo = patientNo, PatientName = name, EncounterNo = patientNo, DepartmentCode = department, WarehouseCode = theatre,
        SurgeonCode = surgeon, Operation = operation, DrgGroup = drg, ScheduledUtc = at,
    };

    /// <summary>An order-linked, priced consignment implant with a device identifier whose certificates and supplier's are in order.</summary>
    private static async Task<Item?> EligibleImplantAsync(SpdDbContext db, DateOnly today)
    {
        var candidates = await db.Items.AsNoTracking()
            .Where(i => i.IsImplant && i.IsConsignment && i.Status == ItemStatus.Active && i.ManagementMode == ManagementMode.OrderLinked
                && i.TrackingMode == TrackingMode.Unique && i.UdiDi != null && i.ChargeCode != null && i.ChargePrice != null)
            .OrderBy(i => i.Code).Take(50).ToListAsync();
        foreach (var item in candidates)
        {
            if (await CertificateCheck.ForItemAsync(db, item.Id, today) is { Eligible: true }
                && await CertificateCheck.ForSupplierAsync(db, item.SupplierId, today) is { Eligible: true })
            {
                return item;
            }
        }

        return null;
    }
}
