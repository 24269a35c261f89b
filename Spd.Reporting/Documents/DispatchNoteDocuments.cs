using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Dispatching;
using Spd.Domain.Persistence;

namespace Spd.Reporting.Documents;

/// <summary>The printable dispatch note of a dispatch that is not cancelled.</summary>
public static class DispatchNoteDocuments
{
    /// <param name="departmentId">The only department whose notes the reader may print; null for any.</param>
    /// <returns>Null when there is no such note for the reader.</returns>
    public static async Task<byte[]?> PdfAsync(
        SpdDbContext db, string noteNo, int? departmentId, string hospitalName, DocumentText text, BusinessCalendar calendar, CancellationToken ct = default)
    {
        var view = await DispatchList.DispatchAsync(db, noteNo, departmentId, ct);
        if (view is null || view.Header.Status == DispatchStatus.Cancelled)
        {
            return null;
        }

        var header = view.Header;
        // The receiver is whoever signed for it, or until then the keeper who asked for it.
        var receiver = header.ReceivedBy ?? header.RequestedBy;
        var receiverName = await db.Users.Where(u => u.UserName == receiver).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? receiver;
        DateTimeOffset Local(DateTime utc) => new(calendar.ToLocal(utc), calendar.Zone.GetUtcOffset(utc));
        var document = new DispatchNoteDocument(
            hospitalName, header.No, header.DispatchedUtc is { } dispatched ? Local(dispatched) : null, header.Courier ?? "", header.DepartmentName,
            header.ToWarehouseName, header.FromWarehouseName, receiverName, header.RequisitionNo, header.BoxCode ?? "", Local(header.DueUtc),
            [.. view.Lines.Select(l => new DispatchNoteLine(
                l.ItemCode, l.ItemName, l.Specification, l.Unit, l.LotNumber, l.ExpiryDate, l.UnitCode, l.Quantity, l.UnitCost, l.SubstitutedItemName))],
            Local(calendar.UtcNow));
        return DispatchNotePdf.Render(document, text);
    }
}
