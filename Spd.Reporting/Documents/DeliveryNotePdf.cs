using System.Globalization;
using Spd.Reporting.Pdf;

namespace Spd.Reporting.Documents;

/// <summary>
/// What a delivery note (配送单, the 随货同行单 that travels with the goods) prints. Plain data, so that the
/// purchasing domain maps to it and the document knows nothing of entities. <paramref name="PrintedAt"/>
/// is the caller's clock: it goes into the footer and the PDF's creation date.
/// </summary>
public sealed record DeliveryNoteDocument(
    string HospitalName,
    string NoteNumber,
    string SupplierName,
    IReadOnlyList<string> PurchaseOrderNumbers,
    DateOnly DeliveryDate,
    string WarehouseName,
    string Contact,
    IReadOnlyList<DeliveryNoteLine> Lines,
    DateTimeOffset PrintedAt);

public sealed record DeliveryNoteLine(
    string ItemCode,
    string ItemName,
    string Specification,
    string? Model,
    string Unit,
    decimal Quantity,
    string? Lot,
    DateOnly? ProductionDate,
    DateOnly? ExpiryDate,
    string? RegistrationNumber,
    decimal UnitPrice)
{
    /// <summary>Quantity × unit price, rounded to the fen.</summary>
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The delivery note on A4 landscape: the hospital, the title and a QR code holding exactly the note
/// number (scanned at receiving to open the note), the delivery facts, one table row per line with
/// totals of quantity and amount, and the lines the deliverer and the inspector sign.
/// </summary>
public static class DeliveryNotePdf
{
    internal static readonly PdfPageSize Page = PdfPageSize.A4Landscape;
    internal static readonly PdfMargins Margins = PdfMargins.All(10);

    public static byte[] Render(DeliveryNoteDocument note, DocumentText text)
    {
        var table = new PdfTable(
        [
            new(text.LineNumber, 3, PdfAlign.Right),
            new(text.ItemCode, 8),
            new(text.ItemName, 16),
            new(text.Specification, 12),
            new(text.Model, 7),
            new(text.Unit, 4),
            new(text.Quantity, 5.5f, PdfAlign.Right),
            new(text.Lot, 7.5f),
            new(text.ProductionDate, 7),
            new(text.ExpiryDate, 7),
            new(text.RegistrationNumber, 11.5f),
            new(text.UnitPrice, 6.5f, PdfAlign.Right),
            new(text.Amount, 7.5f, PdfAlign.Right),
        ]);
        for (var i = 0; i < note.Lines.Count; i++)
        {
            var line = note.Lines[i];
            table.Row(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                line.ItemCode,
                line.ItemName,
                line.Specification,
                line.Model ?? "",
                line.Unit,
                DocumentFormat.Quantity(line.Quantity),
                line.Lot ?? "",
                DocumentFormat.Date(line.ProductionDate),
                DocumentFormat.Date(line.ExpiryDate),
                line.RegistrationNumber ?? "",
                DocumentFormat.Price(line.UnitPrice),
                DocumentFormat.Money(line.Amount));
        }

        table.Totals(
            "", text.Total, "", "", "", "",
            DocumentFormat.Quantity(note.Lines.Sum(l => l.Quantity)),
            "", "", "", "", "",
            DocumentFormat.Money(note.Lines.Sum(l => l.Amount)));

        var printedAt = $"{text.PrintedAt} {DocumentFormat.Time(note.PrintedAt)}";
        return new PdfDocumentBuilder(
                new PdfMetadata($"{text.DeliveryNoteTitle} {note.NoteNumber}", note.PrintedAt) { Subject = note.HospitalName },
                Page,
                Margins)
            .Header(new PdfHeader(note.HospitalName) { Subtitle = text.DeliveryNoteTitle, QrText = note.NoteNumber, QrCaption = note.NoteNumber })
            .Footer(new PdfFooter((page, pages) => DocumentFormat.Format(text.PageOfPages, page, pages)) { Note = printedAt })
            .KeyValues(
            [
                new(text.NoteNumber, note.NoteNumber),
                new(text.Supplier, note.SupplierName),
                new(text.DeliveryDate, DocumentFormat.Date(note.DeliveryDate)),
                new(text.PurchaseOrders, string.Join(", ", note.PurchaseOrderNumbers)),
                new(text.Warehouse, note.WarehouseName),
                new(text.Contact, note.Contact),
            ], columns: 3)
            .Table(table)
            .Signatures([text.Deliverer, text.Inspector, text.SignedOn])
            .ToBytes();
    }
}
