namespace Spd.Domain.Codes;

/// <summary>
/// Every way a scan can be refused. The method name is the error code, so a caller that reacts to one
/// writes <c>nameof(ScanErrors.CheckDigit)</c>; the arguments are those of resource <c>Scan.{Code}</c>.
/// </summary>
public static class ScanErrors
{
    public static ScanError Empty() => new(nameof(Empty), "Nothing was scanned.");

    /// <summary>Names the first 20 characters, enough to recognise what was scanned.</summary>
    public static ScanError UnknownFormat(string text)
    {
        var start = text.Length > 20 ? text[..20] + "…" : text;
        return new(nameof(UnknownFormat), $"'{start}' is not a GS1, HIBC or MA code, nor an Spd label.", start);
    }

    public static ScanError DrugTraceCode(string code) =>
        new(nameof(DrugTraceCode), $"{code} is a drug traceability code (药品追溯码), not a device label.", code);

    public static ScanError CheckDigit(string value, char expected, int position) =>
        new(nameof(CheckDigit), $"{value} has a wrong check digit; it should be {expected}.", value, expected) { Position = position };

    public static ScanError InvalidYear(string value, int position) =>
        new(nameof(InvalidYear), $"Date {value} has no valid year.", value) { Position = position };

    public static ScanError InvalidMonth(string value, int month, int position) =>
        new(nameof(InvalidMonth), $"Date {value} has no month {month}.", value, month) { Position = position };

    public static ScanError InvalidDay(string value, int day, int position) =>
        new(nameof(InvalidDay), $"Date {value} has no day {day}.", value, day) { Position = position };

    public static ScanError InvalidTime(string value, int position) =>
        new(nameof(InvalidTime), $"{value} has no valid hour and minute.", value) { Position = position };

    public static ScanError Gs1UnknownAi(string start, int position) =>
        new(nameof(Gs1UnknownAi), $"No GS1 application identifier starts with {start} at position {position}.", start, position) { Position = position };

    public static ScanError Gs1Truncated(string ai, int needed, int available, int position) =>
        new(nameof(Gs1Truncated), $"AI ({ai}) needs {needed} characters at position {position}, but only {available} follow.", ai, needed, available, position)
        {
            Position = position,
        };

    public static ScanError Gs1ValueMissing(string ai, int position) =>
        new(nameof(Gs1ValueMissing), $"AI ({ai}) at position {position} has no value.", ai, position) { Position = position };

    public static ScanError Gs1ValueTooLong(string ai, int maximum, int length, int position) =>
        new(nameof(Gs1ValueTooLong), $"AI ({ai}) holds at most {maximum} characters but has {length}; is a group separator missing?", ai, maximum, length)
        {
            Position = position,
        };

    public static ScanError Gs1NotNumeric(string ai, char character, int position) =>
        new(nameof(Gs1NotNumeric), $"AI ({ai}) takes digits only; '{character}' at position {position} is not one.", ai, character, position)
        {
            Position = position,
        };

    public static ScanError Gs1InvalidCharacter(string ai, char character, int position) =>
        new(nameof(Gs1InvalidCharacter), $"AI ({ai}) cannot contain '{character}' (position {position}): GS1 allows only its 82 characters.", ai, character, position)
        {
            Position = position,
        };

    public static ScanError Gs1RepeatedAi(string ai, int position) =>
        new(nameof(Gs1RepeatedAi), $"AI ({ai}) appears twice with different values.", ai) { Position = position };

    public static ScanError Gs1BracketSyntax(int position) =>
        new(nameof(Gs1BracketSyntax), $"The bracketed element string is broken at position {position}.", position) { Position = position };

    public static ScanError HibcTooShort() =>
        new(nameof(HibcTooShort), "An HIBC code needs at least a data field and a check character after the +.");

    public static ScanError HibcCheckCharacter(char expected, char actual, int position) =>
        new(nameof(HibcCheckCharacter), $"The HIBC check character should be '{expected}', not '{actual}'.", expected, actual) { Position = position };

    public static ScanError HibcInvalidCharacter(char character, int position) =>
        new(nameof(HibcInvalidCharacter), $"'{character}' at position {position} is not allowed here in an HIBC code.", character, position) { Position = position };

    public static ScanError HibcLabeler(string labeler) =>
        new(nameof(HibcLabeler), $"The labeler code '{labeler}' must be 4 letters or digits, starting with a letter.", labeler) { Position = 2 };

    public static ScanError HibcProductNumber(string productNumber) =>
        new(nameof(HibcProductNumber), $"The product number '{productNumber}' must have 1 to 18 letters or digits.", productNumber) { Position = 6 };

    public static ScanError HibcUnitOfMeasure(char unit, int position) =>
        new(nameof(HibcUnitOfMeasure), $"The unit of measure '{unit}' must be a digit.", unit) { Position = position };

    public static ScanError HibcSecondaryFormat(int position) =>
        new(nameof(HibcSecondaryFormat), $"The HIBC secondary data at position {position} follows no known format.", position) { Position = position };

    public static ScanError HibcFieldTooLong(string value, int maximum, int position) =>
        new(nameof(HibcFieldTooLong), $"'{value}' is longer than the {maximum} characters HIBC allows.", value, maximum) { Position = position };

    public static ScanError HibcUnknownSupplement(string field, int position) =>
        new(nameof(HibcUnknownSupplement), $"'/{field}' is not an HIBC supplemental data field.", field) { Position = position };

    public static ScanError MaDeviceIdentifier(string identifier) =>
        new(nameof(MaDeviceIdentifier), $"'{identifier}' is not a complete MA product identifier (MA.country.industry.registrant.product).", identifier)
        {
            Position = 1,
        };

    public static ScanError MaUnknownIdentifier(string identifier, int position) =>
        new(nameof(MaUnknownIdentifier), $"'.{identifier}' at position {position} is not an MA data identifier.", identifier, position) { Position = position };

    public static ScanError MaEmptyField(string identifier, int position) =>
        new(nameof(MaEmptyField), $"Field .{identifier} at position {position} is empty.", identifier, position) { Position = position };

    public static ScanError MaRepeatedField(char identifier, int position) =>
        new(nameof(MaRepeatedField), $"Field .{identifier} appears twice.", identifier) { Position = position };

    public static ScanError MaDateFormat(char identifier, string value, int position) =>
        new(nameof(MaDateFormat), $"Date '{value}' after .{identifier} must be YYMMDD or YYYYMMDD.", identifier, value) { Position = position };

    public static ScanError MaInvalidCharacter(char character, int position) =>
        new(nameof(MaInvalidCharacter), $"'{character}' at position {position} is not allowed in an MA field.", character, position) { Position = position };

    public static ScanError InternalFormat(string text, string example) =>
        new(nameof(InternalFormat), $"'{text}' is not a valid Spd label; labels of this kind look like {example}.", text, example);
}
