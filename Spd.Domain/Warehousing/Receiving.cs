using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Warehousing;

/// <summary>A value, or the problems that stopped the operation (nothing was saved then).</summary>
public sealed record WarehouseResult<T>(T? Value, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static WarehouseResult<T> Done(T value) => new(value, []);

    public static WarehouseResult<T> Fail(IReadOnlyList<ValidationError> errors) => new(default, errors);

    public static WarehouseResult<T> Fail(string field, string code, string message, params object[] arguments) =>
        new(default, [new ValidationError(field, code, message, arguments)]);
}

/// <summary>
/// 验收入库 (DOMAIN.md §4.4): the keeper scans a delivery note, which opens its receipt, then checks each line
/// against the goods with <see cref="ReceivingRules"/>. Accepted goods are posted into the warehouse's
/// receiving area (no location) for labelling (<see cref="Labeling"/>) and put-away (<see cref="PutAway"/>);
/// the delivery note and the purchase order line record what was accepted and refused, and a line that
/// arrives short flags its order line short until a later delivery completes it.
/// </summary>
public sealed class Receiving(TimeProvider clock, ReceivingOptions options)
{
    public const string UnknownNote = nameof(UnknownNote);
    public const string NoteNotSubmitted = nameof(NoteNotSubmitted);
    public const string NoteAlreadyReceived = nameof(NoteAlreadyReceived);
    public const string ReceiptNotFound = nameof(ReceiptNotFound);
    public const string NotChecking = nameof(NotChecking);
    public const string UnknownLine = nameof(UnknownLine);
    public const string LineAlreadyChecked = nameof(LineAlreadyChecked);

    private DateOnly Today => new BusinessCalendar(clock).Today;

    /// <summary>
    /// Opens the receipt of the scanned delivery note (its QR code is its number). The first scan starts the
    /// receiving time; scanning the same note again returns the same receipt.
    /// </summary>
    public async Task<WarehouseResult<Receipt>> StartAsync(SpdDbContext db, string scanned, string userName, CancellationToken ct = default)
    {
        var number = scanned.Trim().ToUpperInvariant();
        var note = await db.DeliveryNotes.Include(n => n.PurchaseOrder).FirstOrDefaultAsync(n => n.No == number, ct);
        if (note is null)
        {
            return WarehouseResult<Receipt>.Fail("DeliveryNote", UnknownNote, "There is no delivery note {0}.", number);
        }

        if (await db.Receipts.FirstOrDefaultAsync(r => r.DeliveryNoteId == note.Id, ct) is { } existing)
        {
            return WarehouseResult<Receipt>.Done(existing);
        }

        switch (note.Status)
        {
            case DeliveryNoteStatus.Draft:
                return WarehouseResult<Receipt>.Fail("DeliveryNote", NoteNotSubmitted, "Delivery note {0} has not been submitted by the supplier.", note.No);
            case DeliveryNoteStatus.Received:
                return WarehouseResult<Receipt>.Fail("DeliveryNote", NoteAlreadyReceived, "Delivery note {0} has been received already.", note.No);
        }

        var receipt = new Receipt
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.Receipt, Today, ct),
            DeliveryNoteId = note.Id,
            WarehouseId = note.PurchaseOrder!.WarehouseId,
            Status = ReceiptStatus.Checking,
            UserName = userName,
            StartedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Receipts.Add(receipt);
        note.Status = DeliveryNoteStatus.Receiving;
        note.Version++;
        if (await StockLedger.SaveAsync(db, ct) is { Count: > 0 })
        {
            // Someone scanned the same note at the same moment: theirs is the receipt.
            db.ChangeTracker.Clear();
            return await db.Receipts.FirstOrDefaultAsync(r => r.DeliveryNoteId == note.Id, ct) is { } theirs
                ? WarehouseResult<Receipt>.Done(theirs)
                : WarehouseResult<Receipt>.Fail("DeliveryNote", StockLedger.StockChanged, "Someone else changed this delivery note at the same moment; scan it again.");
        }

        return WarehouseResult<Receipt>.Done(receipt);
    }

    /// <summary>The receipt with its delivery note, the note's lines and items, supplier, order and warehouse.</summary>
    public static Task<Receipt?> FindAsync(SpdDbContext db, int receiptId, CancellationToken ct = default) =>
        db.Receipts.AsNoTracking()
            .Include(r => r.Warehouse)
            .Include(r => r.Lines)
            .Include(r => r.DeliveryNote!).ThenInclude(n => n.Supplier)
            .Include(r => r.DeliveryNote!).ThenInclude(n => n.PurchaseOrder)
            .Include(r => r.DeliveryNote!).ThenInclude(n => n.Lines).ThenInclude(l => l.Item)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == receiptId, ct);

    /// <summary>The verdict the rules would give, without changing anything: the screen shows it before the keeper confirms.</summary>
    public async Task<WarehouseResult<LineVerdict>> PreviewAsync(SpdDbContext db, int receiptId, LineCheck check, CancellationToken ct = default)
    {
        var evaluation = await EvaluateAsync(db, receiptId, check, ct);
        return evaluation.Succeeded ? WarehouseResult<LineVerdict>.Done(evaluation.Value!.Verdict) : WarehouseResult<LineVerdict>.Fail(evaluation.Errors);
    }

    /// <summary>
    /// Checks one delivery note line and records the verdict: accepted goods go into the receiving area (owned
    /// by the supplier when the item is on consignment), the note and order lines count what was accepted and
    /// refused, the order line goes short when fewer arrived than the note says and loses the flag once complete.
    /// </summary>
    public async Task<WarehouseResult<LineVerdict>> CheckLineAsync(SpdDbContext db, int receiptId, LineCheck check, string userName, CancellationToken ct = default)
    {
        var evaluation = await EvaluateAsync(db, receiptId, check, ct);
        if (!evaluation.Succeeded)
        {
            return WarehouseResult<LineVerdict>.Fail(evaluation.Errors);
        }

        var (receipt, note, noteLine, order, orderLine, item, verdict) = evaluation.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        int? owner = item.IsConsignment ? order.SupplierId : null;
        var unitCost = orderLine?.UnitPrice ?? 0m;
        var lot = check.LotNumber.Trim();
        if (verdict.Accepted > 0)
        {
            var posted = await new StockLedger(db, clock, userName).PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt,
                ItemId = item.Id,
                LotNumber = lot,
                ExpiryDate = check.ExpiryDate,
                Quantity = verdict.Accepted,
                UnitCost = unitCost,
                To = new StockPosition(receipt.WarehouseId, null),
                OwnerSupplierId = owner,
                DocumentType = StockDocumentType.Receipt,
                DocumentNo = receipt.No,
                IdempotencyKey = $"receipt-line:{noteLine.Id}",
            }, ct);
            if (!posted.Succeeded)
            {
                return WarehouseResult<LineVerdict>.Fail(posted.Errors);
            }
        }

        receipt.Lines.Add(new ReceiptLine
        {
            DeliveryNoteLineId = noteLine.Id,
            ItemId = item.Id,
            LotNumber = lot,
            ExpiryDate = check.ExpiryDate,
            AcceptedQuantity = verdict.Accepted,
            RefusedQuantity = verdict.Refused,
            RefusalCode = verdict.RefusalCode,
            RefusalArguments = verdict.RefusalCode is null ? null : JsonSerializer.Serialize(verdict.RefusalArguments),
            OwnerSupplierId = owner,
            UnitCost = unitCost,
        });
        receipt.Version++;
        noteLine.AcceptedQuantity = verdict.Accepted;
        noteLine.RefusedQuantity = verdict.Refused;
        note.Version++;
        if (orderLine is not null)
        {
            orderLine.ReceivedQuantity += verdict.Accepted;
            orderLine.RefusedQuantity += verdict.Refused;
            if (verdict.Short && orderLine.ReceivedQuantity < orderLine.Quantity && !orderLine.Short)
            {
                orderLine.Short = true;
                orderLine.ShortFlaggedUtc = now;
                orderLine.ShortClearedUtc = null;
            }

            PurchaseOrderLines.ClearShortIfComplete(orderLine, now);
            if (PurchaseOrderLines.IsOpen(order.Status))
            {
                order.Status = order.Lines.All(l => l.ReceivedQuantity >= l.Quantity) ? PurchaseOrderStatus.Received
                    : order.Lines.Any(l => l.ReceivedQuantity > 0) ? PurchaseOrderStatus.PartiallyReceived
                    : order.Status;
            }

            order.ChangedUtc = now;
            order.Version++;
        }

        var saved = await StockLedger.SaveAsync(db, ct);
        return saved.Count == 0 ? WarehouseResult<LineVerdict>.Done(verdict) : WarehouseResult<LineVerdict>.Fail(saved);
    }

    private sealed record Evaluation(Receipt Receipt, DeliveryNote Note, DeliveryNoteLine NoteLine, PurchaseOrder Order, PurchaseOrderLine? OrderLine, Item Item, LineVerdict Verdict);

    private async Task<WarehouseResult<Evaluation>> EvaluateAsync(SpdDbContext db, int receiptId, LineCheck check, CancellationToken ct)
    {
        var invalid = ReceivingRules.Validate(check);
        if (invalid.Count > 0)
        {
            return WarehouseResult<Evaluation>.Fail(invalid);
        }

        var receipt = await db.Receipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return WarehouseResult<Evaluation>.Fail("Receipt", ReceiptNotFound, "There is no receipt {0}.", receiptId);
        }

        if (receipt.Status != ReceiptStatus.Checking)
        {
            return WarehouseResult<Evaluation>.Fail("Receipt", NotChecking, "Receipt {0} is past checking.", receipt.No);
        }

        var note = await db.DeliveryNotes.Include(n => n.Lines).FirstAsync(n => n.Id == receipt.DeliveryNoteId, ct);
        var noteLine = note.Lines.FirstOrDefault(l => l.Id == check.DeliveryNoteLineId);
        if (noteLine is null)
        {
            return WarehouseResult<Evaluation>.Fail(nameof(LineCheck.DeliveryNoteLineId), UnknownLine, "Delivery note {0} has no line {1}.", note.No, check.DeliveryNoteLineId);
        }

        if (receipt.Lines.Any(l => l.DeliveryNoteLineId == noteLine.Id))
        {
            return WarehouseResult<Evaluation>.Fail(nameof(LineCheck.DeliveryNoteLineId), LineAlreadyChecked, "This line of delivery note {0} has been checked already.", note.No);
        }

        var order = await db.PurchaseOrders.Include(o => o.Lines).FirstAsync(o => o.Id == note.PurchaseOrderId, ct);
        var orderLine = order.Lines.FirstOrDefault(l => l.Id == noteLine.PurchaseOrderLineId && l.ItemId == noteLine.ItemId);
        var today = Today;
        var item = await ItemWithCertificatesAsync(db, noteLine.ItemId, order.SupplierId, ct);
        var facts = new LineFacts(
            item.Code,
            item.UdiDi,
            noteLine.LotNumber,
            noteLine.ExpiryDate,
            noteLine.Quantity,
            orderLine is not null && PurchaseOrderLines.IsOpen(order.Status) ? orderLine.OpenQuantity : null,
            item.ShelfLifeMonths,
            CertificateCheck.ItemProblems(item, today));
        var verdict = ReceivingRules.Judge(facts, check, today, options.MinRemainingShelfLifeFraction);
        return WarehouseResult<Evaluation>.Done(new Evaluation(receipt, note, noteLine, order, orderLine, item, verdict));
    }

    /// <summary>
    /// The item with its manufacturer and the delivering supplier, certificates loaded: the supplier on the
    /// order may be one of the item's other suppliers, and it is that supplier's licences and authorisation that count.
    /// </summary>
    private static async Task<Item> ItemWithCertificatesAsync(SpdDbContext db, int itemId, int supplierId, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking()
            .Include(i => i.Manufacturer!).ThenInclude(m => m.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .FirstAsync(i => i.Id == itemId, ct);
        item.Supplier = await db.Suppliers.AsNoTracking()
            .Include(s => s.Certificates.Where(c => c.Status == CertificateStatus.Approved || c.Status == CertificateStatus.Superseded))
            .FirstAsync(s => s.Id == supplierId, ct);
        return item;
    }
}
