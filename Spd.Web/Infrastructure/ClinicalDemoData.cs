using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): the demo nurse's ward ready for scan consumption on a fresh start — its doctors,
/// today's patients with their HIS orders for joint implants, and stock signed for in the ward's store (packs,
/// coded pieces, consignment implants and a bulk item, posted through the ledger as a department receipt) —
/// then a few consumptions scanned through <see cref="ConsumptionScanning"/>, one of whose charges HIS has posted.
/// </summary>
public static class ClinicalDemoData
{
    /// <summary>The ledger document of the stock this step puts in the ward.</summary>
    public const string DocumentNo = "DEMO-CLINICAL";

    /// <summary>
    /// The demo's own labels are numbered from here, so that the demo and its tests can name them; labels printed
    /// at receiving count up from 1 and never get this far in a demo.
    /// </summary>
    public const long FirstSerial = 990_000_001;

    public const int PackCount = 10;

    public const int ImplantsPerItem = 4;

    public const int PiecesPerItem = 3;

    /// <summary>The first demo patient's HIS order binds the first implant item.</summary>
    public const string FirstOrderNo = "YZ2026000101";

    public static readonly IReadOnlyList<(string PatientNo, string Name, string Operation, string DrgGroup)> Patients =
    [
        ("ZY26110381", "张秀英", "全髋关节置换术", "IC29"),
        ("ZY26110395", "王建华", "全膝关节置换术", "IC39"),
        ("ZY26110402", "李桂兰", "人工股骨头置换术", "IC29"),
        ("ZY26110417", "刘德明", "全髋关节置换术", "IC29"),
        ("ZY26110426", "陈淑珍", "全膝关节置换术", "IC39"),
        ("ZY26110433", "杨国强", "髋关节翻修术", "IC19"),
    ];

    /// <summary>HIS staff code, name and, for the two demo accounts, the Spd user who is that doctor.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string? UserName)> Doctors =
    [
        ("YS1001", "黄志强", Spd.Web.Security.AccountSeeder.DemoDepartmentHead),
        ("YS1002", "赵明", "doctor"),
        ("YS1003", "王建军", null),
        ("YS1004", "陈立新", null),
        ("YS1005", "李慧敏", null),
    ];

    /// <summary>The code of demo pack <paramref name="index"/> (0 … <see cref="PackCount"/> − 1); the last one is used by the demo itself.</summary>
    public static string PackCode(int index) => InternalCode.FixedPack(FirstSerial + index).Text;

    /// <summary>
    /// The code of demo implant piece <paramref name="index"/>: pieces 0–3 are of the first implant item, 4–7 of the
    /// second, 8–11 of the third; the demo uses pieces 0 and 4.
    /// </summary>
    public static string ImplantCode(int index) => InternalCode.Piece(FirstSerial + index).Text;

    /// <summary>The code of demo stock-managed piece <paramref name="index"/> (0 … <see cref="PiecesPerItem"/> − 1).</summary>
    public static string PieceCode(int index) => InternalCode.Piece(FirstSerial + 100 + index).Text;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.StockLedgerEntries.AnyAsync(e => e.DocumentType == StockDocumentType.DepartmentReceipt && e.DocumentNo == DocumentNo))
        {
            return;
        }

        var departmentId = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).FirstOrDefaultAsync();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == departmentId);
        var ward = await db.Warehouses.Include(w => w.Locations)
            .Where(w => w.OwnerDepartmentId == departmentId && w.IsActive && w.Locations.Count > 0)
            .OrderBy(w => w.Code).FirstOrDefaultAsync();
        var implants = await ImplantItemsAsync(db);
        var pack = await db.Items.Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Pack && i.ManagementMode == ManagementMode.StockManaged)
            .OrderBy(i => i.Name.Contains("注射器") ? 0 : 1).ThenBy(i => i.Code).FirstOrDefaultAsync();
        var piece = await db.Items.Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Unique && i.ManagementMode == ManagementMode.StockManaged)
            .OrderBy(i => i.Code).FirstOrDefaultAsync();
        var bulk = await db.Items.Where(i => i.Status == ItemStatus.Active && i.TrackingMode == TrackingMode.Bulk && i.ManagementMode == ManagementMode.StockManaged)
            .OrderBy(i => i.Code).FirstOrDefaultAsync();
        if (department is null || ward is null || implants.Count < 3 || pack is null || piece is null || bulk is null)
        {
            return;
        }

        var shelf = ward.Locations.OrderBy(l => l.Code).First();
        var now = calendar.UtcNow;
        var packSize = await db.PackDefinitions.Where(p => p.DepartmentId == department.Id && p.ItemId == pack.Id).Select(p => (int?)p.PackSize).FirstOrDefaultAsync() ?? 10;
        var units = new List<StockUnit>();
        for (var i = 0; i < PackCount; i++)
        {
            units.Add(Unit(PackCode(i), StockUnitKind.Pack, pack, packSize, department.Id, null, now));
        }

        for (var i = 0; i < implants.Count * ImplantsPerItem; i++)
        {
            var implant = implants[i / ImplantsPerItem];
            units.Add(Unit(ImplantCode(i), StockUnitKind.Piece, implant, 1, null, implant.IsConsignment ? implant.SupplierId : null, now));
        }

        for (var i = 0; i < PiecesPerItem; i++)
        {
            units.Add(Unit(PieceCode(i), StockUnitKind.Piece, piece, 1, null, null, now));
        }

        db.StockUnits.AddRange(units);
        var known = await db.Doctors.Select(d => d.Code).ToListAsync();
        db.Doctors.AddRange(Doctors.Where(d => !known.Contains(d.Code))
            .Select(d => new Doctor { Code = d.Code, Name = d.Name, UserName = d.UserName, DepartmentId = department.Id }));
        await db.SaveChangesAsync();

        var ledger = new StockLedger(db, clock, "nurse");
        foreach (var unit in units)
        {
            await ReceiveAsync(ledger, unit.ItemId, unit.LotNumber, unit.ExpiryDate, unit.Quantity, unit.OwnerSupplierId, unit.Id, shelf);
        }

        await ReceiveAsync(ledger, bulk.Id, Lot(calendar.Today, 7), calendar.Today.AddYears(2), 200, null, null, shelf);
        if (await StockLedger.SaveAsync(db) is [var problem, ..])
        {
            throw new InvalidOperationException($"The demo ward stock was refused: {problem.Message}");
        }

        await OrdersAsync(db, clock, calendar, department.Code, implants);
        await ConsumeAsync(db, clock, calendar, department.Id, bulk);
    }

    /// <summary>Three joint implants of different kinds (hip stem, cup, knee), order-linked and priced.</summary>
    private static async Task<List<Item>> ImplantItemsAsync(SpdDbContext db)
    {
        var candidates = await db.Items
            .Where(i => i.Status == ItemStatus.Active && i.ManagementMode == ManagementMode.OrderLinked && i.TrackingMode == TrackingMode.Unique
                && i.ChargeCode != null && i.ChargePrice != null)
            .OrderBy(i => i.Name.Contains("关节") ? 0 : 1).ThenBy(i => i.Code)
            .Take(400)
            .ToListAsync();
        return [.. candidates.GroupBy(i => i.Name).Select(g => g.First()).Take(3)];
    }

    private static StockUnit Unit(string code, StockUnitKind kind, Item item, int quantity, int? departmentId, int? owner, DateTime now) => new()
    {
        Code = code,
        Kind = kind,
        ItemId = item.Id,
        LotNumber = Lot(DateOnly.FromDateTime(now), item.Id % 9),
        ExpiryDate = DateOnly.FromDateTime(now).AddYears(2),
        Serial = kind == StockUnitKind.Piece ? "SN" + code[2..] : null,
        Quantity = quantity,
        DepartmentId = departmentId,
        OwnerSupplierId = owner,
        CreatedUtc = now,
        ChangedUtc = now,
    };

    private static string Lot(DateOnly date, int index) => $"{date:yyMM}{index:00}D";

    /// <summary>Signed for on the ward (科室验收): straight into its first shelf.</summary>
    private static async Task ReceiveAsync(StockLedger ledger, int itemId, string lot, DateOnly? expiry, int quantity, int? owner, long? unitId, Location shelf)
    {
        var result = await ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.DepartmentReceipt,
            ItemId = itemId,
            LotNumber = lot,
            ExpiryDate = expiry,
            Quantity = quantity,
            To = new StockPosition(shelf.WarehouseId, shelf.Id),
            OwnerSupplierId = owner,
            StockUnitId = unitId,
            DocumentType = StockDocumentType.DepartmentReceipt,
            DocumentNo = DocumentNo,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo ward stock of item {itemId} was refused: {result.Errors[0].Message}");
        }
    }

    /// <summary>Today's orders from 07:30, twenty minutes apart: one implant each (the first two implants alternate), and the third implant too for the first patient.</summary>
    private static async Task OrdersAsync(SpdDbContext db, TimeProvider clock, BusinessCalendar calendar, string departmentCode, IReadOnlyList<Item> implants)
    {
        var morning = calendar.ToUtc(calendar.Today.ToDateTime(new TimeOnly(7, 30)));
        for (var i = 0; i < Patients.Count; i++)
        {
            var (patientNo, name, operation, drg) = Patients[i];
            var doctor = Doctors[i % Doctors.Count];
            List<HisOrderLineMessage> lines = [new(implants[i % 2].Code, null, 1)];
            if (i == 0)
            {
                lines.Add(new(implants[2].Code, null, 1));
            }

            var result = await HisOrderIntake.ReceiveAsync(db, clock, new HisOrderMessage
            {
                OrderNo = $"YZ2026{i + 1:0000}01",
                Patient = new HisPatientMessage(patientNo, name),
                EncounterNo = "ZYH" + patientNo[2..],
                DepartmentCode = departmentCode,
                Doctor = new HisDoctorMessage(doctor.Code, doctor.Name),
                Operation = operation,
                DrgGroup = drg,
                OrderedUtc = Min(morning.AddMinutes(20 * i), calendar.UtcNow),
                Lines = lines,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo order of {patientNo} was refused: {result.Errors[0].Message}");
            }
        }
    }

    /// <summary>What the nurse has already scanned today: two implants on their patients (HIS posted the first charge), a pack, a piece and some of the bulk item.</summary>
    private static async Task ConsumeAsync(SpdDbContext db, TimeProvider clock, BusinessCalendar calendar, int departmentId, Item bulk)
    {
        var scanning = new ConsumptionScanning(clock);
        var nurse = new ScanActor("nurse", departmentId);
        (string Code, string? PatientNo, int? Quantity)[] scans =
        [
            (ImplantCode(0), Patients[0].PatientNo, null),
            (ImplantCode(ImplantsPerItem), Patients[1].PatientNo, null),
            (PackCode(PackCount - 1), null, null),
            (PieceCode(PiecesPerItem - 1), Patients[1].PatientNo, null),
            (bulk.Code, null, 5),
        ];
        long? firstCharge = null;
        for (var i = 0; i < scans.Length; i++)
        {
            var reply = await scanning.ScanAsync(db, nurse, new ConsumptionScan
            {
                ScanId = $"demo-{calendar.Today:yyyyMMdd}-{i + 1}",
                Code = scans[i].Code,
                DeviceId = "PDA-01",
                PatientNo = scans[i].PatientNo,
                Quantity = scans[i].Quantity,
            });
            if (!reply.Succeeded)
            {
                throw new InvalidOperationException($"The demo scan of {scans[i].Code} was refused: {reply.Errors[0].Message}");
            }

            firstCharge ??= reply.Consumption!.ChargeId;
        }

        await ChargeFeed.AcknowledgeAsync(db, clock, [firstCharge!.Value]);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
