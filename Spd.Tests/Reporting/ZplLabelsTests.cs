using System.Text.RegularExpressions;
using Spd.Reporting.Documents;

namespace Spd.Tests.Reporting;

public sealed class ZplLabelsTests
{
    private static IReadOnlyList<string> Blocks(string zpl) => [.. Regex.Matches(zpl, @"\^XA.*?\^XZ", RegexOptions.Singleline).Select(m => m.Value)];

    [Fact]
    public void Each_label_is_one_XA_XZ_format_in_utf8_with_the_code_as_a_qr_code_and_as_text()
    {
        var labels = ReportingSamples.Labels(4);

        var zpl = ZplLabels.Render(labels, new ZplLayout());

        var blocks = Blocks(zpl);
        Assert.Equal(4, blocks.Count);
        Assert.Equal(4, Regex.Matches(zpl, @"\^XA").Count);
        Assert.Equal(4, Regex.Matches(zpl, @"\^XZ").Count);
        for (var i = 0; i < labels.Count; i++)
        {
            Assert.StartsWith("^XA\n^CI28\n^PW480\n^LL320\n", blocks[i]);
            Assert.Contains($"^BQN,2,5^FH^FDMA,{labels[i].Code}^FS", blocks[i]);
            Assert.Contains($"^A0N,21,21^FH^FD{labels[i].Code}^FS", blocks[i]);
            Assert.Contains($"^FH^FD批号 {labels[i].Lot}^FS", blocks[i]);
        }
    }

    [Fact]
    public void Carets_tildes_and_underscores_in_field_data_are_sent_as_hex_escapes()
    {
        var label = ReportingSamples.Labels(1)[0] with { ItemName = "钢板^FS~JA_型", Specification = "Φ3.5^XZ" };

        var zpl = ZplLabels.Render([label], new ZplLayout());

        Assert.Contains("^FH^FD钢板_5EFS_7EJA_5F型^FS", zpl);
        Assert.Contains("^FH^FDΦ3.5_5EXZ^FS", zpl);
        Assert.Single(Blocks(zpl));
        Assert.DoesNotContain("~", zpl);
    }

    [Fact]
    public void Only_a_label_with_an_epc_writes_its_rfid_tag()
    {
        var labels = ReportingSamples.Labels(3);

        var blocks = Blocks(ZplLabels.Render(labels, new ZplLayout()));

        Assert.DoesNotContain("^RF", blocks[0]);
        Assert.DoesNotContain("^RF", blocks[1]);
        Assert.Contains($"^RFW,H^FD{labels[2].Epc}^FS", blocks[2]);
    }

    [Fact]
    public void Chinese_text_uses_the_configured_printer_font_and_a_long_name_is_cut_to_two_lines()
    {
        var label = ReportingSamples.Labels(1)[0] with { ItemName = "心脏支架系统雷帕霉素洗脱钴基合金冠状动脉支架输送系统快速交换型" };

        var zpl = ZplLabels.Render([label], new ZplLayout { FontName = "E:MSUNG.TTF" });

        var nameLines = Regex.Matches(zpl, @"\^A@N,26,26,E:MSUNG\.TTF\^FH\^FD([^\^]*)\^FS").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, nameLines.Count);
        Assert.StartsWith("心脏支架系统", nameLines[0]);
        Assert.EndsWith("…", nameLines[1]);
        Assert.DoesNotContain("E:SIMSUN.TTF", zpl);
    }

    [Fact]
    public void The_data_matrix_layout_encodes_the_code_with_BX()
    {
        var zpl = ZplLabels.Render(ReportingSamples.Labels(1), new ZplLayout { Symbology = ZplSymbology.DataMatrix });

        Assert.Contains("^BXN,5,200^FH^FDSU0000000001^FS", zpl);
        Assert.DoesNotContain("^BQ", zpl);
    }

    [Fact]
    public void An_epc_that_is_not_whole_words_of_hex_is_refused() =>
        Assert.Throws<ArgumentException>(() => ZplLabels.Render([ReportingSamples.Labels(1)[0] with { Epc = "3034-XYZ" }], new ZplLayout()));
}
