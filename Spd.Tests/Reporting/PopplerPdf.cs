using System.Diagnostics;
using System.Globalization;

namespace Spd.Tests.Reporting;

/// <summary>
/// Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm; test.sh installs them): PdfPig, the
/// managed reader, is not obtainable from our package registry.
/// </summary>
internal sealed class PopplerPdf : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-pdf-");
    private readonly string path;

    public PopplerPdf(byte[] pdf)
    {
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        path = Path.Combine(folder.FullName, "document.pdf");
        File.WriteAllBytes(path, pdf);
    }

    public int PageCount => int.Parse(Info()["Pages"], CultureInfo.InvariantCulture);

    /// <summary>The document information dictionary and page facts as pdfinfo prints them (dates in UTC).</summary>
    public IReadOnlyDictionary<string, string> Info() => Run("pdfinfo", "-isodates", path)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split(':', 2))
        .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

    public string Text() => Run("pdftotext", "-layout", path, "-");

    public string PageText(int page) => Run("pdftotext", "-layout", "-f", Page(page), "-l", Page(page), path, "-");

    public string Fonts() => Run("pdffonts", path);

    /// <summary>Text without white space: pdftotext infers spaces from glyph gaps and drops narrow ones between Chinese characters.</summary>
    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Renders one page in 8-bit grey at <paramref name="dpi"/>: rows of pixels, 0 black to 255 white.</summary>
    public byte[][] Grey(int page, int dpi)
    {
        var prefix = Path.Combine(folder.FullName, "page");
        Run("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", Page(page), "-l", Page(page), "-singlefile", path, prefix);
        return ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static string Page(int page) => page.ToString(CultureInfo.InvariantCulture);

    private static string Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{tool} did not finish in a minute.");
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }

    /// <summary>A binary PGM (P5): header "P5 width height maxval" separated by whitespace, then one byte per pixel.</summary>
    private static byte[][] ReadPgm(byte[] pgm)
    {
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(pgm, start, position - start);
        }

        Assert.Equal("P5", Next());
        var width = int.Parse(Next(), CultureInfo.InvariantCulture);
        var height = int.Parse(Next(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Next());
        position++;
        return [.. Enumerable.Range(0, height).Select(row => pgm.AsSpan(position + row * width, width).ToArray())];
    }
}
