using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record DeliveryNoteResult(DeliveryNote? Note, IReadOnlyList<ValidationError> Errors, bool Existing = false)
{
    public bool Succeeded => Errors.Count == 0;

    public static DeliveryNoteResult Failed(params IEnumerable<ValidationError> errors) => new(null, [.. errors]);
}

/// <summary>A whole delivery note from a supplier's ERP (<c>POST /api/v1/delivery-notes</c>).</summary>
public sealed record DeliveryNoteSubmission(
    string? PurchaseOrderNo, string? ExternalRef, DateOnly? DeliveryDate, string? Courier, IReadOnlyList<DeliveryNoteSubmissionLine>? Lines);

/// <summary>A line of an ERP's note: the order line by its id, or by the item's code when the order has that item on one line only.</summary>
public sealed record DeliveryNoteSubmissionLine(
    long? OrderLineId, string? ItemCode, int Quantity, string? LotNumber, DateOnly? ProductionDate, DateOnly? ExpiryDate, string? RegistrationCertificateNo);

/// <summary>
/// 配送单 (DOMAIN.md §4.3): the supplier drafts a note for one of its open orders, adds lines per order
/// line (several lots per line allowed), and submits it; then the order lines' delivered quantities grow
/// and the warehouse is told. A submitted note is never changed here again. The supplier's ERP submits a
/// whole note at once through the same rules. Every call names the supplier: another supplier's order or
/// note is not found.
/// </summary>
public sealed class DeliveryNotes(BusinessCalendar calendar)
{
    /// <summary>The warehouse's notification: {0} note number, {1} supplier, {2} order number, {3} lines.</summary>
    public const string SubmittedMessageKey = "Notification.DeliveryNoteSubmitted";

    /// <summary>A new draft note for an open order of the supplier, numbered at once (the number is its barcode).</summary>
    public async Task<DeliveryNoteResult> CreateDraftAsync(
        SpdDbContext db, int supplierId, int orderId, DeliveryNoteHeader header, CancellationToken cancellationToken = default)
    {
        var order = await db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && o.SupplierId == supplierId, cancellationToken);
        if (order is null)
        {
            return DeliveryNoteResult.Failed(SupplierOrders.OrderNotFound(orderId));
        }

        if (!PurchaseOrderLines.IsOpen(order.Status))
        {
            return DeliveryNoteResult.Failed(OrderNotOpen(order));
        }

        header = header.Normalized();
        var errors = DeliveryNoteValidator.Header(header, calendar.Today);
        if (errors.Count > 0)
        {
            return DeliveryNoteResult.Failed(errors);
        }

        var note = new DeliveryNote
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DeliveryNote, calendar.Today, cancellationToken),
            SupplierId = supplierId,
            PurchaseOrderId = order.Id,
            Status = DeliveryNoteStatus.Draft,
            Source = DeliveryNoteSource.Portal,
            DeliveryDate = header.DeliveryDate!.Value,
            Courier = header.Courier,
            CreatedUtc = calendar.UtcNow,
        };
        db.DeliveryNotes.Add(note);
        var saved = await SaveAsync(db, cancellationToken);
        return saved.Count == 0 ? new DeliveryNoteResult(note, []) : DeliveryNoteResult.Failed(saved);
    }

    public async Task<IReadOnlyList<ValidationError>> UpdateHeaderAsync(
        SpdDbContext db, int supplierId, int noteId, int expectedVersion, DeliveryNoteHeader header, CancellationToken cancellationToken = default)
    {
        var (note, error) = await DraftAsync(db, supplierId, noteId, expectedVersion, cancellationToken);
        if (error is not null)
        {
            return [error];
        }

        header = header.Normalized();
        var errors = DeliveryNoteValidator.Header(header, calendar.Today);
        if (errors.Count > 0)
        {
            return errors;
        }

        note!.DeliveryDate = header.DeliveryDate!.Value;
        note.Courier = header.Courier;
        return await SaveAsync(db, note, cancellationToken);
    }

    /// <summary>Adds a lot to a draft; a missing registration number is taken from the item. Only the new line's errors are reported.</summary>
    public async Task<IReadOnlyList<ValidationError>> AddLineAsync(
        SpdDbContext db, int supplierId, int noteId, int expectedVersion, DeliveryLineInput line, CancellationToken cancellationToken = default)
    {
        var (note, error) = await DraftAsync(db, supplierId, noteId, expectedVersion, cancellationToken);
        if (error is not null)
        {
            return [error];
        }

        var order = note!.PurchaseOrder!;
        var input = WithDefaults(line, order);
        var errors = await CheckEditedAsync(db, order, [.. note.Lines.OrderBy(l => l.Id).Select(Input)], input, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        note.Lines.Add(NewLine(input, order));
        return await SaveAsync(db, note, cancellationToken);
    }

    /// <summary>Changes a draft's line; it stays on its order line.</summary>
    public async Task<IReadOnlyList<ValidationError>> UpdateLineAsync(
        SpdDbContext db, int supplierId, int noteId, long lineId, int expectedVersion, DeliveryLineInput line, CancellationToken cancellationToken = default)
    {
        var (note, error) = await DraftAsync(db, supplierId, noteId, expectedVersion, cancellationToken);
        var existing = note?.Lines.FirstOrDefault(l => l.Id == lineId);
        error ??= existing is null ? LineNotFound(lineId) : null;
        if (error is not null)
        {
            return [error];
        }

        var order = note!.PurchaseOrder!;
        var input = WithDefaults(line with { OrderLineId = existing!.PurchaseOrderLineId }, order);
        var others = note.Lines.Where(l => l.Id != lineId).OrderBy(l => l.Id).Select(Input).ToList();
        var errors = await CheckEditedAsync(db, order, others, input, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        existing.Quantity = input.Quantity;
        existing.LotNumber = input.LotNumber!;
        existing.ProductionDate = input.ProductionDate;
        existing.ExpiryDate = input.ExpiryDate!.Value;
        existing.RegistrationCertificateNo = input.RegistrationCertificateNo;
        return await SaveAsync(db, note, cancellationToken);
    }

    public async Task<IReadOnlyList<ValidationError>> RemoveLineAsync(
        SpdDbContext db, int supplierId, int noteId, long lineId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var (note, error) = await DraftAsync(db, supplierId, noteId, expectedVersion, cancellationToken);
        var existing = note?.Lines.FirstOrDefault(l => l.Id == lineId);
        error ??= existing is null ? LineNotFound(lineId) : null;
        if (error is not null)
        {
            return [error];
        }

        note!.Lines.Remove(existing!);
        return await SaveAsync(db, note, cancellationToken);
    }

    /// <summary>
    /// Checks every line again (dates move on, other notes may have been submitted meanwhile), then submits:
    /// Draft → Submitted, delivered quantities, the warehouse's notification. Line errors are named <c>Lines[i].Field</c>.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> SubmitAsync(
        SpdDbContext db, int supplierId, int noteId, int expectedVersion, string userName, CancellationToken cancellationToken = default)
    {
        var (note, error) = await DraftAsync(db, supplierId, noteId, expectedVersion, cancellationToken);
        error ??= note!.Lines.Count == 0 ? NoLines() : null;
        if (error is not null)
        {
            return [error];
        }

        var order = note!.PurchaseOrder!;
        var lines = note.Lines.OrderBy(l => l.Id).ToList();
        var errors = DeliveryNoteValidator.Header(new DeliveryNoteHeader(note.DeliveryDate, note.Courier), calendar.Today).ToList();
        errors.AddRange(Named(await CheckAsync(db, order, [.. lines.Select(Input)], cancellationToken)));
        if (errors.Count > 0)
        {
            return errors;
        }

        await MarkSubmittedAsync(db, note, order, userName, cancellationToken);
        return await SaveAsync(db, note, cancellationToken);
    }

    /// <summary>
    /// A whole note from the supplier's ERP, validated like the portal's and created submitted. The ERP's
    /// own number makes it idempotent: sent again, the note made the first time comes back (<see cref="DeliveryNoteResult.Existing"/>).
    /// </summary>
    public async Task<DeliveryNoteResult> SubmitFromErpAsync(
        SpdDbContext db, int supplierId, DeliveryNoteSubmission submission, string userName, CancellationToken cancellationToken = default)
    {
        var externalRef = DeliveryNoteValidator.Clean(submission.ExternalRef);
        var orderNo = DeliveryNoteValidator.Clean(submission.PurchaseOrderNo);
        var errors = new List<ValidationError>();
        if (externalRef is null)
        {
            errors.Add(new(nameof(DeliveryNoteSubmission.ExternalRef), PurchasingErrors.Required, "The ERP's note number (externalRef) is required: it makes a resubmission safe."));
        }
        else if (externalRef.Length > DeliveryNoteValidator.ExternalRefMaxLength)
        {
            errors.Add(new(nameof(DeliveryNoteSubmission.ExternalRef), PurchasingErrors.TooLong,
                $"externalRef is longer than {DeliveryNoteValidator.ExternalRefMaxLength} characters.", DeliveryNoteValidator.ExternalRefMaxLength));
        }

        if (orderNo is null)
        {
            errors.Add(new(nameof(DeliveryNoteSubmission.PurchaseOrderNo), PurchasingErrors.Required, "The purchase order number is required."));
        }

        if (errors.Count > 0)
        {
            return DeliveryNoteResult.Failed(errors);
        }

        if (await ExistingAsync(db, supplierId, externalRef!, cancellationToken) is { } existing)
        {
            return existing.PurchaseOrder!.No == orderNo
                ? new DeliveryNoteResult(existing, [], Existing: true)
                : DeliveryNoteResult.Failed(new ValidationError(nameof(DeliveryNoteSubmission.ExternalRef), PurchasingErrors.ExternalRefReused,
                    $"externalRef {externalRef} was used for delivery note {existing.No} of order {existing.PurchaseOrder.No}.", externalRef!, existing.No));
        }

        var order = await db.PurchaseOrders.Include(o => o.Lines).ThenInclude(l => l.Item)
            .FirstOrDefaultAsync(o => o.No == orderNo && o.SupplierId == supplierId, cancellationToken);
        if (order is null)
        {
            return DeliveryNoteResult.Failed(SupplierOrders.OrderNotFound(orderNo!));
        }

        var header = new DeliveryNoteHeader(submission.DeliveryDate, submission.Courier).Normalized();
        var inputs = Resolve(order, submission.Lines ?? [], errors);
        if (errors.Count > 0)
        {
            return DeliveryNoteResult.Failed([.. DeliveryNoteValidator.Header(header, calendar.Today), .. errors]);
        }

        errors.AddRange(DeliveryNoteValidator.Header(header, calendar.Today));
        errors.AddRange(Named(await CheckAsync(db, order, inputs, cancellationToken)));
        if (errors.Count > 0)
        {
            return DeliveryNoteResult.Failed(errors);
        }

        var note = new DeliveryNote
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DeliveryNote, calendar.Today, cancellationToken),
            SupplierId = supplierId,
            PurchaseOrderId = order.Id,
            Source = DeliveryNoteSource.Api,
            ExternalRef = externalRef,
            DeliveryDate = header.DeliveryDate!.Value,
            Courier = header.Courier,
            CreatedUtc = calendar.UtcNow,
            Lines = [.. inputs.Select(input => NewLine(input, order))],
        };
        db.DeliveryNotes.Add(note);
        await MarkSubmittedAsync(db, note, order, userName, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DeliveryNoteResult.Failed(SupplierOrders.Changed());
        }
        catch (DbUpdateException)
        {
            // The same note sent twice at once: the unique (supplier, externalRef) index let one through.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(db, supplierId, externalRef!, cancellationToken) is { } first)
            {
                return new DeliveryNoteResult(first, [], Existing: true);
            }

            throw;
        }

        return new DeliveryNoteResult(note, []);
    }

    private static Task<DeliveryNote?> ExistingAsync(SpdDbContext db, int supplierId, string externalRef, CancellationToken cancellationToken) =>
        db.DeliveryNotes.AsNoTracking().Include(n => n.PurchaseOrder).FirstOrDefaultAsync(n => n.SupplierId == supplierId && n.ExternalRef == externalRef, cancellationToken);

    /// <summary>The ERP's lines as inputs; a line that names no order line of this order adds an error instead.</summary>
    private static List<DeliveryLineInput> Resolve(PurchaseOrder order, IReadOnlyList<DeliveryNoteSubmissionLine> lines, List<ValidationError> errors)
    {
        if (lines.Count == 0)
        {
            errors.Add(NoLines());
        }

        var inputs = new List<DeliveryLineInput>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            long? orderLineId = null;
            if (line.OrderLineId is { } id)
            {
                orderLineId = order.Lines.Any(l => l.Id == id) ? id : null;
                if (orderLineId is null)
                {
                    errors.Add(UnknownOrderLine(order, id) with { Field = DeliveryNoteValidator.LineField(i, "OrderLineId") });
                }
            }
            else if (DeliveryNoteValidator.Clean(line.ItemCode) is { } code)
            {
                var matching = order.Lines.Where(l => string.Equals(l.Item!.Code, code, StringComparison.OrdinalIgnoreCase)).ToList();
                orderLineId = matching.Count == 1 ? matching[0].Id : null;
                if (matching.Count != 1)
                {
                    errors.Add(matching.Count == 0
                        ? new(DeliveryNoteValidator.LineField(i, "ItemCode"), PurchasingErrors.UnknownItemCode, $"Order {order.No} has no line for item {code}.", code)
                        : new(DeliveryNoteValidator.LineField(i, "ItemCode"), PurchasingErrors.AmbiguousItemCode,
                            $"Order {order.No} has item {code} on {matching.Count} lines; name the line by orderLineId.", code));
                }
            }
            else
            {
                errors.Add(new(DeliveryNoteValidator.LineField(i, "OrderLineId"), PurchasingErrors.Required, "Name the order line by orderLineId or itemCode."));
            }

            if (orderLineId is { } resolved)
            {
                inputs.Add(WithDefaults(new DeliveryLineInput(resolved, line.Quantity, line.LotNumber, line.ProductionDate, line.ExpiryDate, line.RegistrationCertificateNo), order));
            }
        }

        return inputs;
    }

    private static async Task<(DeliveryNote? Note, ValidationError? Error)> DraftAsync(
        SpdDbContext db, int supplierId, int noteId, int expectedVersion, CancellationToken cancellationToken)
    {
        var note = await db.DeliveryNotes
            .Include(n => n.Lines)
            .Include(n => n.PurchaseOrder!).ThenInclude(o => o.Lines).ThenInclude(l => l.Item)
            .AsSplitQuery()
            .FirstOrDefaultAsync(n => n.Id == noteId && n.SupplierId == supplierId, cancellationToken);
        ValidationError? error = note switch
        {
            null => new("DeliveryNote", PurchasingErrors.NotFound, $"Delivery note {noteId} was not found.", noteId),
            _ when note.Version != expectedVersion => SupplierOrders.Changed(),
            { Status: not DeliveryNoteStatus.Draft } => new(nameof(DeliveryNote.Status), PurchasingErrors.NoteNotDraft,
                $"Delivery note {note.No} has been submitted and can no longer be changed."),
            _ => null,
        };
        return (note, error);
    }

    /// <summary>The edited line's errors (and the order's), checked after the note's other lines.</summary>
    private async Task<IReadOnlyList<ValidationError>> CheckEditedAsync(
        SpdDbContext db, PurchaseOrder order, List<DeliveryLineInput> others, DeliveryLineInput edited, CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(db, order, [.. others, edited], cancellationToken);
        return [.. problems.Where(p => p.Index is null || p.Index == others.Count).Select(p => p.Error)];
    }

    /// <summary>Every rule for the note's lines against the order: open order, known order line, the line rules, and the quantities still to deliver.</summary>
    private async Task<IReadOnlyList<(int? Index, ValidationError Error)>> CheckAsync(
        SpdDbContext db, PurchaseOrder order, IReadOnlyList<DeliveryLineInput> lines, CancellationToken cancellationToken)
    {
        if (!PurchaseOrderLines.IsOpen(order.Status))
        {
            return [(null, OrderNotOpen(order))];
        }

        var problems = new List<(int?, ValidationError)>();
        var today = calendar.Today;
        for (var i = 0; i < lines.Count; i++)
        {
            if (order.Lines.All(l => l.Id != lines[i].OrderLineId))
            {
                problems.Add((i, UnknownOrderLine(order, lines[i].OrderLineId)));
            }

            problems.AddRange(DeliveryNoteValidator.Line(lines[i], today).Select(e => ((int?)i, e)));
        }

        var onTheWay = await PurchaseOrderLines.OnTheWayAsync(db, [.. order.Lines.Select(l => l.Id)], cancellationToken);
        var toDeliver = order.Lines.ToDictionary(l => l.Id, l => PurchaseOrderLines.ToDeliver(l, onTheWay.GetValueOrDefault(l.Id)));
        problems.AddRange(DeliveryNoteValidator.Quantities(lines, toDeliver).Select(p => ((int?)p.Index, p.Error)));
        return problems;
    }

    private static IEnumerable<ValidationError> Named(IEnumerable<(int? Index, ValidationError Error)> problems) =>
        problems.Select(p => p.Index is { } i ? p.Error with { Field = DeliveryNoteValidator.LineField(i, p.Error.Field) } : p.Error);

    private async Task MarkSubmittedAsync(SpdDbContext db, DeliveryNote note, PurchaseOrder order, string userName, CancellationToken cancellationToken)
    {
        var now = calendar.UtcNow;
        note.Status = DeliveryNoteStatus.Submitted;
        note.SubmittedUtc = now;
        note.SubmittedBy = userName;
        foreach (var line in note.Lines)
        {
            order.Lines.Single(l => l.Id == line.PurchaseOrderLineId).DeliveredQuantity += line.Quantity;
        }

        // The order's version guards the quantities: two notes of one order submitted at once conflict instead of both passing.
        order.ChangedUtc = now;
        order.Version++;
        var supplierName = await db.Suppliers.Where(s => s.Id == note.SupplierId).Select(s => s.Name).FirstAsync(cancellationToken);
        db.Notifications.Add(new Notification
        {
            CreatedUtc = now,
            Audience = NotificationAudience.WarehouseKeeper,
            MessageKey = SubmittedMessageKey,
            Arguments = JsonSerializer.Serialize(new[] { note.No, supplierName, order.No, note.Lines.Count.ToString(CultureInfo.InvariantCulture) }),
            DedupKey = $"delivery-note:{note.No}",
        });
    }

    private static DeliveryLineInput WithDefaults(DeliveryLineInput line, PurchaseOrder order)
    {
        var input = line.Normalized();
        return input.RegistrationCertificateNo is null && order.Lines.FirstOrDefault(l => l.Id == input.OrderLineId)?.Item?.RegistrationCertificateNo is { } registration
            ? input with { RegistrationCertificateNo = registration }
            : input;
    }

    private static DeliveryLineInput Input(DeliveryNoteLine line) =>
        new(line.PurchaseOrderLineId, line.Quantity, line.LotNumber, line.ProductionDate, line.ExpiryDate, line.RegistrationCertificateNo);

    private static DeliveryNoteLine NewLine(DeliveryLineInput input, PurchaseOrder order) => new()
    {
        PurchaseOrderLineId = input.OrderLineId,
        ItemId = order.Lines.Single(l => l.Id == input.OrderLineId).ItemId,
        Quantity = input.Quantity,
        LotNumber = input.LotNumber!,
        ProductionDate = input.ProductionDate,
        ExpiryDate = input.ExpiryDate!.Value,
        RegistrationCertificateNo = input.RegistrationCertificateNo,
    };

    private async Task<IReadOnlyList<ValidationError>> SaveAsync(SpdDbContext db, DeliveryNote note, CancellationToken cancellationToken)
    {
        note.Version++;
        return await SaveAsync(db, cancellationToken);
    }

    private static async Task<IReadOnlyList<ValidationError>> SaveAsync(SpdDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [SupplierOrders.Changed()];
        }

        return [];
    }

    private static ValidationError NoLines() =>
        new("Lines", PurchasingErrors.NoteHasNoLines, "The delivery note has no lines.");

    private static ValidationError LineNotFound(long lineId) =>
        new("LineId", PurchasingErrors.NotFound, $"The delivery note has no line {lineId}.", lineId);

    private static ValidationError UnknownOrderLine(PurchaseOrder order, long orderLineId) =>
        new(nameof(DeliveryLineInput.OrderLineId), PurchasingErrors.UnknownOrderLine, $"Order {order.No} has no line {orderLineId}.", orderLineId);

    private static ValidationError OrderNotOpen(PurchaseOrder order) =>
        new(nameof(PurchaseOrder.Status), PurchasingErrors.OrderNotOpen, $"Order {order.No} is {order.Status} and takes no deliveries.");
}
