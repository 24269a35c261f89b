using System.Globalization;
using Spd.Domain.Common;

namespace Spd.Domain.Codes;

public enum InternalKind
{
    /// <summary>一物一码: one piece, <c>SU</c> + 9-digit serial + GS1 mod-10 check digit.</summary>
    Piece,

    /// <summary>定数包: a fixed-quantity pack, <c>SK</c> + 9-digit serial + check digit.</summary>
    FixedPack,

    /// <summary>A delivery note, <c>DN</c> + yyyyMMdd + 4-digit sequence.</summary>
    DeliveryNote,

    /// <summary>A purchase order, <c>PO</c> + yyyyMMdd + 4-digit sequence.</summary>
    PurchaseOrder,

    /// <summary>A dispatch note to a department, <c>CK</c> + yyyyMMdd + 4-digit sequence.</summary>
    DispatchNote,

    /// <summary>A storage location, <c>L:</c> + warehouse code + <c>:</c> + location code.</summary>
    Location,

    /// <summary>A 96-bit RFID EPC as typed or read, <c>RF</c> + 24 hexadecimal digits.</summary>
    Rfid,
}

/// <summary>
/// The codes Spd prints on its own labels: made here (<see cref="Piece"/>, <see cref="DeliveryNote"/> …) and read
/// back by <see cref="Parse"/>. A QR code or Code 128 carries exactly <see cref="ParsedCode.Text"/>. Prefixes,
/// check digits and hexadecimal digits are read in either case, since a keyboard-wedge scanner with Caps Lock
/// on inverts letters, and are returned in upper case; warehouse and location codes are returned as printed.
/// </summary>
public sealed record InternalCode : ParsedCode
{
    public const long MaxSerial = 999_999_999;

    public const int MaxSequence = 9999;

    /// <summary>The longest warehouse or location code, as stored.</summary>
    public const int MaxLocationCodeLength = 32;

    private const string PiecePrefix = "SU";
    private const string FixedPackPrefix = "SK";
    private const string DeliveryNotePrefix = "DN";
    private const string PurchaseOrderPrefix = "PO";
    private const string DispatchNotePrefix = "CK";
    private const string LocationPrefix = "L:";
    private const string RfidPrefix = "RF";
    private const int EpcLength = 24;

    private InternalCode(InternalKind internalKind, string text) : base(ScanKind.Internal, text) => InternalKind = internalKind;

    public InternalKind InternalKind { get; }

    /// <summary>The serial of a piece or fixed-quantity pack.</summary>
    public long? Serial { get; private init; }

    /// <summary>The date of a delivery note, purchase order or dispatch note.</summary>
    public DateOnly? Date { get; private init; }

    /// <summary>The number of a delivery note, purchase order or dispatch note within its day.</summary>
    public int? Sequence { get; private init; }

    public string? WarehouseCode { get; private init; }

    public string? LocationCode { get; private init; }

    /// <summary>The EPC in upper-case hexadecimal.</summary>
    public string? Epc { get; private init; }

    public static InternalCode Piece(long serial) => Numbered(InternalKind.Piece, PiecePrefix, serial);

    public static InternalCode FixedPack(long serial) => Numbered(InternalKind.FixedPack, FixedPackPrefix, serial);

    public static InternalCode DeliveryNote(DateOnly date, int sequence) => Document(InternalKind.DeliveryNote, DeliveryNotePrefix, date, sequence);

    public static InternalCode PurchaseOrder(DateOnly date, int sequence) => Document(InternalKind.PurchaseOrder, PurchaseOrderPrefix, date, sequence);

    public static InternalCode DispatchNote(DateOnly date, int sequence) => Document(InternalKind.DispatchNote, DispatchNotePrefix, date, sequence);

    public static InternalCode Location(string warehouseCode, string locationCode)
    {
        if (!IsLocationCode(warehouseCode) || !IsLocationCode(locationCode))
        {
            throw new ArgumentException($"Warehouse and location codes have 1 to {MaxLocationCodeLength} letters, digits, '-', '_' or '.'.");
        }

        return new InternalCode(InternalKind.Location, $"{LocationPrefix}{warehouseCode}:{locationCode}")
        {
            WarehouseCode = warehouseCode,
            LocationCode = locationCode,
        };
    }

    public static InternalCode Rfid(string epc)
    {
        if (epc.Length != EpcLength || !epc.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"An EPC has {EpcLength} hexadecimal digits.", nameof(epc));
        }

        var upper = epc.ToUpperInvariant();
        return new InternalCode(InternalKind.Rfid, RfidPrefix + upper) { Epc = upper };
    }

    /// <summary>Whether <paramref name="text"/> begins like one of Spd's labels, so that its errors are the ones to report.</summary>
    internal static bool LooksInternal(string text) =>
        text.Length > 2 && text[..2].ToUpperInvariant() switch
        {
            PiecePrefix or FixedPackPrefix or DeliveryNotePrefix or PurchaseOrderPrefix or DispatchNotePrefix => char.IsAsciiDigit(text[2]),
            LocationPrefix => true,
            RfidPrefix => char.IsAsciiHexDigit(text[2]),
            _ => false,
        };

    /// <summary>Reads a label printed by Spd; never throws.</summary>
    public static ScanResult Parse(string text) =>
        (text.Length >= 2 ? text[..2].ToUpperInvariant() : "") switch
        {
            PiecePrefix => ParseNumbered(InternalKind.Piece, PiecePrefix, text),
            FixedPackPrefix => ParseNumbered(InternalKind.FixedPack, FixedPackPrefix, text),
            DeliveryNotePrefix => ParseDocument(InternalKind.DeliveryNote, DeliveryNotePrefix, text),
            PurchaseOrderPrefix => ParseDocument(InternalKind.PurchaseOrder, PurchaseOrderPrefix, text),
            DispatchNotePrefix => ParseDocument(InternalKind.DispatchNote, DispatchNotePrefix, text),
            LocationPrefix => ParseLocation(text),
            RfidPrefix => ParseRfid(text),
            _ => ScanErrors.UnknownFormat(text),
        };

    public override string ToString() => Text;

    private static InternalCode Numbered(InternalKind kind, string prefix, long serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaxSerial);
        var digits = serial.ToString("D9", CultureInfo.InvariantCulture);
        return new InternalCode(kind, prefix + digits + RegistryCodes.Gs1CheckDigit(digits)) { Serial = serial };
    }

    private static InternalCode Document(InternalKind kind, string prefix, DateOnly date, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        var text = string.Create(CultureInfo.InvariantCulture, $"{prefix}{date:yyyyMMdd}{sequence:D4}");
        return new InternalCode(kind, text) { Date = date, Sequence = sequence };
    }

    private static ScanResult ParseNumbered(InternalKind kind, string prefix, string text)
    {
        var upper = text.ToUpperInvariant();
        if (upper.Length != 12 || !LabelDates.AreDigits(upper, 2, 10) || upper[2..11] == "000000000")
        {
            return ScanErrors.InternalFormat(text, Numbered(kind, prefix, 123456789).Text);
        }

        var expected = RegistryCodes.Gs1CheckDigit(upper[2..11]);
        return upper[11] == expected
            ? Numbered(kind, prefix, long.Parse(upper[2..11], CultureInfo.InvariantCulture))
            : ScanErrors.CheckDigit(upper, expected, 12);
    }

    private static ScanResult ParseDocument(InternalKind kind, string prefix, string text)
    {
        var example = Document(kind, prefix, new DateOnly(2026, 1, 5), 1).Text;
        if (text.Length != 14 || !LabelDates.AreDigits(text, 2, 12) || text[10..] == "0000")
        {
            return ScanErrors.InternalFormat(text, example);
        }

        return LabelDates.ReadYyyymmdd(text[2..10], 3, out var date) is { } error
            ? error
            : Document(kind, prefix, date, LabelDates.Number(text, 10, 4));
    }

    private static ScanResult ParseLocation(string text)
    {
        var parts = text[LocationPrefix.Length..].Split(':');
        return parts is [var warehouse, var location] && IsLocationCode(warehouse) && IsLocationCode(location)
            ? Location(warehouse, location)
            : ScanErrors.InternalFormat(text, $"{LocationPrefix}CK01:A-01-02-03");
    }

    private static ScanResult ParseRfid(string text)
    {
        var epc = text[RfidPrefix.Length..];
        return epc.Length == EpcLength && epc.All(char.IsAsciiHexDigit)
            ? Rfid(epc)
            : ScanErrors.InternalFormat(text, $"{RfidPrefix}3034257BF7194E4000001A85");
    }

    private static bool IsLocationCode(string code) =>
        code.Length is > 0 and <= MaxLocationCodeLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
