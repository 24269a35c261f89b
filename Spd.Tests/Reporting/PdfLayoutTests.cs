using System.Text.RegularExpressions;
using Spd.Reporting.Pdf;

namespace Spd.Tests.Reporting;

public sealed class PdfLayoutTests
{
    private static readonly PdfMetadata Metadata = new("测试文档", ReportingSamples.PrintedAt);

    [Fact]
    public void A_qr_code_is_drawn_square_module_for_module_as_QRCoder_encodes_it()
    {
        var pdf = PdfPages.Render(Metadata, new PdfPageSize(80, 80), 1, (_, painter) => painter.Qr(ReportingSamples.NoteNumber, 10, 10, 58));

        using var poppler = new PopplerPdf(pdf);
        ReportingSamples.AssertQr(poppler.Grey(1, 144), 144, 10, 10, 58, ReportingSamples.NoteNumber);
    }

    [Fact]
    public void A_table_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        var table = new PdfTable([new("品名", 3), new("说明", 2), new("数量", 1, PdfAlign.Right)]);
        for (var i = 1; i <= 80; i++)
        {
            table.Row($"一次性使用无菌注射器 {i}", $"A{i:D3}\nB{i:D3}\nC{i:D3}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.Totals("合计", "", "3240");
        var pdf = new PdfDocumentBuilder(Metadata, PdfPageSize.A4Portrait, PdfMargins.All(15)).Table(table).ToBytes();

        using var poppler = new PopplerPdf(pdf);
        Assert.True(poppler.PageCount >= 3);
        var rowsSeen = new List<string>();
        for (var page = 1; page <= poppler.PageCount; page++)
        {
            var text = poppler.PageText(page);
            Assert.Contains("品名", text);
            var firstLines = Regex.Matches(text, @"A(\d{3})").Select(m => m.Groups[1].Value).ToList();
            var lastLines = Regex.Matches(text, @"C(\d{3})").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(firstLines, lastLines);
            rowsSeen.AddRange(firstLines);
        }

        Assert.Equal(Enumerable.Range(1, 80).Select(i => i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), rowsSeen);
        Assert.Contains("3240", poppler.PageText(poppler.PageCount));
    }

    [Fact]
    public void The_footer_numbers_each_page_out_of_the_page_count()
    {
        var builder = new PdfDocumentBuilder(Metadata, PdfPageSize.A4Portrait, PdfMargins.All(15))
            .Footer(new PdfFooter((page, pages) => $"第 {page} 页 / 共 {pages} 页"));
        for (var i = 0; i < 150; i++)
        {
            builder.Paragraph($"第 {i} 段：耗材入库验收记录。");
        }

        using var poppler = new PopplerPdf(builder.ToBytes());
        var pages = poppler.PageCount;
        Assert.True(pages >= 3);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"第{page}页/共{pages}页", PopplerPdf.WithoutSpaces(poppler.PageText(page)));
        }
    }

    [Fact]
    public void The_document_carries_its_title_the_creator_Spd_and_the_given_creation_time()
    {
        var pdf = new PdfDocumentBuilder(Metadata, PdfPageSize.A4Portrait, PdfMargins.All(15)).Paragraph("内容").ToBytes();

        using var poppler = new PopplerPdf(pdf);
        var info = poppler.Info();
        Assert.Equal("测试文档", info["Title"]);
        Assert.Equal("Spd", info["Creator"]);
        Assert.Equal("2026-11-22T01:30:00Z", info["CreationDate"]);
    }

    [Fact]
    public void Chinese_is_set_in_Noto_Sans_CJK_SC_and_the_glyphs_are_embedded()
    {
        var pdf = new PdfDocumentBuilder(Metadata, PdfPageSize.A4Portrait, PdfMargins.All(15)).Paragraph("配送单 Delivery").ToBytes();

        Assert.Equal("Noto Sans CJK SC", PdfFonts.Regular.FamilyName);
        Assert.Equal("Noto Sans CJK SC", PdfFonts.Bold.FamilyName);
        Assert.True(PdfFonts.Regular.ContainsGlyphs("配送单Φ×℃"));
        using var poppler = new PopplerPdf(pdf);
        var fonts = poppler.Fonts().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Matches(@"\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$", font));
    }

    [Fact]
    public void Copied_text_keeps_ideographs_that_share_a_glyph_with_a_radical()
    {
        const string text = "骨科 心内科 一次性 长门 金属 手术";
        var pdf = new PdfDocumentBuilder(Metadata, PdfPageSize.A4Portrait, PdfMargins.All(15)).Paragraph(text).ToBytes();

        using var poppler = new PopplerPdf(pdf);
        Assert.Contains(text, poppler.Text());
    }

    [Fact]
    public void Lines_break_between_chinese_characters_at_spaces_never_before_a_comma_and_inside_a_word_only_when_it_is_too_long()
    {
        using var fonts = new PdfFontSet();
        var style = new PdfTextStyle(10);
        float Width(string text) => fonts.WidthMm(text, style);

        Assert.Equal(["可吸收性外科缝线", "Vicryl Plus"], fonts.Wrap("可吸收性外科缝线 Vicryl Plus", style, Width("可吸收性外科缝线 Vicryl") - 0.1f));
        Assert.Equal(["骨科内固定钢板（锁定加", "压型）"], fonts.Wrap("骨科内固定钢板（锁定加压型）", style, Width("骨科内固定钢板（锁定加") + 0.1f));
        Assert.Equal(["材", "料，", "钢板"], fonts.Wrap("材料，钢板", style, Width("材料") + 0.1f));
        Assert.All(fonts.Wrap("国械注准20173461234567890", style, Width("国械注准2017")), line => Assert.True(Width(line) <= Width("国械注准2017")));
        Assert.Equal(["第一行", "第二行"], fonts.Wrap("第一行\n第二行", style, 100));
    }

    [Fact]
    public void Text_cut_to_a_number_of_lines_ends_in_an_ellipsis_that_fits()
    {
        using var fonts = new PdfFontSet();
        var style = new PdfTextStyle(10);
        var width = fonts.WidthMm("心脏支架系统", style);

        var lines = fonts.Wrap("心脏支架系统雷帕霉素洗脱钴基合金冠状动脉支架", style, width, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1]);
        Assert.True(fonts.WidthMm(lines[1], style) <= width);
    }

    [Fact]
    public void A_table_row_must_have_one_cell_per_column() =>
        Assert.Throws<ArgumentException>(() => new PdfTable([new("品名", 1), new("数量", 1)]).Row("注射器"));
}
