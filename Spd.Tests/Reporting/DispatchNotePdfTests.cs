using Spd.Reporting.Documents;
using Spd.Reporting.Pdf;

namespace Spd.Tests.Reporting;

public sealed class DispatchNotePdfTests
{
    private const string NoteNumber = "CK202611220003";

    public static DispatchNoteDocument Sample(int lines) => new(
        "北京骨科医院", NoteNumber, new DateTimeOffset(2026, 11, 22, 10, 40, 0, TimeSpan.FromHours(8)), "王师傅", "关节外科", "关节外科二级库", "中心库房（耗材一库）",
        "关节外科护士长 刘芳", "SL202611220001", "BOX-07", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)),
        [.. Enumerable.Range(1, lines).Select(i => new DispatchNoteLine(
            $"WZ{i:000000}", i == 2 ? "一次性使用无菌注射器（新）" : "中心静脉导管", "双腔 7Fr", "支", $"L2026{i:0000}", new DateOnly(2028, 1, 4),
            i % 2 == 1 ? $"SU{i:000000000}0" : null, i % 2 == 1 ? 1 : 20, 260m, i == 2 ? "一次性使用无菌注射器" : null))],
        new DateTimeOffset(2026, 11, 22, 10, 35, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void The_note_prints_three_copies_each_with_its_label_the_dispatch_facts_the_lines_and_the_signatures()
    {
        using var poppler = new PopplerPdf(DispatchNotePdf.Render(Sample(4), DocumentText.Chinese));

        Assert.Equal(3, poppler.PageCount);
        string[] copies = ["第一联", "第二联", "第三联"];
        for (var page = 1; page <= 3; page++)
        {
            var text = poppler.PageText(page);
            Assert.Contains(copies[page - 1], text);
            foreach (var expected in new[]
            {
                "北京骨科医院", "出库单", NoteNumber, "2026-11-22 10:40", "王师傅", "关节外科二级库", "关节外科护士长 刘芳", "SL202611220001", "BOX-07",
                "2026-11-23 10:00", "L20260003", "2028-01-04", "SU0000000010", "替代", "合计", "42", "发货人", "送货人", "签收人",
            })
            {
                Assert.Contains(expected, text);
            }

            Assert.Contains($"第{page}页/共3页", PopplerPdf.WithoutSpaces(text));
        }

        Assert.Equal($"出库单 {NoteNumber}", poppler.Info()["Title"]);
    }

    [Fact]
    public void The_qr_code_of_each_copy_holds_exactly_the_note_number()
    {
        using var poppler = new PopplerPdf(DispatchNotePdf.Render(Sample(2), DocumentText.Chinese));

        var margins = DispatchNotePdf.Margins;
        foreach (var page in new[] { 1, 3 })
        {
            ReportingSamples.AssertQr(poppler.Grey(page, 200), 200, DispatchNotePdf.Page.WidthMm - margins.RightMm - PdfDocumentBuilder.QrSizeMm, margins.TopMm,
                PdfDocumentBuilder.QrSizeMm, NoteNumber);
        }
    }

    [Fact]
    public void The_english_text_replaces_every_chinese_label()
    {
        using var poppler = new PopplerPdf(DispatchNotePdf.Render(Sample(2), DocumentText.English));

        var text = poppler.Text();
        foreach (var expected in new[] { "Dispatch note", "Copy 1 of 3", "Copy 3 of 3", "Signed for by", "instead", "Due by", "Page 2 of 3" })
        {
            Assert.Contains(expected, text);
        }

        foreach (var label in new[] { "出库单", "第一联", "签收人", "合计" })
        {
            Assert.DoesNotContain(label, text);
        }
    }
}
