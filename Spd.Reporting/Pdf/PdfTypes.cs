namespace Spd.Reporting.Pdf;

/// <summary>A page size in millimetres.</summary>
public readonly record struct PdfPageSize(float WidthMm, float HeightMm)
{
    public static PdfPageSize A4Portrait { get; } = new(210, 297);

    public static PdfPageSize A4Landscape { get; } = new(297, 210);
}

/// <summary>Page margins in millimetres.</summary>
public readonly record struct PdfMargins(float TopMm, float RightMm, float BottomMm, float LeftMm)
{
    public static PdfMargins All(float mm) => new(mm, mm, mm, mm);
}

/// <summary>
/// The document information dictionary. <paramref name="Created"/> is passed in by the caller (the
/// layer never reads the clock); without it the PDF carries no creation date.
/// </summary>
public sealed record PdfMetadata(string Title, DateTimeOffset? Created)
{
    public const string Creator = "Spd";

    public string? Subject { get; init; }
}

public enum PdfAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Text size in points; muted text is grey (captions, keys).</summary>
public readonly record struct PdfTextStyle(float SizePt, bool Bold = false, bool Muted = false)
{
    public PdfTextStyle AsBold() => this with { Bold = true };

    public PdfTextStyle AsMuted() => this with { Muted = true };
}
