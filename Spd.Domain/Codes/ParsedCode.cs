namespace Spd.Domain.Codes;

public enum ScanKind
{
    /// <summary>A GS1 element string: GS1-128, GS1 DataMatrix, GS1 QR or DataBar, or its bracketed human-readable form.</summary>
    Gs1,

    /// <summary>A bare GTIN-8, -12, -13 or -14 (a retail EAN/UPC symbol).</summary>
    Gtin,

    /// <summary>HIBC LIC (ANSI/HIBC 2.6): primary, secondary or both concatenated.</summary>
    Hibc,

    /// <summary>MA code (IDcode) of the 中关村工信二维码技术研究院 (ZIIOT).</summary>
    Ma,

    /// <summary>A label Spd printed itself; see <see cref="InternalCode"/>.</summary>
    Internal,
}

/// <summary>What one scan said. <see cref="Text"/> is the code as a person would read it off the label.</summary>
public abstract record ParsedCode(ScanKind Kind, string Text);

/// <summary>
/// A manufacturer's or supplier's code: UDI-DI (<see cref="DeviceIdentifier"/>) and UDI-PI (lot, serial,
/// dates), whichever issuing agency's format carried them. A GS1 logistics label (SSCC) has the same shape.
/// </summary>
public sealed record UdiCode(ScanKind Kind, string Text) : ParsedCode(Kind, Text)
{
    /// <summary>UDI-DI: the GTIN for GS1, the MA product identifier, LIC + PCN + unit of measure for HIBC.</summary>
    public string? DeviceIdentifier { get; init; }

    /// <summary>GTIN-14 (AI 01), padded with zeros for a bare GTIN-8, -12 or -13.</summary>
    public string? Gtin { get; init; }

    /// <summary>Serial shipping container code (AI 00) of a pallet or case label.</summary>
    public string? Sscc { get; init; }

    public string? Lot { get; init; }

    public string? Serial { get; init; }

    public DateOnly? ProductionDate { get; init; }

    /// <summary>The last day the device may be used.</summary>
    public DateOnly? ExpiryDate { get; init; }

    /// <summary>Units in the package: GS1 AI 30 or 37, HIBC <c>$$8</c> / <c>$$9</c>.</summary>
    public int? Quantity { get; init; }

    /// <summary>HIBC labeler identification code (LIC).</summary>
    public string? LabelerId { get; init; }

    /// <summary>HIBC labeler's product or catalogue number (PCN).</summary>
    public string? ProductNumber { get; init; }

    /// <summary>HIBC unit of measure: 0 the unit of use, 1–8 packaging levels, 9 variable quantity.</summary>
    public int? UnitOfMeasure { get; init; }

    /// <summary>
    /// HIBC primary and secondary data printed as two symbols belong together when they have the same
    /// link character: a primary's is its check character, a secondary's is the one it carries. Null for
    /// a concatenated symbol, which needs no link.
    /// </summary>
    public char? LinkCharacter { get; init; }

    /// <summary>Every data element in label order: GS1 application identifiers, or the MA data identifier letters.</summary>
    public IReadOnlyList<DataElement> Elements { get; init; } = [];
}

/// <summary>One element of a label: a GS1 application identifier (or MA data identifier letter) and its value.</summary>
public sealed record DataElement(string Ai, string Value);
