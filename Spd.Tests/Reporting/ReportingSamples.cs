using Spd.Reporting.Documents;
using Spd.Reporting.Pdf;

namespace Spd.Tests.Reporting;

/// <summary>Delivery notes and labels as the purchasing and warehouse areas will hand them over.</summary>
internal static class ReportingSamples
{
    public const string NoteNumber = "DN202611220001";

    public static readonly DateTimeOffset PrintedAt = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly string[] Names =
    [
        "一次性使用无菌注射器 带针",
        "骨科内固定钢板（锁定加压型）",
        "可吸收性外科缝线 Vicryl Plus 抗菌涂层",
        "心脏支架系统 Firebird2 雷帕霉素洗脱钴基合金冠状动脉支架",
        "医用外科口罩",
    ];

    public static DeliveryNoteDocument DeliveryNote(int lines) => new(
        "北京骨科医院",
        NoteNumber,
        "国药控股北京有限公司",
        ["PO202611200003", "PO202611200007"],
        new DateOnly(2026, 11, 22),
        "中心库房（耗材一库）",
        "张三 138 0000 1234",
        [.. Enumerable.Range(1, lines).Select(Line)],
        PrintedAt);

    public static DeliveryNoteLine Line(int number) => new(
        $"WZ{number:D6}",
        Names[number % Names.Length],
        number % 3 == 0 ? "Φ3.5mm×24mm 锁定 12孔" : "5ml",
        number % 4 == 0 ? "LCP-3.5" : null,
        number % 2 == 0 ? "支" : "盒",
        number,
        $"L2026{number:D4}",
        new DateOnly(2026, 1, 5),
        new DateOnly(2028, 1, 4),
        "国械注准20173461234",
        12.5m);

    public static IReadOnlyList<LabelData> Labels(int count) =>
    [
        .. Enumerable.Range(1, count).Select(number => new LabelData(
            $"SU{number:D10}",
            Names[number % Names.Length],
            number % 3 == 0 ? "Φ3.5mm×24mm" : "5ml 带针",
            $"L2026{number:D4}",
            new DateOnly(2028, 1, 4))
        {
            DepartmentName = number % 2 == 0 ? "心内科" : null,
            PackQuantity = number % 2 == 0 ? 20 : null,
            Unit = "支",
            Epc = number % 3 == 0 ? $"3034257BF7194E40{number:X8}" : null,
        }),
    ];

    /// <summary>
    /// Checks a rendered QR code module by module against QRCoder's matrix for <paramref name="content"/>:
    /// the centre of each module must be dark exactly where the matrix is. Without a decoder package
    /// this is how the tests know the symbol holds that content.
    /// </summary>
    public static void AssertQr(byte[][] grey, int dpi, float xMm, float yMm, float sizeMm, string content)
    {
        var modules = PdfPainter.QrModules(content);
        var moduleMm = sizeMm / modules.Count;
        var mismatches = 0;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                var px = (int)((xMm + (column + 0.5f) * moduleMm) * dpi / 25.4f);
                var py = (int)((yMm + (row + 0.5f) * moduleMm) * dpi / 25.4f);
                if (grey[py][px] < 128 != modules[row][column])
                {
                    mismatches++;
                }
            }
        }

        Assert.Equal(0, mismatches);
    }
}
