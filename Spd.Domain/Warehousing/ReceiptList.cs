using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Domain.Warehousing;

/// <summary>One receipt in the list; <see cref="ReceivingTime"/> runs from the first scan to the last put-away (or now while open).</summary>
public sealed record ReceiptRow(
    int Id, string No, string NoteNo, string SupplierName, string WarehouseName, ReceiptStatus Status, DateTime StartedUtc, DateTime? CompletedUtc,
    int Lines, int RefusedLines)
{
    public TimeSpan ReceivingTime(DateTime nowUtc) => (CompletedUtc ?? nowUtc) - StartedUtc;
}

/// <summary>A submitted delivery note nobody has scanned yet.</summary>
public sealed record WaitingNoteRow(int Id, string No, string SupplierName, string OrderNo, string WarehouseName, DateOnly DeliveryDate, string? Courier, int Lines);

public static class ReceiptList
{
    public static readonly SortKeys<Receipt> Sorts = SortKeys<Receipt>.ThenBy(r => r.Id)
        .Add("startedUtc", r => r.StartedUtc)
        .Add("no", r => r.No)
        .Add("status", r => r.Status);

    /// <summary>Receipts, newest first unless sorted otherwise.</summary>
    public static Task<PagedResult<ReceiptRow>> QueryAsync(
        SpdDbContext db, ReceiptStatus? status, string? search, PageRequest page, string? sortBy = null, bool descending = true, CancellationToken ct = default)
    {
        var receipts = db.Receipts.AsNoTracking();
        if (status is { } wanted)
        {
            receipts = receipts.Where(r => r.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            receipts = receipts.Where(r => r.No.Contains(text) || r.DeliveryNote!.No.Contains(text) || r.DeliveryNote.Supplier!.Name.Contains(text));
        }

        return receipts
            .SortBy(Sorts, sortBy, descending)
            .Select(r => new ReceiptRow(
                r.Id, r.No, r.DeliveryNote!.No, r.DeliveryNote.Supplier!.Name, r.Warehouse!.Name, r.Status, r.StartedUtc, r.CompletedUtc,
                r.DeliveryNote.Lines.Count, r.Lines.Count(l => l.RefusedQuantity > 0)))
            .ToPagedAsync(page, ct);
    }

    /// <summary>Submitted delivery notes not yet scanned, by delivery date.</summary>
    public static async Task<IReadOnlyList<WaitingNoteRow>> WaitingNotesAsync(SpdDbContext db, CancellationToken ct = default) =>
        await db.DeliveryNotes.AsNoTracking()
            .Where(n => n.Status == DeliveryNoteStatus.Submitted)
            .OrderBy(n => n.DeliveryDate).ThenBy(n => n.No)
            .Select(n => new WaitingNoteRow(n.Id, n.No, n.Supplier!.Name, n.PurchaseOrder!.No, n.PurchaseOrder.Warehouse!.Name, n.DeliveryDate, n.Courier, n.Lines.Count))
            .ToListAsync(ct);
}
