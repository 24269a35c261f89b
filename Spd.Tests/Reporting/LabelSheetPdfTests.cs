using Spd.Reporting.Documents;

namespace Spd.Tests.Reporting;

public sealed class LabelSheetPdfTests
{
    [Fact]
    public void Twenty_six_labels_fill_a_sheet_of_24_and_start_a_second()
    {
        using var poppler = new PopplerPdf(LabelSheetPdf.Render(ReportingSamples.Labels(26), new LabelSheetLayout()));

        Assert.Equal(2, poppler.PageCount);
        var second = poppler.PageText(2);
        Assert.Contains("SU0000000025", second);
        Assert.Contains("SU0000000026", second);
        Assert.DoesNotContain("SU0000000024", second);
    }

    [Fact]
    public void A_label_shows_code_name_specification_lot_expiry_pack_and_epc()
    {
        var label = ReportingSamples.Labels(6)[5];

        using var poppler = new PopplerPdf(LabelSheetPdf.Render([label], new LabelSheetLayout()));

        var text = poppler.Text();
        foreach (var expected in new[] { "SU0000000006", "骨科内固定钢板", "Φ3.5mm×24mm", "批号", "L20260006", "有效期至", "2028-01-04", "心内科 · 20 支", label.Epc! })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void A_long_item_name_is_cut_to_two_lines_ending_in_an_ellipsis()
    {
        var label = ReportingSamples.Labels(1)[0] with { ItemName = "心脏支架系统 Firebird2 雷帕霉素洗脱钴基合金冠状动脉支架 输送系统 快速交换型 长度规格齐全" };

        using var poppler = new PopplerPdf(LabelSheetPdf.Render([label], new LabelSheetLayout()));

        var text = poppler.Text();
        Assert.Contains("…", text);
        Assert.DoesNotContain("长度规格齐全", text);
    }

    [Fact]
    public void Each_qr_code_holds_its_label_code()
    {
        var labels = ReportingSamples.Labels(5);
        var layout = new LabelSheetLayout();

        using var poppler = new PopplerPdf(LabelSheetPdf.Render(labels, layout));

        var grey = poppler.Grey(1, 200);
        for (var position = 0; position < labels.Count; position++)
        {
            var (x, y, size) = LabelSheetPdf.QrBox(layout, position);
            ReportingSamples.AssertQr(grey, 200, x, y, size, labels[position].Code);
        }
    }

    [Fact]
    public void A_layout_whose_labels_do_not_fit_the_page_is_refused() =>
        Assert.Throws<ArgumentException>(() => LabelSheetPdf.Render(ReportingSamples.Labels(1), new LabelSheetLayout { Rows = 9 }));
}
