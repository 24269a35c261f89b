using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record SupplierOrderFilter(string? Search = null, PurchaseOrderStatus? Status = null);

public sealed record SupplierOrderRow(
    int Id, string No, DateTime CreatedUtc, DateTime DueUtc, Urgency Urgency, PurchaseOrderStatus Status,
    DateOnly? ConfirmedDeliveryDate, string WarehouseName, int LineCount, decimal Amount, bool HasShortLines);

/// <summary>One order line with the item's master fields, which the supplier reads but never changes.</summary>
public sealed record SupplierOrderLine(
    long Id, int ItemId, string ItemCode, string ItemName, string Specification, string? Model, string Unit, string? RegistrationCertificateNo,
    int Quantity, decimal UnitPrice, int DeliveredQuantity, int ReceivedQuantity, int OnTheWay, int ToDeliver,
    bool Short, DateTime? ShortFlaggedUtc, DateTime? ShortClearedUtc, string? ShortNote)
{
    public bool IsComplete => ReceivedQuantity >= Quantity;
}

public sealed record SupplierOrder(
    int Id, string No, int Version, PurchaseOrderStatus Status, Urgency Urgency, DateTime CreatedUtc, DateTime DueUtc,
    DateOnly? ConfirmedDeliveryDate, DateTime? ConfirmedUtc, string? ConfirmedBy, string WarehouseName,
    IReadOnlyList<SupplierOrderLine> Lines, IReadOnlyList<DeliveryNoteRow> Notes)
{
    public bool IsOpen => PurchaseOrderLines.IsOpen(Status);

    public decimal Amount => Lines.Sum(l => l.Quantity * l.UnitPrice);
}

/// <summary>A line of an open order as the supplier's ERP receives it in the Excel export.</summary>
public sealed record OpenOrderLine(
    string OrderNo, DateTime CreatedUtc, DateTime DueUtc, Urgency Urgency, PurchaseOrderStatus Status, long LineId,
    string ItemCode, string ItemName, string Specification, string? Model, string Unit,
    int Quantity, int DeliveredQuantity, int ReceivedQuantity, int ToDeliver, decimal UnitPrice, bool Short);

/// <summary>
/// 供应商协同 (DOMAIN.md §4.3): a supplier's purchase orders, 交期确认 and 缺货标记. Every call names the
/// supplier; an order of another supplier is reported as not found, never as forbidden, so that its
/// existence is not disclosed. Changes compare the order's <see cref="PurchaseOrder.Version"/> the screen read.
/// </summary>
public sealed class SupplierOrders(BusinessCalendar calendar)
{
    /// <summary>
    /// A supplier may confirm a delivery date up to this many days after the due date: enough to bridge a
    /// weekend or a holiday; a later date means the warehouse should look for the goods elsewhere.
    /// </summary>
    public const int ConfirmationGraceDays = 3;

    public const int ShortNoteMaxLength = 500;

    public static readonly SortKeys<PurchaseOrder> Sorts = SortKeys<PurchaseOrder>.ThenBy(o => o.Id)
        .Add("createdUtc", o => o.CreatedUtc)
        .Add("no", o => o.No)
        .Add("dueUtc", o => o.DueUtc)
        .Add("status", o => o.Status)
        .Add("urgency", o => o.Urgency);

    /// <summary>The supplier's orders, newest first unless sorted otherwise; the search matches the order number or an item's code or name.</summary>
    public static async Task<PagedResult<SupplierOrderRow>> QueryAsync(
        SpdDbContext db, int supplierId, SupplierOrderFilter filter, PageRequest page, string? sortBy = null, bool descending = false,
        CancellationToken cancellationToken = default)
    {
        var orders = db.PurchaseOrders.AsNoTracking().Where(o => o.SupplierId == supplierId);
        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            orders = orders.Where(o => o.No.Contains(text)
                || o.Lines.Any(l => l.Item!.Code.Contains(text) || l.Item.Name.Contains(text) || l.Item.NameInitials.Contains(initials)));
        }

        var result = await orders
            .SortBy(Sorts, sortBy, sortBy is null || descending)
            .Select(o => new
            {
                o.Id, o.No, o.CreatedUtc, o.DueUtc, o.Urgency, o.Status, o.ConfirmedDeliveryDate, WarehouseName = o.Warehouse!.Name,
                Lines = o.Lines.Select(l => new { l.Quantity, l.UnitPrice, l.Short }).ToList(),
            })
            .ToPagedAsync(page, cancellationToken);

        // SQLite sums no decimals: the amount is added up here, for one page of orders.
        return new PagedResult<SupplierOrderRow>(
            [.. result.Items.Select(o => new SupplierOrderRow(o.Id, o.No, o.CreatedUtc, o.DueUtc, o.Urgency, o.Status, o.ConfirmedDeliveryDate, o.WarehouseName,
                o.Lines.Count, o.Lines.Sum(l => l.Quantity * l.UnitPrice), o.Lines.Any(l => l.Short)))],
            result.TotalCount, result.Page, result.PageSize);
    }

    /// <summary>The order with its lines and delivery notes, or null when it does not exist or belongs to another supplier.</summary>
    public static async Task<SupplierOrder?> FindAsync(SpdDbContext db, int supplierId, int orderId, CancellationToken cancellationToken = default)
    {
        var order = await db.PurchaseOrders.AsNoTracking()
            .Include(o => o.Warehouse)
            .Include(o => o.Lines.OrderBy(l => l.Id)).ThenInclude(l => l.Item)
            .FirstOrDefaultAsync(o => o.Id == orderId && o.SupplierId == supplierId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var onTheWay = await PurchaseOrderLines.OnTheWayAsync(db, [.. order.Lines.Select(l => l.Id)], cancellationToken);
        var notes = await DeliveryNoteList.QueryAsync(db, supplierId, new DeliveryNoteFilter(PurchaseOrderId: orderId), new PageRequest(1, PageRequest.MaxPageSize),
            cancellationToken: cancellationToken);
        return new SupplierOrder(
            order.Id, order.No, order.Version, order.Status, order.Urgency, order.CreatedUtc, order.DueUtc,
            order.ConfirmedDeliveryDate, order.ConfirmedUtc, order.ConfirmedBy, order.Warehouse?.Name ?? "",
            [.. order.Lines.Select(l => Line(l, onTheWay.GetValueOrDefault(l.Id)))], notes.Items);
    }

    /// <summary>Lines still to be completed of the supplier's open orders, by order and line, for the ERP export.</summary>
    public static async Task<IReadOnlyList<OpenOrderLine>> OpenLinesAsync(SpdDbContext db, int supplierId, CancellationToken cancellationToken = default)
    {
        var open = PurchaseOrderLines.OpenStatuses.ToList();
        var lines = await db.PurchaseOrderLines.AsNoTracking()
            .Where(l => l.PurchaseOrder!.SupplierId == supplierId && open.Contains(l.PurchaseOrder.Status) && l.ReceivedQuantity < l.Quantity)
            .OrderBy(l => l.PurchaseOrder!.CreatedUtc).ThenBy(l => l.PurchaseOrderId).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.PurchaseOrder!.No, l.PurchaseOrder.CreatedUtc, l.PurchaseOrder.DueUtc, l.PurchaseOrder.Urgency, l.PurchaseOrder.Status,
                Line = l, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Model, l.Item.Unit,
            })
            .ToListAsync(cancellationToken);
        var onTheWay = await PurchaseOrderLines.OnTheWayAsync(db, [.. lines.Select(l => l.Line.Id)], cancellationToken);
        return
        [
            .. lines.Select(l => new OpenOrderLine(
                l.No, l.CreatedUtc, l.DueUtc, l.Urgency, l.Status, l.Line.Id, l.Code, l.Name, l.Specification, l.Model, l.Unit,
                l.Line.Quantity, l.Line.DeliveredQuantity, l.Line.ReceivedQuantity, PurchaseOrderLines.ToDeliver(l.Line, onTheWay.GetValueOrDefault(l.Line.Id)),
                l.Line.UnitPrice, l.Line.Short)),
        ];
    }

    /// <summary>The last delivery date a supplier may confirm: the due date (hospital time) plus <see cref="ConfirmationGraceDays"/>.</summary>
    public DateOnly LatestDeliveryDate(DateTime dueUtc) => DateOnly.FromDateTime(calendar.ToLocal(dueUtc)).AddDays(ConfirmationGraceDays);

    /// <summary>交期确认: a published order gets the date the supplier will deliver, from today to the latest allowed date, and becomes Confirmed.</summary>
    public async Task<IReadOnlyList<ValidationError>> ConfirmDeliveryDateAsync(
        SpdDbContext db, int supplierId, int orderId, int expectedVersion, DateOnly? deliveryDate, string userName, CancellationToken cancellationToken = default)
    {
        var order = await db.PurchaseOrders.FirstOrDefaultAsync(o => o.Id == orderId && o.SupplierId == supplierId, cancellationToken);
        var latest = order is null ? default : LatestDeliveryDate(order.DueUtc);
        ValidationError? error = order switch
        {
            null => OrderNotFound(orderId),
            _ when order.Version != expectedVersion => Changed(),
            { Status: not PurchaseOrderStatus.Published } => new(nameof(PurchaseOrder.Status), PurchasingErrors.OrderNotPublished,
                $"Order {order.No} is {order.Status}; only a published order has its delivery date confirmed."),
            _ when deliveryDate is null => new(nameof(PurchaseOrder.ConfirmedDeliveryDate), PurchasingErrors.Required, "The delivery date is required."),
            _ when deliveryDate < calendar.Today => new(nameof(PurchaseOrder.ConfirmedDeliveryDate), PurchasingErrors.DeliveryDateInPast,
                $"The delivery date {deliveryDate:yyyy-MM-dd} is in the past."),
            _ when deliveryDate > latest => new(nameof(PurchaseOrder.ConfirmedDeliveryDate), PurchasingErrors.DeliveryDateTooLate,
                $"The delivery date may be at most {ConfirmationGraceDays} days after the due date: {latest:yyyy-MM-dd} at the latest.",
                latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ConfirmationGraceDays),
            _ => null,
        };
        if (error is not null)
        {
            return [error];
        }

        order!.ConfirmedDeliveryDate = deliveryDate;
        order.ConfirmedUtc = calendar.UtcNow;
        order.ConfirmedBy = userName;
        order.Status = PurchaseOrderStatus.Confirmed;
        return await SaveAsync(db, order, cancellationToken);
    }

    /// <summary>缺货标记: the supplier announces it cannot deliver a line in full, with an optional note for the warehouse.</summary>
    public async Task<IReadOnlyList<ValidationError>> FlagShortAsync(
        SpdDbContext db, int supplierId, int orderId, long lineId, int expectedVersion, string? note, CancellationToken cancellationToken = default)
    {
        var (order, line, error) = await LineAsync(db, supplierId, orderId, lineId, expectedVersion, cancellationToken);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        error ??= line switch
        {
            { Short: true } => new(nameof(PurchaseOrderLine.Short), PurchasingErrors.AlreadyShort, "The line is flagged short already."),
            _ when PurchaseOrderLines.IsComplete(line!) => new(nameof(PurchaseOrderLine.Short), PurchasingErrors.LineComplete, "The line has been received in full."),
            _ when text is { Length: > ShortNoteMaxLength } => new(nameof(PurchaseOrderLine.ShortNote), PurchasingErrors.TooLong,
                $"The note is longer than {ShortNoteMaxLength} characters.", ShortNoteMaxLength),
            _ => null,
        };
        if (error is not null)
        {
            return [error];
        }

        line!.Short = true;
        line.ShortFlaggedUtc = calendar.UtcNow;
        line.ShortClearedUtc = null;
        line.ShortNote = text;
        return await SaveAsync(db, order!, cancellationToken);
    }

    /// <summary>
    /// The supplier withdraws its flag, e.g. the goods turned up after all. Only while nothing of the line
    /// has been received: after a partial receipt the flag also stands for the receipt's shortfall, and
    /// only the delivery that completes the line clears it (<see cref="PurchaseOrderLines.ClearShortIfComplete"/>).
    /// The flag's time stays and the clearing time is recorded, so the stock-out KPI still sees the announcement.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> WithdrawShortAsync(
        SpdDbContext db, int supplierId, int orderId, long lineId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var (order, line, error) = await LineAsync(db, supplierId, orderId, lineId, expectedVersion, cancellationToken);
        error ??= line switch
        {
            { Short: false } => new(nameof(PurchaseOrderLine.Short), PurchasingErrors.NotShort, "The line is not flagged short."),
            { ReceivedQuantity: > 0 } => new(nameof(PurchaseOrderLine.Short), PurchasingErrors.ShortAfterReceipt,
                "Part of the line has been received; the flag clears when the rest is received."),
            _ => null,
        };
        if (error is not null)
        {
            return [error];
        }

        line!.Short = false;
        line.ShortClearedUtc = calendar.UtcNow;
        return await SaveAsync(db, order!, cancellationToken);
    }

    private static SupplierOrderLine Line(PurchaseOrderLine line, int onTheWay) => new(
        line.Id, line.ItemId, line.Item!.Code, line.Item.Name, line.Item.Specification, line.Item.Model, line.Item.Unit, line.Item.RegistrationCertificateNo,
        line.Quantity, line.UnitPrice, line.DeliveredQuantity, line.ReceivedQuantity, onTheWay, PurchaseOrderLines.ToDeliver(line, onTheWay),
        line.Short, line.ShortFlaggedUtc, line.ShortClearedUtc, line.ShortNote);

    private static async Task<(PurchaseOrder? Order, PurchaseOrderLine? Line, ValidationError? Error)> LineAsync(
        SpdDbContext db, int supplierId, int orderId, long lineId, int expectedVersion, CancellationToken cancellationToken)
    {
        var order = await db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId && o.SupplierId == supplierId, cancellationToken);
        var line = order?.Lines.FirstOrDefault(l => l.Id == lineId);
        ValidationError? error = (order, line) switch
        {
            (null, _) => OrderNotFound(orderId),
            (_, null) => new("LineId", PurchasingErrors.UnknownOrderLine, $"Order {order.No} has no line {lineId}.", lineId),
            _ when order.Version != expectedVersion => Changed(),
            _ when !PurchaseOrderLines.IsOpen(order.Status) => new(nameof(PurchaseOrder.Status), PurchasingErrors.OrderNotOpen, $"Order {order.No} is {order.Status}."),
            _ => null,
        };
        return (order, line, error);
    }

    private async Task<IReadOnlyList<ValidationError>> SaveAsync(SpdDbContext db, PurchaseOrder order, CancellationToken cancellationToken)
    {
        order.ChangedUtc = calendar.UtcNow;
        order.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return [Changed()];
        }

        return [];
    }

    internal static ValidationError OrderNotFound(object order) =>
        new("PurchaseOrder", PurchasingErrors.NotFound, $"Purchase order {order} was not found.", order);

    internal static ValidationError Changed() =>
        new("Version", PurchasingErrors.ChangedMeanwhile, "Someone else changed this meanwhile; reload it and try again.");
}
