using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Clinical;

/// <summary>An operation as HIS schedules it (or as the theatre enters it).</summary>
public sealed record SurgeryInput
{
    /// <summary>The HIS schedule number; none for an operation entered in Spd (it gets an SS number).</summary>
    public string? No { get; init; }

    public required string PatientNo { get; init; }

    public required string PatientName { get; init; }

    public required string EncounterNo { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>The operating theatre's secondary warehouse.</summary>
    public required string WarehouseCode { get; init; }

    public required string SurgeonCode { get; init; }

    public required string Operation { get; init; }

    public string? DrgGroup { get; init; }

    public required DateTime ScheduledUtc { get; init; }
}

public sealed record KitRequestLine(int ItemId, int Quantity);

/// <summary>Which of the two signatures of the double sign (双签).</summary>
public enum SignatureRole
{
    Surgeon,
    Nurse,
}

/// <summary>
/// 骨科植入 / 跟台 (DOMAIN.md §4.8): the schedule, the surgeon's implant kit request, the supplier's loaner set
/// received as consignment into the theatre (pre-acceptance), confirmation once certificates are complete,
/// the double sign that releases the held implant charges to HIS, and the same-day return of unused pieces.
/// The pieces used are consumed through the scan consumption service, which holds their charges. Each step is
/// one business operation and saves itself; a concurrent change of the same operation or stock saves nothing.
/// </summary>
public sealed class Surgeries(TimeProvider clock)
{
    public const string UnknownSurgery = nameof(UnknownSurgery);
    public const string UnknownDepartment = nameof(UnknownDepartment);
    public const string UnknownTheatre = nameof(UnknownTheatre);
    public const string UnknownSurgeon = nameof(UnknownSurgeon);
    public const string StepOutOfOrder = nameof(StepOutOfOrder);
    public const string EmptyKit = nameof(EmptyKit);
    public const string InvalidKitLine = nameof(InvalidKitLine);
    public const string NotAnImplant = nameof(NotAnImplant);
    public const string UnreadableUdi = nameof(UnreadableUdi);
    public const string NotInKit = nameof(NotInKit);
    public const string PieceAlreadyKnown = nameof(PieceAlreadyKnown);
    public const string CertificatesIncomplete = nameof(CertificatesIncomplete);
    public const string NothingDelivered = nameof(NothingDelivered);
    public const string SignerNotAllowed = nameof(SignerNotAllowed);
    public const string AlreadySigned = nameof(AlreadySigned);
    public const string SameSigner = nameof(SameSigner);
    public const string NotTheSurgeon = nameof(NotTheSurgeon);
    public const string NotInSet = nameof(NotInSet);

    private BusinessCalendar Calendar => new(clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Adds an operation to the schedule, or updates it while nothing has been requested for it (HIS resends schedules).</summary>
    public async Task<WarehouseResult<Surgery>> ScheduleAsync(SpdDbContext db, SurgeryInput input, CancellationToken ct = default)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == input.DepartmentCode, ct);
        if (department is null)
        {
            return WarehouseResult<Surgery>.Fail(nameof(input.DepartmentCode), UnknownDepartment, "There is no department {0}.", input.DepartmentCode);
        }

        var theatre = await db.Warehouses.FirstOrDefaultAsync(w => w.Code == input.WarehouseCode && w.Kind == WarehouseKind.Secondary && w.IsActive, ct);
        if (theatre is null)
        {
            return WarehouseResult<Surgery>.Fail(nameof(input.WarehouseCode), UnknownTheatre, "There is no active secondary warehouse {0} to take the loaner set.", input.WarehouseCode);
        }

        var surgeon = await db.Doctors.FirstOrDefaultAsync(d => d.Code == input.SurgeonCode && d.IsActive, ct);
        if (surgeon is null)
        {
            return WarehouseResult<Surgery>.Fail(nameof(input.SurgeonCode), UnknownSurgeon, "There is no doctor {0} in the staff dictionary.", input.SurgeonCode);
        }

        var surgery = input.No is { } no ? await db.Surgeries.FirstOrDefaultAsync(s => s.No == no, ct) : null;
        if (surgery is not null && surgery.Status != SurgeryStatus.Scheduled)
        {
            return WrongState(surgery, SurgeryStatus.Scheduled);
        }

        var patient = await PatientRegistry.UpsertAsync(db, input.PatientNo, input.PatientName, Now, ct);
        if (surgery is null)
        {
            surgery = new Surgery
            {
                No = input.No ?? await DocumentNumbers.NextAsync(db, DocumentNumbers.Surgery, Calendar.Today, ct),
                EncounterNo = input.EncounterNo,
                Operation = input.Operation,
                Status = SurgeryStatus.Scheduled,
            };
            db.Surgeries.Add(surgery);
        }
        else
        {
            surgery.Version++;
        }

        surgery.Patient = patient;
        surgery.EncounterNo = input.EncounterNo;
        surgery.DepartmentId = department.Id;
        surgery.WarehouseId = theatre.Id;
        surgery.SurgeonId = surgeon.Id;
        surgery.Operation = input.Operation;
        surgery.DrgGroup = input.DrgGroup;
        surgery.ScheduledUtc = input.ScheduledUtc;
        return await SaveAsync(db, surgery, ct);
    }

    /// <summary>The surgeon's implant kit requisition, to one supplier, before the operation.</summary>
    public async Task<WarehouseResult<Surgery>> RequestKitAsync(SpdDbContext db, int surgeryId, int supplierId, IReadOnlyList<KitRequestLine> lines, string userName, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.Include(s => s.RequestLines).FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return Unknown(surgeryId);
        }

        if (surgery.Status is not (SurgeryStatus.Scheduled or SurgeryStatus.KitRequested))
        {
            return WrongState(surgery, SurgeryStatus.Scheduled);
        }

        if (lines.Count == 0)
        {
            return WarehouseResult<Surgery>.Fail("Lines", EmptyKit, "Name at least one implant for the kit.");
        }

        var ids = lines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        foreach (var line in lines)
        {
            if (line.Quantity <= 0 || !items.TryGetValue(line.ItemId, out var item) || ids.Count(id => id == line.ItemId) > 1)
            {
                return WarehouseResult<Surgery>.Fail("Lines", InvalidKitLine, "Each implant appears once with a quantity of at least 1.");
            }

            if (!item.IsImplant || item.SupplierId != supplierId || item.Status != ItemStatus.Active)
            {
                return WarehouseResult<Surgery>.Fail("Lines", NotAnImplant, "{0} is not an active implant of this supplier.", item.Name);
            }
        }

        db.SurgeryRequestLines.RemoveRange(surgery.RequestLines);
        surgery.RequestLines = [.. lines.Select(l => new SurgeryRequestLine { ItemId = l.ItemId, Quantity = l.Quantity })];
        surgery.SupplierId = supplierId;
        surgery.RequestedBy = userName;
        surgery.RequestedUtc = Now;
        surgery.Status = SurgeryStatus.KitRequested;
        surgery.Version++;
        return await SaveAsync(db, surgery, ct);
    }

    /// <summary>
    /// 预验收: the supplier's loaner set arrives in the theatre. Each piece is scanned by its UDI and received as the
    /// supplier's stock (consignment) with its own Spd code, so that what is used can be traced to the patient.
    /// </summary>
    public async Task<WarehouseResult<Surgery>> ReceiveSetAsync(SpdDbContext db, int surgeryId, IReadOnlyList<string> udis, string userName, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.Include(s => s.RequestLines).Include(s => s.LoanerLines).FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return Unknown(surgeryId);
        }

        if (surgery.Status is not (SurgeryStatus.KitRequested or SurgeryStatus.SetDelivered))
        {
            return WrongState(surgery, SurgeryStatus.KitRequested);
        }

        var requested = surgery.RequestLines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => requested.Contains(i.Id)).ToListAsync(ct);
        var pieces = new List<(Item Item, UdiCode Code)>();
        foreach (var raw in udis)
        {
            var parsed = BarcodeParser.Parse(raw, Calendar.Today);
            if (parsed.Code is not UdiCode { Gtin: not null, Serial: not null } udi)
            {
                return WarehouseResult<Surgery>.Fail("Udi", UnreadableUdi, "{0} is not a UDI with a device identifier and a serial.", raw);
            }

            var item = items.FirstOrDefault(i => i.UdiDi == udi.Gtin);
            if (item is null)
            {
                return WarehouseResult<Surgery>.Fail("Udi", NotInKit, "{0} is not one of the implants requested for this operation.", raw);
            }

            if (pieces.Any(p => p.Code.Text == udi.Text) || await db.StockUnits.AnyAsync(u => u.Udi == udi.Text, ct))
            {
                return WarehouseResult<Surgery>.Fail("Udi", PieceAlreadyKnown, "{0} is already known to Spd; a piece is received once.", raw);
            }

            pieces.Add((item, udi));
        }

        if (pieces.Count == 0)
        {
            return WarehouseResult<Surgery>.Fail("Udi", NothingDelivered, "Scan the pieces of the loaner set.");
        }

        // The ledger names each piece by its id, so the new pieces are saved first, in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var first = await SerialNumbers.ReserveAsync(db, SerialNumbers.Piece, pieces.Count, ct);
        var ledger = new StockLedger(db, clock, userName);
        var units = new List<StockUnit>();
        foreach (var ((item, udi), index) in pieces.Select((p, i) => (p, i)))
        {
            var unit = new StockUnit
            {
                Code = InternalCode.Piece(first + index).Text,
                Kind = StockUnitKind.Piece,
                ItemId = item.Id,
                LotNumber = udi.Lot ?? "",
                ExpiryDate = udi.ExpiryDate,
                ProductionDate = udi.ProductionDate,
                Serial = udi.Serial,
                Udi = udi.Text,
                OwnerSupplierId = surgery.SupplierId,
                CreatedUtc = Now,
                ChangedUtc = Now,
            };
            db.StockUnits.Add(unit);
            units.Add(unit);
        }

        await db.SaveChangesAsync(ct);
        foreach (var unit in units)
        {
            var received = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt,
                ItemId = unit.ItemId,
                LotNumber = unit.LotNumber,
                ExpiryDate = unit.ExpiryDate,
                Quantity = 1,
                UnitCost = items.First(i => i.Id == unit.ItemId).UnitPrice,
                To = new StockPosition(surgery.WarehouseId, null),
                OwnerSupplierId = surgery.SupplierId,
                StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Receipt,
                DocumentNo = surgery.No,
                Reason = "跟台预验收",
            }, ct);
            if (!received.Succeeded)
            {
                return WarehouseResult<Surgery>.Fail(received.Errors);
            }

            surgery.LoanerLines.Add(new LoanerSetLine { StockUnitId = unit.Id, Status = LoanerLineStatus.Delivered, ChangedUtc = Now });
        }

        surgery.DeliveredUtc ??= Now;
        surgery.Status = SurgeryStatus.SetDelivered;
        surgery.Version++;
        var saved = await SaveAsync(db, surgery, ct);
        if (saved.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }

        return saved;
    }

    /// <summary>The operation may only go ahead when the supplier's and every delivered implant's certificates are complete and in date.</summary>
    public async Task<WarehouseResult<Surgery>> ConfirmAsync(SpdDbContext db, int surgeryId, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.Include(s => s.LoanerLines).ThenInclude(l => l.StockUnit).FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return Unknown(surgeryId);
        }

        if (surgery.Status != SurgeryStatus.SetDelivered)
        {
            return WrongState(surgery, SurgeryStatus.SetDelivered);
        }

        var today = Calendar.Today;
        var problems = new List<ValidationError>();
        if (await CertificateCheck.ForSupplierAsync(db, surgery.SupplierId!.Value, today, ct) is { Eligible: false } supplier)
        {
            problems.AddRange(supplier.Problems.Select(p => Incomplete(p)));
        }

        foreach (var itemId in surgery.LoanerLines.Select(l => l.StockUnit!.ItemId).Distinct())
        {
            if (await CertificateCheck.ForItemAsync(db, itemId, today, ct) is { Eligible: false } item)
            {
                problems.AddRange(item.Problems.Select(p => Incomplete(p)));
            }
        }

        if (problems.Count > 0)
        {
            return WarehouseResult<Surgery>.Fail([.. problems.DistinctBy(p => (p.Code, string.Join('|', p.Arguments)))]);
        }

        surgery.ConfirmedUtc = Now;
        surgery.Status = SurgeryStatus.Confirmed;
        surgery.Version++;
        return await SaveAsync(db, surgery, ct);
    }

    /// <summary>
    /// During the operation the nurse scans each piece used: it is consumed on the patient through
    /// <paramref name="scanning"/> like any scan (idempotent by <paramref name="scanId"/>), but its charge is held
    /// for the double sign. Only pieces of this operation's loaner set are accepted.
    /// </summary>
    public async Task<ScanReply> UseAsync(SpdDbContext db, ConsumptionScanning scanning, int surgeryId, string code, string scanId, ScanActor actor, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.AsNoTracking().Include(s => s.Patient).Include(s => s.LoanerLines).ThenInclude(l => l.StockUnit)
            .FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return ScanReply.Refused(Unknown(surgeryId).Errors[0]);
        }

        if (surgery.Status != SurgeryStatus.Confirmed)
        {
            return ScanReply.Refused(WrongState(surgery, SurgeryStatus.Confirmed).Errors[0]);
        }

        var match = await ScanLookup.ResolveAsync(db, code, Calendar.Today, surgery.WarehouseId, ct);
        if (match.Unit is not { } unit || surgery.LoanerLines.All(l => l.StockUnitId != unit.Id))
        {
            return ScanReply.Refused(new ValidationError("Code", NotInSet, "{0} is not a piece of this operation's loaner set.", code));
        }

        return await scanning.ScanAsync(db, actor, new ConsumptionScan
        {
            ScanId = scanId,
            Code = unit.Code,
            WarehouseId = surgery.WarehouseId,
            PatientNo = surgery.Patient!.PatientNo,
            EncounterNo = surgery.EncounterNo,
            SurgeryId = surgery.Id,
            HoldCharge = true,
        }, ct);
    }

    /// <summary>
    /// 双签: the surgeon and the nurse each confirm with their own credentials (the caller has checked them).
    /// One person cannot give both signatures. When both are in, the held implant charges go to HIS.
    /// </summary>
    public async Task<WarehouseResult<Surgery>> SignAsync(SpdDbContext db, int surgeryId, SignatureRole role, string userName, IReadOnlyCollection<string> userRoles, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.Include(s => s.Surgeon).FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return Unknown(surgeryId);
        }

        if (surgery.Status != SurgeryStatus.Confirmed)
        {
            return WrongState(surgery, SurgeryStatus.Confirmed);
        }

        var (required, signedBy) = role == SignatureRole.Surgeon
            ? (Roles.Clinician, surgery.SurgeonSignedBy)
            : (Roles.DepartmentKeeper, surgery.NurseSignedBy);
        if (!userRoles.Contains(required))
        {
            return WarehouseResult<Surgery>.Fail(nameof(role), SignerNotAllowed, "{0} cannot sign in this role.", userName);
        }

        if (signedBy is not null)
        {
            return WarehouseResult<Surgery>.Fail(nameof(role), AlreadySigned, "{0} has already given this signature.", signedBy);
        }

        var other = role == SignatureRole.Surgeon ? surgery.NurseSignedBy : surgery.SurgeonSignedBy;
        if (string.Equals(other, userName, StringComparison.OrdinalIgnoreCase))
        {
            return WarehouseResult<Surgery>.Fail(nameof(role), SameSigner, "{0} has given the other signature; a second person signs.", userName);
        }

        if (role == SignatureRole.Surgeon && surgery.Surgeon!.UserName is { } surgeon && !string.Equals(surgeon, userName, StringComparison.OrdinalIgnoreCase))
        {
            return WarehouseResult<Surgery>.Fail(nameof(role), NotTheSurgeon, "Only the operating surgeon {0} signs as surgeon.", surgery.Surgeon.Name);
        }

        if (role == SignatureRole.Surgeon)
        {
            (surgery.SurgeonSignedBy, surgery.SurgeonSignedUtc) = (userName, Now);
        }
        else
        {
            (surgery.NurseSignedBy, surgery.NurseSignedUtc) = (userName, Now);
        }

        if (surgery.SurgeonSignedBy is not null && surgery.NurseSignedBy is not null)
        {
            var held = await db.Charges.Where(c => c.Status == ChargeStatus.Held && c.Consumption!.SurgeryId == surgery.Id).ToListAsync(ct);
            foreach (var charge in held)
            {
                charge.Status = ChargeStatus.Ready;
                charge.ReadyUtc = Now;
                charge.Version++;
            }

            surgery.Status = SurgeryStatus.Signed;
        }

        surgery.Version++;
        return await SaveAsync(db, surgery, ct);
    }

    /// <summary>After the operation the unused pieces go back to the supplier the same day; the used ones were settled at use.</summary>
    public async Task<WarehouseResult<Surgery>> CloseAsync(SpdDbContext db, int surgeryId, string userName, CancellationToken ct = default)
    {
        var surgery = await db.Surgeries.Include(s => s.LoanerLines).ThenInclude(l => l.StockUnit).FirstOrDefaultAsync(s => s.Id == surgeryId, ct);
        if (surgery is null)
        {
            return Unknown(surgeryId);
        }

        var used = surgery.LoanerLines.Any(l => l.Status == LoanerLineStatus.Used);
        if (surgery.Status != SurgeryStatus.Signed && !(surgery.Status is SurgeryStatus.SetDelivered or SurgeryStatus.Confirmed && !used))
        {
            return WrongState(surgery, SurgeryStatus.Signed);
        }

        var ledger = new StockLedger(db, clock, userName);
        foreach (var line in surgery.LoanerLines.Where(l => l.Status == LoanerLineStatus.Delivered))
        {
            var unit = line.StockUnit!;
            var returned = await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Return,
                ItemId = unit.ItemId,
                LotNumber = unit.LotNumber,
                Quantity = unit.Quantity,
                From = new StockPosition(unit.WarehouseId!.Value, unit.LocationId, unit.State),
                OwnerSupplierId = unit.OwnerSupplierId,
                StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Return,
                DocumentNo = surgery.No,
                Reason = "跟台未使用，当日退回",
            }, ct);
            if (!returned.Succeeded)
            {
                return WarehouseResult<Surgery>.Fail(returned.Errors);
            }

            line.Status = LoanerLineStatus.Returned;
            line.ChangedUtc = Now;
        }

        surgery.ClosedUtc = Now;
        surgery.Status = SurgeryStatus.Closed;
        surgery.Version++;
        return await SaveAsync(db, surgery, ct);
    }

    private static async Task<WarehouseResult<Surgery>> SaveAsync(SpdDbContext db, Surgery surgery, CancellationToken ct)
    {
        var errors = await StockLedger.SaveAsync(db, ct);
        return errors.Count == 0 ? WarehouseResult<Surgery>.Done(surgery) : WarehouseResult<Surgery>.Fail(errors);
    }

    /// <summary>The arguments are the eligibility problem's code followed by its own arguments.</summary>
    private static ValidationError Incomplete(EligibilityProblem problem) =>
        new("Certificates", CertificatesIncomplete, "Certificates are incomplete: {0} {1}.", [problem.Code, .. problem.Arguments]);

    private static WarehouseResult<Surgery> Unknown(int id) =>
        WarehouseResult<Surgery>.Fail("Surgery", UnknownSurgery, "There is no operation {0}.", id);

    private static WarehouseResult<Surgery> WrongState(Surgery surgery, SurgeryStatus expected) =>
        WarehouseResult<Surgery>.Fail("Status", StepOutOfOrder, "Operation {0} is {1}; this step needs it {2}.", surgery.No, surgery.Status, expected);
}
