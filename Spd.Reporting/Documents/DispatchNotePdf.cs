using System.Globalization;
using Spd.Reporting.Pdf;

namespace Spd.Reporting.Documents;

/// <summary>
/// What a dispatch note (出库单) to a department prints; times are in the hospital's time zone. Plain data, so that
/// the dispatching domain maps to it and the document knows nothing of entities.
/// </summary>
public sealed record DispatchNoteDocument(
    string HospitalName,
    string NoteNumber,
    DateTimeOffset? DispatchedAt,
    string Courier,
    string DepartmentName,
    string WarehouseName,
    string FromWarehouseName,
    string Receiver,
    string RequisitionNumber,
    string BoxCode,
    DateTimeOffset DueAt,
    IReadOnlyList<DispatchNoteLine> Lines,
    DateTimeOffset PrintedAt);

/// <param name="Code">The piece or pack label (一物一码) when the line is coded.</param>
/// <param name="SubstituteFor">The requisitioned item's name when this line is dispatched in its place.</param>
public sealed record DispatchNoteLine(
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    string Lot,
    DateOnly? ExpiryDate,
    string? Code,
    decimal Quantity,
    decimal UnitPrice,
    string? SubstituteFor)
{
    public decimal Amount => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The dispatch note in three copies (三联), each on its own A4 landscape page with its copy label: the warehouse's
/// stub, the department's copy, and the receipt copy the department signs and sends back (签收单返回). Every page
/// carries the hospital, the title and a QR code holding exactly the note number (scanned at the department's
/// receipt and when the signed copy comes back), the dispatch facts, the lines with lot, expiry, quantity and
/// price, the totals and the signature lines.
/// </summary>
public static class DispatchNotePdf
{
    internal static readonly PdfPageSize Page = PdfPageSize.A4Landscape;
    internal static readonly PdfMargins Margins = PdfMargins.All(10);

    private static readonly PdfTextStyle CopyStyle = new(10, Bold: true);

    public static byte[] Render(DispatchNoteDocument note, DocumentText text)
    {
        var builder = new PdfDocumentBuilder(
                new PdfMetadata($"{text.DispatchNoteTitle} {note.NoteNumber}", note.PrintedAt) { Subject = note.HospitalName },
                Page,
                Margins)
            .Header(new PdfHeader(note.HospitalName) { Subtitle = text.DispatchNoteTitle, QrText = note.NoteNumber, QrCaption = note.NoteNumber })
            .Footer(new PdfFooter((page, pages) => DocumentFormat.Format(text.PageOfPages, page, pages)) { Note = $"{text.PrintedAt} {DocumentFormat.Time(note.PrintedAt)}" });
        for (var copy = 0; copy < text.DispatchNoteCopies.Count; copy++)
        {
            if (copy > 0)
            {
                builder.PageBreak();
            }

            builder.Paragraph(text.DispatchNoteCopies[copy], CopyStyle, PdfAlign.Right)
                .KeyValues(
                [
                    new(text.NoteNumber, note.NoteNumber),
                    new(text.DispatchedAt, note.DispatchedAt is { } at ? DocumentFormat.Time(at) : ""),
                    new(text.Deliverer, note.Courier),
                    new(text.ReceivingDepartment, note.DepartmentName),
                    new(text.Warehouse, note.WarehouseName),
                    new(text.Receiver, note.Receiver),
                    new(text.RequisitionNumber, note.RequisitionNumber),
                    new(text.FromWarehouse, note.FromWarehouseName),
                    new(text.BoxCode, note.BoxCode),
                    new(text.DueBy, DocumentFormat.Time(note.DueAt)),
                ], columns: 3)
                .Table(Table(note, text))
                .Signatures([text.Issuer, text.Deliverer, text.Signer, text.SignedOn]);
        }

        return builder.ToBytes();
    }

    private static PdfTable Table(DispatchNoteDocument note, DocumentText text)
    {
        var table = new PdfTable(
        [
            new(text.LineNumber, 3, PdfAlign.Right),
            new(text.ItemCode, 8),
            new(text.ItemName, 18),
            new(text.Specification, 12),
            new(text.Unit, 4),
            new(text.Lot, 8),
            new(text.ExpiryDate, 7.5f),
            new(text.UnitCode, 9.5f),
            new(text.Quantity, 5.5f, PdfAlign.Right),
            new(text.UnitPrice, 7, PdfAlign.Right),
            new(text.Amount, 8, PdfAlign.Right),
        ]);
        for (var i = 0; i < note.Lines.Count; i++)
        {
            var line = note.Lines[i];
            table.Row(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                line.ItemCode,
                line.SubstituteFor is null ? line.ItemName : line.ItemName + DocumentFormat.Format(text.SubstituteFor, line.SubstituteFor),
                line.Specification,
                line.Unit,
                line.Lot,
                DocumentFormat.Date(line.ExpiryDate),
                line.Code ?? "",
                DocumentFormat.Quantity(line.Quantity),
                DocumentFormat.Price(line.UnitPrice),
                DocumentFormat.Money(line.Amount));
        }

        return table.Totals(
            "", text.Total, "", "", "", "", "", "",
            DocumentFormat.Quantity(note.Lines.Sum(l => l.Quantity)),
            "",
            DocumentFormat.Money(note.Lines.Sum(l => l.Amount)));
    }
}
