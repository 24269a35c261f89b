using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Clinical;

/// <summary>A patient's order as HIS sends it: the patient, the doctor and the order-linked items bound to it.</summary>
public sealed record HisOrderMessage
{
    public string? OrderNo { get; init; }

    public HisPatientMessage? Patient { get; init; }

    public string? EncounterNo { get; init; }

    /// <summary>The ordering department's code in the shared organisation dictionary.</summary>
    public string? DepartmentCode { get; init; }

    public HisDoctorMessage? Doctor { get; init; }

    public string? Operation { get; init; }

    public string? DrgGroup { get; init; }

    public DateTime? OrderedUtc { get; init; }

    /// <summary>HIS withdrew the order; refused once anything was consumed on it.</summary>
    public bool Cancelled { get; init; }

    public IReadOnlyList<HisOrderLineMessage>? Lines { get; init; }
}

public sealed record HisPatientMessage(string? PatientNo, string? Name);

public sealed record HisDoctorMessage(string? Code, string? Name);

/// <summary>A bound item, named by the hospital's item code or by its charge code (物价收费码).</summary>
public sealed record HisOrderLineMessage(string? ItemCode, string? ChargeCode, int Quantity);

public sealed record HisOrderLineView(long Id, string ItemCode, string ItemName, string Specification, string? ChargeCode, int Quantity, int ConsumedQuantity);

/// <summary>The order as Spd now holds it.</summary>
public sealed record HisOrderView(
    int Id, string OrderNo, string PatientNo, string PatientName, string EncounterNo, string DepartmentCode, string? DoctorCode, string? DoctorName,
    string? Operation, string? DrgGroup, OrderSource Source, OrderStatus Status, DateTime OrderedUtc, IReadOnlyList<HisOrderLineView> Lines);

public sealed record HisOrderIntakeResult(HisOrderView? Order, bool Created, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static HisOrderIntakeResult Fail(IReadOnlyList<ValidationError> errors) => new(null, false, errors);
}

/// <summary>
/// Receives HIS orders (医嘱) with their bound order-linked items. The order number is the key: a resent
/// order updates the one held, never adds a second; the patient and the doctor are upserted by their HIS
/// numbers. What was consumed stays true: a line cannot be set below its consumed quantity, a line HIS
/// leaves out keeps what was consumed on it (a line a scan added), and an order with consumption cannot be
/// cancelled — HIS refunds through the charges instead.
/// </summary>
public static class HisOrderIntake
{
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string UnknownDepartment = nameof(UnknownDepartment);
    public const string NoLines = nameof(NoLines);
    public const string LineItemRequired = nameof(LineItemRequired);
    public const string LineQuantity = nameof(LineQuantity);
    public const string NoSuchItem = nameof(NoSuchItem);
    public const string UnknownChargeCode = nameof(UnknownChargeCode);
    public const string AmbiguousChargeCode = nameof(AmbiguousChargeCode);
    public const string NotOrderLinked = nameof(NotOrderLinked);
    public const string BelowConsumed = nameof(BelowConsumed);
    public const string OrderHasConsumption = nameof(OrderHasConsumption);
    public const string ScanOrder = nameof(ScanOrder);
    public const string OrderChanged = nameof(OrderChanged);

    private const int MaxAttempts = 3;

    public static async Task<HisOrderIntakeResult> ReceiveAsync(SpdDbContext db, TimeProvider clock, HisOrderMessage message, CancellationToken ct = default)
    {
        var errors = Validate(message);
        if (errors.Count > 0)
        {
            return HisOrderIntakeResult.Fail(errors);
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (order, created, problems) = await TryReceiveAsync(db, clock, message, ct);
            if (problems.Count > 0)
            {
                return HisOrderIntakeResult.Fail(problems);
            }

            if (await StockLedger.SaveAsync(db, ct) is not { Count: > 0 })
            {
                return new HisOrderIntakeResult(View(order!), created, []);
            }

            // Someone stored the same order, patient or doctor at the same moment: read again and apply on top.
            db.ChangeTracker.Clear();
        }

        return HisOrderIntakeResult.Fail([new ValidationError("OrderNo", OrderChanged, "Order {0} was changed at the same moment; send it again.", message.OrderNo!.Trim())]);
    }

    public static async Task<HisOrderView?> FindAsync(SpdDbContext db, string orderNo, CancellationToken ct = default)
    {
        var order = await db.HisOrders.AsNoTracking()
            .Include(o => o.Patient).Include(o => o.Department).Include(o => o.Doctor).Include(o => o.Lines).ThenInclude(l => l.Item)
            .FirstOrDefaultAsync(o => o.OrderNo == orderNo, ct);
        return order is null ? null : View(order);
    }

    private static async Task<(HisOrder? Order, bool Created, IReadOnlyList<ValidationError> Errors)> TryReceiveAsync(SpdDbContext db, TimeProvider clock, HisOrderMessage message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var orderNo = message.OrderNo!.Trim();
        var departmentCode = message.DepartmentCode!.Trim();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == departmentCode, ct);
        if (department is null)
        {
            return (null, false, [new ValidationError("DepartmentCode", UnknownDepartment, "There is no department {0}.", departmentCode)]);
        }

        var (wanted, lineErrors) = await ResolveLinesAsync(db, message.Lines ?? [], ct);
        if (lineErrors.Count > 0)
        {
            return (null, false, lineErrors);
        }

        var order = await db.HisOrders.Include(o => o.Lines).ThenInclude(l => l.Item).FirstOrDefaultAsync(o => o.OrderNo == orderNo, ct);
        var created = order is null;
        if (order is not null)
        {
            if (order.Source == OrderSource.Scan)
            {
                return (null, false, [new ValidationError("OrderNo", ScanOrder, "{0} is an order Spd created for a scan; HIS cannot change it.", orderNo)]);
            }

            if (ApplyLines(order, wanted, message.Cancelled) is { Count: > 0 } problems)
            {
                return (null, false, problems);
            }
        }
        else if (wanted.Count == 0 && !message.Cancelled)
        {
            return (null, false, [new ValidationError("Lines", NoLines, "A new order needs at least one bound item.")]);
        }

        var patient = await PatientRegistry.UpsertAsync(db, message.Patient!.PatientNo!, message.Patient.Name!, now, ct);
        var doctor = message.Doctor is { Code: { Length: > 0 } } doctorMessage ? await UpsertDoctorAsync(db, doctorMessage, department.Id, ct) : null;
        if (order is null)
        {
            order = new HisOrder
            {
                OrderNo = orderNo,
                EncounterNo = "",
                Source = OrderSource.His,
                OrderedUtc = message.OrderedUtc?.ToUniversalTime() ?? now,
            };
            order.Lines.AddRange(wanted.Select(w => new HisOrderLine { ItemId = w.Item.Id, Item = w.Item, Quantity = w.Quantity }));
            db.HisOrders.Add(order);
        }
        else
        {
            order.Version++;
        }

        order.Patient = patient;
        order.EncounterNo = message.EncounterNo!.Trim();
        order.DepartmentId = department.Id;
        order.Department = department;
        order.Doctor = doctor;
        order.DoctorId = doctor?.Id;
        order.Operation = Clean(message.Operation);
        order.DrgGroup = Clean(message.DrgGroup);
        order.ChangedUtc = now;
        // HIS decides whether its order stands: a cancelled order sent again without the flag is open again.
        order.Status = message.Cancelled ? OrderStatus.Cancelled : Progress(order);
        return (order, created, []);
    }

    /// <summary>Open while anything bound is still to be used, completed once every line is used; a cancelled order stays cancelled.</summary>
    public static OrderStatus StatusOf(HisOrder order) => order.Status == OrderStatus.Cancelled ? OrderStatus.Cancelled : Progress(order);

    private static OrderStatus Progress(HisOrder order) =>
        order.Lines.Count > 0 && order.Lines.All(l => l.ConsumedQuantity >= l.Quantity) ? OrderStatus.Completed : OrderStatus.Open;

    private static List<ValidationError> ApplyLines(HisOrder order, IReadOnlyList<WantedLine> wanted, bool cancelled)
    {
        if (cancelled)
        {
            var consumed = order.Lines.Where(l => l.ConsumedQuantity > 0).ToList();
            return consumed.Count == 0
                ? []
                : [new ValidationError("Cancelled", OrderHasConsumption, "Order {0} cannot be cancelled: {1} was already used on the patient; HIS posts a refund of the charges instead.",
                    order.OrderNo, string.Join(", ", consumed.Select(l => $"{l.Item!.Code} × {l.ConsumedQuantity}")))];
        }

        var errors = new List<ValidationError>();
        foreach (var line in wanted)
        {
            var held = order.Lines.FirstOrDefault(l => l.ItemId == line.Item.Id);
            if (held is not null && line.Quantity < held.ConsumedQuantity)
            {
                errors.Add(new ValidationError($"Lines[{line.Index}].Quantity", BelowConsumed, "{0} cannot be set to {1}: {2} were already used on the patient.",
                    line.Item.Code, line.Quantity, held.ConsumedQuantity));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var line in wanted)
        {
            if (order.Lines.FirstOrDefault(l => l.ItemId == line.Item.Id) is { } held)
            {
                held.Quantity = line.Quantity;
            }
            else
            {
                order.Lines.Add(new HisOrderLine { ItemId = line.Item.Id, Item = line.Item, Quantity = line.Quantity });
            }
        }

        foreach (var left in order.Lines.Where(l => wanted.All(w => w.Item.Id != l.ItemId)).ToList())
        {
            if (left.ConsumedQuantity == 0)
            {
                order.Lines.Remove(left);
            }
            else
            {
                left.Quantity = left.ConsumedQuantity;
            }
        }

        return [];
    }

    /// <summary>A new doctor joins the ordering department; a known one keeps theirs (they order for other wards too).</summary>
    private static async Task<Doctor> UpsertDoctorAsync(SpdDbContext db, HisDoctorMessage message, int departmentId, CancellationToken ct)
    {
        var code = message.Code!.Trim();
        var name = Clean(message.Name) ?? code;
        var doctor = await db.Doctors.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (doctor is null)
        {
            doctor = new Doctor { Code = code, Name = name, DepartmentId = departmentId };
            db.Doctors.Add(doctor);
        }
        else
        {
            doctor.Name = name;
        }

        return doctor;
    }

    private sealed record WantedLine(int Index, Item Item, int Quantity);

    /// <summary>Each line's item by item code or charge code; the same item twice is one line with the quantities added.</summary>
    private static async Task<(IReadOnlyList<WantedLine> Lines, IReadOnlyList<ValidationError> Errors)> ResolveLinesAsync(
        SpdDbContext db, IReadOnlyList<HisOrderLineMessage> lines, CancellationToken ct)
    {
        var itemCodes = lines.Select(l => l.ItemCode?.Trim()).OfType<string>().Where(c => c.Length > 0).Distinct().ToList();
        var chargeCodes = lines.Where(l => string.IsNullOrWhiteSpace(l.ItemCode)).Select(l => l.ChargeCode?.Trim()).OfType<string>().Where(c => c.Length > 0).Distinct().ToList();
        var byCode = await db.Items.Where(i => itemCodes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var byCharge = (await db.Items.Where(i => i.ChargeCode != null && chargeCodes.Contains(i.ChargeCode) && i.Status == ItemStatus.Active
                && i.ManagementMode == ManagementMode.OrderLinked).ToListAsync(ct))
            .ToLookup(i => i.ChargeCode!);
        var errors = new List<ValidationError>();
        var wanted = new List<WantedLine>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var field = $"Lines[{index}]";
            Item? item = null;
            if (line.ItemCode?.Trim() is { Length: > 0 } itemCode)
            {
                item = byCode.GetValueOrDefault(itemCode);
                if (item is null)
                {
                    errors.Add(new ValidationError($"{field}.ItemCode", NoSuchItem, "There is no item {0}.", itemCode));
                }
            }
            else if (line.ChargeCode?.Trim() is { Length: > 0 } chargeCode)
            {
                var matches = byCharge[chargeCode].ToList();
                item = matches.Count == 1 ? matches[0] : null;
                if (matches.Count != 1)
                {
                    errors.Add(matches.Count == 0
                        ? new ValidationError($"{field}.ChargeCode", UnknownChargeCode, "No active order-linked item has the charge code {0}.", chargeCode)
                        : new ValidationError($"{field}.ChargeCode", AmbiguousChargeCode, "Charge code {0} belongs to {1}; send the item code.", chargeCode,
                            string.Join(", ", matches.Select(m => m.Code))));
                }
            }
            else
            {
                errors.Add(new ValidationError(field, LineItemRequired, "Line {0} names no item code and no charge code.", index + 1));
            }

            if (line.Quantity < 1)
            {
                errors.Add(new ValidationError($"{field}.Quantity", LineQuantity, "Line {0} needs a quantity of at least 1.", index + 1));
            }

            if (item is not null && item.ManagementMode != ManagementMode.OrderLinked)
            {
                errors.Add(new ValidationError($"{field}.ItemCode", NotOrderLinked, "{0} {1} is stock-managed: it is scanned on use, not bound to orders.", item.Code, item.Name));
            }

            if (item is not null && line.Quantity >= 1)
            {
                wanted.Add(new WantedLine(index, item, line.Quantity));
            }
        }

        var merged = wanted.GroupBy(w => w.Item.Id).Select(g => g.First() with { Quantity = g.Sum(w => w.Quantity) }).ToList();
        return (merged, errors);
    }

    private static List<ValidationError> Validate(HisOrderMessage message)
    {
        var errors = new List<ValidationError>();
        Check(errors, "OrderNo", message.OrderNo, 40);
        Check(errors, "Patient.PatientNo", message.Patient?.PatientNo, 40);
        Check(errors, "Patient.Name", message.Patient?.Name, 100);
        Check(errors, "EncounterNo", message.EncounterNo, 40);
        Check(errors, "DepartmentCode", message.DepartmentCode, 40);
        if (message.Doctor is { } doctor && !string.IsNullOrWhiteSpace(doctor.Code))
        {
            Check(errors, "Doctor.Code", doctor.Code, 40);
            Check(errors, "Doctor.Name", doctor.Name ?? doctor.Code, 100);
        }

        if (message.Operation?.Trim().Length > 200)
        {
            errors.Add(new ValidationError("Operation", TooLong, "At most {0} characters.", 200));
        }

        if (message.DrgGroup?.Trim().Length > 20)
        {
            errors.Add(new ValidationError("DrgGroup", TooLong, "At most {0} characters.", 20));
        }

        return errors;
    }

    private static void Check(List<ValidationError> errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new ValidationError(field, Required, "Required."));
        }
        else if (text.Length > maxLength)
        {
            errors.Add(new ValidationError(field, TooLong, "At most {0} characters.", maxLength));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static HisOrderView View(HisOrder order) => new(
        order.Id, order.OrderNo, order.Patient!.PatientNo, order.Patient.Name, order.EncounterNo, order.Department!.Code, order.Doctor?.Code, order.Doctor?.Name,
        order.Operation, order.DrgGroup, order.Source, order.Status, order.OrderedUtc,
        [.. order.Lines.OrderBy(l => l.Item!.Code).Select(l => new HisOrderLineView(l.Id, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.ChargeCode, l.Quantity, l.ConsumedQuantity))]);
}
