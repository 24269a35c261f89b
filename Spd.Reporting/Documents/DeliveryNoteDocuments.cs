using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Reporting.Documents;

/// <summary>The printable delivery note of a submitted note, as the supplier prints it to travel with the goods.</summary>
public static class DeliveryNoteDocuments
{
    /// <returns>Null when there is no such note for the reader (another supplier's, or a draft).</returns>
    public static async Task<byte[]?> PdfAsync(
        SpdDbContext db, int? supplierId, string noteNo, string hospitalName, DocumentText text, DateTimeOffset printedAt, CancellationToken ct = default)
    {
        var note = await DeliveryNoteList.FindByNoAsync(db, supplierId, noteNo, ct);
        if (note is null || note.IsDraft)
        {
            return null;
        }

        var warehouse = await db.PurchaseOrders.Where(o => o.Id == note.PurchaseOrderId).Select(o => o.Warehouse!.Name).FirstAsync(ct);
        var document = new DeliveryNoteDocument(
            hospitalName, note.No, note.SupplierName, [note.PurchaseOrderNo], note.DeliveryDate, warehouse, note.Courier ?? "",
            [.. note.Lines.Select(l => new DeliveryNoteLine(
                l.ItemCode, l.ItemName, l.Specification, l.Model, l.Unit, l.Quantity, l.LotNumber, l.ProductionDate, l.ExpiryDate,
                l.RegistrationCertificateNo, l.UnitPrice))],
            printedAt);
        return DeliveryNotePdf.Render(document, text);
    }
}
