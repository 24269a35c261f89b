using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Purchasing;

public sealed record DeliveryNoteFilter(string? Search = null, DeliveryNoteStatus? Status = null, int? PurchaseOrderId = null);

public sealed record DeliveryNoteRow(
    int Id, string No, int PurchaseOrderId, string PurchaseOrderNo, DeliveryNoteStatus Status, DeliveryNoteSource Source, string? ExternalRef,
    DateOnly DeliveryDate, DateTime CreatedUtc, DateTime? SubmittedUtc, int LineCount, int TotalQuantity);

/// <summary>A line of a delivery note with the item's master fields (read-only for the supplier) and the warehouse's verdict.</summary>
public sealed record DeliveryNoteLineView(
    long Id, long OrderLineId, int ItemId, string ItemCode, string ItemName, string Specification, string? Model, string Unit, decimal UnitPrice,
    int Quantity, string LotNumber, DateOnly? ProductionDate, DateOnly ExpiryDate, string? RegistrationCertificateNo,
    int AcceptedQuantity, int RefusedQuantity);

public sealed record DeliveryNoteView(
    int Id, string No, int Version, int SupplierId, string SupplierCode, string SupplierName, int PurchaseOrderId, string PurchaseOrderNo,
    DeliveryNoteStatus Status, DeliveryNoteSource Source, string? ExternalRef, DateOnly DeliveryDate, string? Courier,
    DateTime CreatedUtc, DateTime? SubmittedUtc, string? SubmittedBy, IReadOnlyList<DeliveryNoteLineView> Lines)
{
    public bool IsDraft => Status == DeliveryNoteStatus.Draft;

    public int TotalQuantity => Lines.Sum(l => l.Quantity);
}

/// <summary>Reading delivery notes: a supplier only its own, drafts included; hospital staff every submitted one, never a supplier's draft.</summary>
public static class DeliveryNoteList
{
    public static readonly SortKeys<DeliveryNote> Sorts = SortKeys<DeliveryNote>.ThenBy(n => n.Id)
        .Add("createdUtc", n => n.CreatedUtc)
        .Add("no", n => n.No)
        .Add("deliveryDate", n => n.DeliveryDate)
        .Add("status", n => n.Status);

    /// <summary>The supplier's notes, newest first unless sorted otherwise; the search matches the note's, the order's or the ERP's number.</summary>
    public static Task<PagedResult<DeliveryNoteRow>> QueryAsync(
        SpdDbContext db, int supplierId, DeliveryNoteFilter filter, PageRequest page, string? sortBy = null, bool descending = false,
        CancellationToken cancellationToken = default)
    {
        var notes = db.DeliveryNotes.AsNoTracking().Where(n => n.SupplierId == supplierId);
        if (filter.Status is { } status)
        {
            notes = notes.Where(n => n.Status == status);
        }

        if (filter.PurchaseOrderId is { } orderId)
        {
            notes = notes.Where(n => n.PurchaseOrderId == orderId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            notes = notes.Where(n => n.No.Contains(text) || n.PurchaseOrder!.No.Contains(text) || (n.ExternalRef != null && n.ExternalRef.Contains(text)));
        }

        return notes
            .SortBy(Sorts, sortBy, sortBy is null || descending)
            .Select(n => new DeliveryNoteRow(
                n.Id, n.No, n.PurchaseOrderId, n.PurchaseOrder!.No, n.Status, n.Source, n.ExternalRef, n.DeliveryDate, n.CreatedUtc, n.SubmittedUtc,
                n.Lines.Count, n.Lines.Sum(l => (int?)l.Quantity) ?? 0))
            .ToPagedAsync(page, cancellationToken);
    }

    /// <param name="supplierId">The reading supplier; null for hospital staff, who do not see drafts.</param>
    public static Task<DeliveryNoteView?> FindAsync(SpdDbContext db, int? supplierId, int id, CancellationToken cancellationToken = default) =>
        FindAsync(db, supplierId, n => n.Id == id, cancellationToken);

    /// <param name="supplierId">The reading supplier; null for hospital staff, who do not see drafts.</param>
    public static Task<DeliveryNoteView?> FindByNoAsync(SpdDbContext db, int? supplierId, string no, CancellationToken cancellationToken = default) =>
        FindAsync(db, supplierId, n => n.No == no, cancellationToken);

    private static async Task<DeliveryNoteView?> FindAsync(
        SpdDbContext db, int? supplierId, Expression<Func<DeliveryNote, bool>> which, CancellationToken cancellationToken)
    {
        var notes = db.DeliveryNotes.AsNoTracking().Where(which);
        notes = supplierId is { } own ? notes.Where(n => n.SupplierId == own) : notes.Where(n => n.Status != DeliveryNoteStatus.Draft);
        var note = await notes
            .Include(n => n.Supplier)
            .Include(n => n.PurchaseOrder)
            .Include(n => n.Lines).ThenInclude(l => l.Item)
            .Include(n => n.Lines).ThenInclude(l => l.PurchaseOrderLine)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return note is null ? null : View(note);
    }

    private static DeliveryNoteView View(DeliveryNote note) => new(
        note.Id, note.No, note.Version, note.SupplierId, note.Supplier!.Code, note.Supplier.Name, note.PurchaseOrderId, note.PurchaseOrder!.No,
        note.Status, note.Source, note.ExternalRef, note.DeliveryDate, note.Courier, note.CreatedUtc, note.SubmittedUtc, note.SubmittedBy,
        [
            .. note.Lines.OrderBy(l => l.Id).Select(l => new DeliveryNoteLineView(
                l.Id, l.PurchaseOrderLineId, l.ItemId, l.Item!.Code, l.Item.Name, l.Item.Specification, l.Item.Model, l.Item.Unit, l.PurchaseOrderLine!.UnitPrice,
                l.Quantity, l.LotNumber, l.ProductionDate, l.ExpiryDate, l.RegistrationCertificateNo, l.AcceptedQuantity, l.RefusedQuantity)),
        ]);
}
