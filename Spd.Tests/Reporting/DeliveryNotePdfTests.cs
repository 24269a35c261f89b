using Spd.Reporting.Documents;
using Spd.Reporting.Pdf;

namespace Spd.Tests.Reporting;

public sealed class DeliveryNotePdfTests
{
    [Fact]
    public void A_120_line_note_runs_over_several_pages_each_with_the_table_header_and_the_note_number_and_signs_off_after_the_totals()
    {
        using var poppler = new PopplerPdf(DeliveryNotePdf.Render(ReportingSamples.DeliveryNote(120), DocumentText.Chinese));

        var pages = poppler.PageCount;
        Assert.InRange(pages, 3, 12);
        for (var page = 1; page <= pages; page++)
        {
            var text = poppler.PageText(page);
            Assert.Contains("注册证号", text);
            Assert.Contains("有效期至", text);
            Assert.Contains(ReportingSamples.NoteNumber, text);
            Assert.Contains($"第{page}页/共{pages}页", PopplerPdf.WithoutSpaces(text));
        }

        Assert.Contains("WZ000120", poppler.Text());
        Assert.Contains("合计", poppler.PageText(pages));
        Assert.Contains("送货人", poppler.PageText(pages));
    }

    [Fact]
    public void The_note_prints_the_hospital_the_delivery_facts_every_line_and_the_totals_in_chinese()
    {
        var note = ReportingSamples.DeliveryNote(12);

        using var poppler = new PopplerPdf(DeliveryNotePdf.Render(note, DocumentText.Chinese));

        var text = poppler.Text();
        foreach (var expected in new[]
        {
            "北京骨科医院", "配送单", "国药控股北京有限公司", "PO202611200003, PO202611200007", "2026-11-22", "中心库房（耗材一库）",
            "张三 138 0000 1234", "骨科内固定钢板", "国械注准20173461234", "L20260012", "2028-01-04", "合计", "送货人", "验收人",
            "打印时间 2026-11-22 09:30",
        })
        {
            Assert.Contains(expected, text);
        }

        Assert.All(note.Lines, line => Assert.Contains(line.ItemCode, text));
        Assert.Contains("78", text);
        Assert.Contains("975.00", text);
        Assert.Equal($"配送单 {ReportingSamples.NoteNumber}", poppler.Info()["Title"]);
    }

    [Fact]
    public void The_qr_code_at_the_top_right_holds_exactly_the_note_number()
    {
        using var poppler = new PopplerPdf(DeliveryNotePdf.Render(ReportingSamples.DeliveryNote(3), DocumentText.Chinese));

        var margins = DeliveryNotePdf.Margins;
        ReportingSamples.AssertQr(
            poppler.Grey(1, 200),
            200,
            DeliveryNotePdf.Page.WidthMm - margins.RightMm - PdfDocumentBuilder.QrSizeMm,
            margins.TopMm,
            PdfDocumentBuilder.QrSizeMm,
            ReportingSamples.NoteNumber);
    }

    [Fact]
    public void The_english_text_replaces_every_chinese_label()
    {
        using var poppler = new PopplerPdf(DeliveryNotePdf.Render(ReportingSamples.DeliveryNote(3), DocumentText.English));

        var text = poppler.Text();
        foreach (var expected in new[] { "Delivery note", "Registration no.", "Unit price", "Total", "Delivered by", "Received by", "Page 1 of 1" })
        {
            Assert.Contains(expected, text);
        }

        foreach (var label in new[] { "配送单", "注册证号", "合计", "送货人", "第 1 页" })
        {
            Assert.DoesNotContain(label, text);
        }
    }

    [Fact]
    public void A_line_amount_is_quantity_times_unit_price_rounded_to_the_fen() =>
        Assert.Equal(1.00m, (ReportingSamples.Line(1) with { Quantity = 3, UnitPrice = 0.3333m }).Amount);
}
