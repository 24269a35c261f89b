namespace Spd.Domain.Codes;

/// <summary>
/// HIBC LIC, ANSI/HIBC 2.6 (Health Industry Supplier Labeling Standard):
/// <list type="bullet">
/// <item>primary <c>+ LIC PCN U/M C</c>: labeler code (4, first a letter), product number (1–18), unit of measure (a digit);</item>
/// <item>secondary as its own symbol <c>+ data L C</c>, where L repeats the primary's check character;</item>
/// <item>both in one symbol <c>+ LIC PCN U/M / data C</c>, with no link character.</item>
/// </list>
/// Secondary data: <c>YYJJJ</c> + lot (the old format); <c>$</c> lot; <c>$+</c> serial; <c>$$</c> lot and
/// <c>$$+</c> serial after an optional quantity (<c>8</c> QQ, <c>9</c> QQQQQ) and an expiry date whose first
/// digit names its format (<c>0</c>/<c>1</c> MMYY, <c>2</c> MMDDYY, <c>3</c> YYMMDD, <c>4</c> YYMMDDHH,
/// <c>5</c> YYJJJ, <c>6</c> YYJJJHH, <c>7</c> none); then supplemental fields <c>/S</c> serial,
/// <c>/16D</c> manufacture date and <c>/14D</c> expiry date (YYYYMMDD). C is the mod-43 check character
/// over everything before it, <c>+</c> included.
/// </summary>
internal static class HibcCode
{
    /// <summary>The Code 39 characters HIBC uses; a character's index is its value for the check character.</summary>
    private const string CharacterSet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";

    private const int MaxFieldLength = 18;

    /// <summary>
    /// <paramref name="text"/> starts with <c>+</c>, without Code 39 start/stop asterisks, upper-cased: Code 39
    /// has no lower case, so lower-case letters come from a keyboard wedge with Caps Lock on.
    /// </summary>
    public static ScanResult Parse(string text, DateOnly today)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!CharacterSet.Contains(text[i]))
            {
                return ScanErrors.HibcInvalidCharacter(text[i], i + 1);
            }
        }

        if (text.Length < 3)
        {
            return ScanErrors.HibcTooShort();
        }

        var expected = CheckCharacter(text[..^1]);
        if (text[^1] != expected)
        {
            return ScanErrors.HibcCheckCharacter(expected, text[^1], text.Length);
        }

        var data = text[1..^1];
        if (data[0] == '$' || char.IsAsciiDigit(data[0]))
        {
            return data.Length < 2
                ? ScanErrors.HibcTooShort()
                : ReadSecondary(data[..^1], 2, today, new UdiCode(ScanKind.Hibc, text) { LinkCharacter = data[^1] });
        }

        var slash = data.IndexOf('/');
        var primary = slash < 0 ? data : data[..slash];
        var labeler = primary[..Math.Min(4, primary.Length)];
        if (labeler.Length < 4 || !char.IsAsciiLetter(labeler[0]) || !labeler.All(char.IsAsciiLetterOrDigit))
        {
            return ScanErrors.HibcLabeler(labeler);
        }

        var productNumber = primary.Length > 5 ? primary[4..^1] : "";
        if (productNumber.Length is 0 or > MaxFieldLength || !productNumber.All(char.IsAsciiLetterOrDigit))
        {
            return ScanErrors.HibcProductNumber(productNumber);
        }

        var unit = primary[^1];
        if (!char.IsAsciiDigit(unit))
        {
            return ScanErrors.HibcUnitOfMeasure(unit, primary.Length + 1);
        }

        var code = new UdiCode(ScanKind.Hibc, text)
        {
            DeviceIdentifier = primary,
            LabelerId = labeler,
            ProductNumber = productNumber,
            UnitOfMeasure = unit - '0',
            LinkCharacter = slash < 0 ? expected : null,
        };
        return slash < 0 ? code : ReadSecondary(data[(slash + 1)..], slash + 3, today, code);
    }

    private static char CheckCharacter(string data) => CharacterSet[data.Sum(CharacterSet.IndexOf) % 43];

    /// <param name="data">The secondary data without link and check characters.</param>
    /// <param name="position">The 1-based position of its first character in the symbol.</param>
    private static ScanResult ReadSecondary(string data, int position, DateOnly today, UdiCode code)
    {
        var fields = data.Split('/');
        var main = fields[0];
        var result = main switch
        {
            [>= '0' and <= '9', ..] => ReadJulianAndLot(main, position, today, code),
            ['$', '$', '+', ..] => ReadDated(main, 3, position, today, code, serial: true),
            ['$', '$', ..] => ReadQuantityAndDated(main, position, today, code),
            ['$', '+', ..] => WithField(main[2..], position + 2, code, serial: true),
            ['$', ..] => WithField(main[1..], position + 1, code, serial: false),
            _ => ScanErrors.HibcSecondaryFormat(position),
        };

        var fieldPosition = position + main.Length + 1;
        foreach (var field in fields.Skip(1))
        {
            if (!result.Succeeded)
            {
                break;
            }

            result = ReadSupplement(field, fieldPosition, (UdiCode)result.Code);
            fieldPosition += field.Length + 1;
        }

        return result;
    }

    private static ScanResult ReadJulianAndLot(string main, int position, DateOnly today, UdiCode code)
    {
        if (!LabelDates.AreDigits(main, 0, 5))
        {
            return ScanErrors.HibcSecondaryFormat(position);
        }

        return LabelDates.ReadJulian(main[..5], today, position, out var expiry) is { } error
            ? error
            : WithField(main[5..], position + 5, code with { ExpiryDate = expiry }, serial: false);
    }

    private static ScanResult ReadQuantityAndDated(string main, int position, DateOnly today, UdiCode code)
    {
        var digits = main.Length > 2 ? main[2] switch { '8' => 2, '9' => 5, _ => 0 } : 0;
        if (digits == 0)
        {
            return ReadDated(main, 2, position, today, code, serial: false);
        }

        if (!LabelDates.AreDigits(main, 3, digits))
        {
            return ScanErrors.HibcSecondaryFormat(position + 3);
        }

        var withQuantity = code with { Quantity = LabelDates.Number(main, 3, digits) };
        return main.Length == 3 + digits ? withQuantity : ReadDated(main, 3 + digits, position, today, withQuantity, serial: false);
    }

    /// <summary>An expiry date whose first digit names its format, then the lot or serial.</summary>
    private static ScanResult ReadDated(string main, int start, int position, DateOnly today, UdiCode code, bool serial)
    {
        var flag = start < main.Length ? main[start] : ' ';
        var (skip, length) = flag switch
        {
            '0' or '1' => (0, 4),
            '2' or '3' => (1, 6),
            '4' => (1, 8),
            '5' => (1, 5),
            '6' => (1, 7),
            '7' => (1, 0),
            _ => (-1, 0),
        };
        var dateStart = start + skip;
        if (skip < 0 || !LabelDates.AreDigits(main, dateStart, length))
        {
            return ScanErrors.HibcSecondaryFormat(position + start);
        }

        var date = main.Substring(dateStart, length);
        var datePosition = position + dateStart;
        DateOnly expiry;
        var error = flag switch
        {
            // MMYY: an expiry month ends with its last day.
            '0' or '1' => LabelDates.Build(date, LabelDates.FullYear(LabelDates.Number(date, 2, 2), today), LabelDates.Number(date, 0, 2), 0,
                zeroDayIsMonthEnd: true, datePosition, out expiry),
            '2' => LabelDates.Build(date, LabelDates.FullYear(LabelDates.Number(date, 4, 2), today), LabelDates.Number(date, 0, 2),
                LabelDates.Number(date, 2, 2), zeroDayIsMonthEnd: false, datePosition, out expiry),
            '3' => LabelDates.ReadYymmdd(date, today, zeroDayIsMonthEnd: false, datePosition, out expiry),
            '4' => LabelDates.ReadYymmdd(date[..6], today, zeroDayIsMonthEnd: false, datePosition, out expiry)
                ?? LabelDates.CheckTime(date, LabelDates.Number(date, 6, 2), 0, datePosition + 6),
            '5' => LabelDates.ReadJulian(date, today, datePosition, out expiry),
            '6' => LabelDates.ReadJulian(date[..5], today, datePosition, out expiry)
                ?? LabelDates.CheckTime(date, LabelDates.Number(date, 5, 2), 0, datePosition + 5),
            _ => NoDate(out expiry),
        };

        return error ?? WithField(main[(dateStart + length)..], datePosition + length, code with { ExpiryDate = length > 0 ? expiry : null }, serial);
    }

    private static ScanError? NoDate(out DateOnly date)
    {
        date = default;
        return null;
    }

    private static ScanResult ReadSupplement(string field, int position, UdiCode code)
    {
        if (field.StartsWith('S'))
        {
            return code.Serial is null ? WithField(field[1..], position + 1, code, serial: true) : ScanErrors.HibcSecondaryFormat(position);
        }

        var isManufacture = field.StartsWith("16D", StringComparison.Ordinal);
        if (!isManufacture && !field.StartsWith("14D", StringComparison.Ordinal))
        {
            return ScanErrors.HibcUnknownSupplement(field, position);
        }

        if (field.Length != 11 || !LabelDates.AreDigits(field, 3, 8) || (isManufacture ? code.ProductionDate : code.ExpiryDate) is not null)
        {
            return ScanErrors.HibcSecondaryFormat(position);
        }

        return LabelDates.ReadYyyymmdd(field[3..], position + 3, out var date) is { } error
            ? error
            : isManufacture ? code with { ProductionDate = date } : code with { ExpiryDate = date };
    }

    /// <summary>The lot or serial that ends a data field: letters, digits and the HIBC punctuation that delimits nothing.</summary>
    private static ScanResult WithField(string value, int position, UdiCode code, bool serial)
    {
        if (value.Length > MaxFieldLength)
        {
            return ScanErrors.HibcFieldTooLong(value, MaxFieldLength, position);
        }

        var delimiter = value.IndexOfAny(['$', '+']);
        if (delimiter >= 0)
        {
            return ScanErrors.HibcInvalidCharacter(value[delimiter], position + delimiter);
        }

        var field = value.Length == 0 ? null : value;
        return serial ? code with { Serial = field } : code with { Lot = field };
    }
}
