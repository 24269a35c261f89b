namespace Spd.Domain.Codes;

/// <summary>
/// MA code (IDcode), issued for medical devices by 中关村工信二维码技术研究院 (ZIIOT, issuing agency code
/// "MA" under ISO/IEC 15459). Sources, as the agency's manual is not openly published:
/// <list type="bullet">
/// <item>《医疗器械唯一标识 MA(IDcode)编码手册》 as quoted in public UDI guidance: the DI is <c>MA</c>, the
/// manufacturer code (country 3 digits, industry code 2 — <c>M0</c> for medical devices — and registrant
/// code 6 digits) and the product code (packaging level 1, item code, check character 1), all joined by
/// dots, for example <c>MA.156.M0.100472.11103316</c>;</item>
/// <item>ZIIOT's "MA二维码编码规则" for the PI data units, each a dot, an identifier letter and a value:
/// <c>.L</c> lot and <c>.S</c> serial (letters and digits), <c>.M</c> production date, <c>.D</c> sterilisation
/// lot, <c>.V</c> 有效期 (valid until) and <c>.E</c> 失效期 (expires on), dates as YYMMDD or YYYYMMDD;</item>
/// <item>labels in the field, such as <c>MA.156.M0.100350.01004YA10017.SLMSAGAAAC.M210628.LAY21062803.E220628.V220627.C3</c>,
/// add <c>.C</c>, a check character over the PI, and older ones <c>.P</c> for the production date. Item codes
/// there are longer than six characters and may be lower case.</item>
/// </list>
/// <see cref="UdiCode.ExpiryDate"/> is .E, the date Chinese labels print as 失效日期 and GS1 labels carry in
/// AI 17; .V only where .E is missing, as labels in the field do not agree on how .V relates to it.
/// The check characters are kept but not verified: the agency issues codes through its own service and
/// publishes no algorithm, and QR codes and Code 128 detect misreads themselves.
/// </summary>
internal static class MaCode
{
    public const string Prefix = "MA.";

    private const string Identifiers = "LSMPDVEC";

    private const string DateIdentifiers = "MPVE";

    /// <summary>Letters and digits as the rules say, and the hyphen that Chinese lot numbers often carry.</summary>
    private static readonly System.Buffers.SearchValues<char> FieldCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-");

    public static ScanResult Parse(string text, DateOnly today)
    {
        var parts = text.Split('.');
        var identifier = string.Join('.', parts.Take(5));
        if (parts.Length < 5 || !IsDigits(parts[1], 3) || parts[2].Length != 2 || !parts[2].All(char.IsAsciiLetterOrDigit)
            || !IsDigits(parts[3], 6) || parts[4].Length < 3 || !parts[4].All(char.IsAsciiLetterOrDigit))
        {
            return ScanErrors.MaDeviceIdentifier(identifier);
        }

        var elements = new List<DataElement>();
        var dates = new Dictionary<char, DateOnly>();
        var position = identifier.Length + 2;
        foreach (var part in parts.Skip(5))
        {
            if (ReadField(part, position, today, elements, dates) is { } error)
            {
                return error;
            }

            position += part.Length + 1;
        }

        string? Value(char id) => elements.Find(e => e.Ai[0] == id)?.Value;
        DateOnly? Date(char id) => dates.TryGetValue(id, out var date) ? date : null;

        return new UdiCode(ScanKind.Ma, text)
        {
            DeviceIdentifier = identifier,
            Lot = Value('L'),
            Serial = Value('S'),
            ProductionDate = Date('M') ?? Date('P'),
            ExpiryDate = Date('E') ?? Date('V'),
            Elements = elements,
        };
    }

    private static ScanError? ReadField(string part, int position, DateOnly today, List<DataElement> elements, Dictionary<char, DateOnly> dates)
    {
        if (part.Length == 0)
        {
            return ScanErrors.MaEmptyField("", position);
        }

        var id = part[0];
        var value = part[1..];
        if (!Identifiers.Contains(id))
        {
            return ScanErrors.MaUnknownIdentifier(id.ToString(), position);
        }

        if (value.Length == 0)
        {
            return ScanErrors.MaEmptyField(id.ToString(), position);
        }

        if (elements.Exists(e => e.Ai[0] == id))
        {
            return ScanErrors.MaRepeatedField(id, position);
        }

        if (DateIdentifiers.Contains(id))
        {
            if (value.Length is not (6 or 8) || !IsDigits(value, value.Length))
            {
                return ScanErrors.MaDateFormat(id, value, position + 1);
            }

            var error = value.Length == 6
                ? LabelDates.ReadYymmdd(value, today, zeroDayIsMonthEnd: false, position + 1, out var date)
                : LabelDates.ReadYyyymmdd(value, position + 1, out date);
            if (error is not null)
            {
                return error;
            }

            dates[id] = date;
        }
        else if (value.IndexOfAnyExcept(FieldCharacters) is var bad and >= 0)
        {
            return ScanErrors.MaInvalidCharacter(value[bad], position + 1 + bad);
        }

        elements.Add(new DataElement(id.ToString(), value));
        return null;
    }

    private static bool IsDigits(string value, int length) => value.Length == length && LabelDates.AreDigits(value, 0, length);
}
