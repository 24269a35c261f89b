using System.Globalization;
using Spd.Domain.Codes;

namespace Spd.Tests.Domain.Codes;

/// <summary>
/// Labels as scanners send them. HIBC check characters were worked out by hand from the mod-43 table of
/// ANSI/HIBC 2.6; <c>+A123BJC5D6E71G</c> is the standard's own example.
/// </summary>
public sealed class BarcodeParserTests
{
    private const char Gs = '\u001d';

    private static readonly DateOnly Today = new(2026, 11, 22);

    public static TheoryData<string, string> Gs1Labels => new()
    {
        { $"]d20106901234567892172612311012345{Gs}21SN1", "Gs1 gtin=06901234567892 lot=12345 serial=SN1 expires=2026-12-31" },
        { "]C101069012345678921726123110LOT123", "Gs1 gtin=06901234567892 lot=LOT123 expires=2026-12-31" },
        { $"]Q301069012345678921125010117280131{Gs}10A1", "Gs1 gtin=06901234567892 lot=A1 made=2025-01-01 expires=2028-01-31" },
        { "]e00106901234567892", "Gs1 gtin=06901234567892" },
        { "(01)06901234567892(17)261231(10)LOT123(21)SN1", "Gs1 gtin=06901234567892 lot=LOT123 serial=SN1 expires=2026-12-31" },
        { "(01) 06901234567892 (11) 250101 (17) 270101 (10) ABC", "Gs1 gtin=06901234567892 lot=ABC made=2025-01-01 expires=2027-01-01" },
        { "010690123456789211250101172701011012ab<GS>21X9", "Gs1 gtin=06901234567892 lot=12ab serial=X9 made=2025-01-01 expires=2027-01-01" },
        { "]d2{GS}010690123456789210A{gs}21B\r\n", "Gs1 gtin=06901234567892 lot=A serial=B" },
        { $"{Gs}0106901234567892", "Gs1 gtin=06901234567892" },
        { "]d2010690123456789217260200", "Gs1 gtin=06901234567892 expires=2026-02-28" },
        { "]d2010690123456789217240200", "Gs1 gtin=06901234567892 expires=2024-02-29" },
        { "]C1010690123456789231030012501726123110L", "Gs1 gtin=06901234567892 lot=L expires=2026-12-31" },
        { $"]d201069012345678923010{Gs}10L1", "Gs1 gtin=06901234567892 lot=L1 qty=10" },
        { $"]d2010690123456789270032612312359{Gs}10LOT", "Gs1 gtin=06901234567892 lot=LOT expires=2026-12-31" },
        { "]C11726123110LOT9", "Gs1 lot=LOT9 expires=2026-12-31" },
        { "]C100069012340000000009", "Gs1 sscc=069012340000000009" },
        { "6901234567892", "Gtin gtin=06901234567892" },
        { "16901234567899", "Gtin gtin=16901234567899" },
        { "  06970000000017 \n", "Gtin gtin=06970000000017" },
    };

    public static TheoryData<string, string> HibcLabels => new()
    {
        { "+A123BJC5D6E71G", "Hibc labeler=A123 product=BJC5D6E7 unit=1 link=G" },
        { "*+A123BJC5D6E71G*", "Hibc labeler=A123 product=BJC5D6E7 unit=1 link=G" },
        { "+a123bjc5d6e71g", "Hibc labeler=A123 product=BJC5D6E7 unit=1 link=G" },
        { "+H123PART291 ", "Hibc labeler=H123 product=PART29 unit=1 link= " },
        { "+A123BJC5D6E71G \r\n", "Hibc labeler=A123 product=BJC5D6E7 unit=1 link=G" },
        { "+A123BJC5D6E71/$$52001510X3C", "Hibc labeler=A123 product=BJC5D6E7 unit=1 lot=10X3 expires=2020-01-15" },
        { "+A123BJC5D6E71/$$3261231LOT1/SSN1/16D20250101V", "Hibc labeler=A123 product=BJC5D6E7 unit=1 lot=LOT1 serial=SN1 made=2025-01-01 expires=2026-12-31" },
        { "+A123BJC5D6E71/$$42612312310U", "Hibc labeler=A123 product=BJC5D6E7 unit=1 lot=10 expires=2026-12-31" },
        { "+$$3261231LOT1GD", "Hibc link=G lot=LOT1 expires=2026-12-31" },
        { "+$$0328LOT7GE", "Hibc link=G lot=LOT7 expires=2028-03-31" },
        { "+$$2123126LOT2GD", "Hibc link=G lot=LOT2 expires=2026-12-31" },
        { "+$$62615212LOT6GP", "Hibc link=G lot=LOT6 expires=2026-06-01" },
        { "+$$7LOT7G8", "Hibc link=G lot=LOT7" },
        { "+$$8243261231LOT9GZ", "Hibc link=G lot=LOT9 expires=2026-12-31 qty=24" },
        { "+$$900100GG", "Hibc link=G qty=100" },
        { "+$+SER001GZ", "Hibc link=G serial=SER001" },
        { "+$$+3261231SN9G$", "Hibc link=G serial=SN9 expires=2026-12-31" },
        { "+26152LOT5GN", "Hibc link=G lot=LOT5 expires=2026-06-01" },
    };

    public static TheoryData<string, string> MaCodes => new()
    {
        {
            "MA.156.M0.100350.01004YA10017.SLMSAGAAAC.M210628.LAY21062803.E220628.V220627.C3",
            "Ma di=MA.156.M0.100350.01004YA10017 lot=AY21062803 serial=LMSAGAAAC made=2021-06-28 expires=2022-06-28"
        },
        {
            "MA.156.M0.100472.11103316.S1576130942.P190101.LABS20191201.E191201",
            "Ma di=MA.156.M0.100472.11103316 lot=ABS20191201 serial=1576130942 made=2019-01-01 expires=2019-12-01"
        },
        { "MA.156.M0.100011.2cscp023.Ste002.V20200307", "Ma di=MA.156.M0.100011.2cscp023 serial=te002 expires=2020-03-07" },
        { "MA.156.M0.100204.13351764", "Ma di=MA.156.M0.100204.13351764" },
        { "MA.156.M0.100001.10ABCDEF.S123.P20260101.E20280101.L2601", "Ma di=MA.156.M0.100001.10ABCDEF lot=2601 serial=123 made=2026-01-01 expires=2028-01-01" },
        { "MA.156.M0.100204.13351764.L2026-01.M20260105", "Ma di=MA.156.M0.100204.13351764 lot=2026-01 made=2026-01-05" },
    };

    public static TheoryData<string, string> SpdLabels => new()
    {
        { "SU1234567895", "Piece serial=123456789" },
        { "su1234567895\r\n", "Piece serial=123456789" },
        { "]C0SU1234567895", "Piece serial=123456789" },
        { "SK0000000420", "FixedPack serial=42" },
        { "DN202611220007", "DeliveryNote date=2026-11-22 seq=7" },
        { "]Q1PO202601050001", "PurchaseOrder date=2026-01-05 seq=1" },
        { "L:CK01:A-01-02-03", "Location warehouse=CK01 location=A-01-02-03" },
        { "rf3034257bf7194e4000001a85", "Rfid epc=3034257BF7194E4000001A85" },
    };

    /// <summary>Every way a scan is refused: the code, the error and the 1-based position it points at.</summary>
    public static TheoryData<string, string, int?> MalformedCodes => new()
    {
        { "", nameof(ScanErrors.Empty), null },
        { " \r\n", nameof(ScanErrors.Empty), null },
        { "]d2", nameof(ScanErrors.Empty), null },
        { "hello world", nameof(ScanErrors.UnknownFormat), null },
        { "%%%###!!", nameof(ScanErrors.UnknownFormat), null },
        { "https://example.com/p?id=1", nameof(ScanErrors.UnknownFormat), null },
        { "SUPPLIER", nameof(ScanErrors.UnknownFormat), null },
        { "81234567890123456789", nameof(ScanErrors.DrugTraceCode), null },
        { "6901234567890", nameof(ScanErrors.CheckDigit), 13 },
        { "]d20106901234567893", nameof(ScanErrors.CheckDigit), 16 },
        { "]C100069012340000000001", nameof(ScanErrors.CheckDigit), 20 },
        { "]C117261331", nameof(ScanErrors.InvalidMonth), 3 },
        { "]C117261232", nameof(ScanErrors.InvalidDay), 3 },
        { "]C117260230", nameof(ScanErrors.InvalidDay), 3 },
        { "]C117250229", nameof(ScanErrors.InvalidDay), 3 },
        { $"]d2010690123456789270032612312460{Gs}", nameof(ScanErrors.InvalidTime), 27 },
        { "]d2010690123456789210ABCDEFGHIJKLMNOPQRSTU", nameof(ScanErrors.Gs1ValueTooLong), 19 },
        { "]d201069012345678927003261231235910LOT", nameof(ScanErrors.Gs1ValueTooLong), 21 },
        { "]d2010690123456789223X", nameof(ScanErrors.Gs1UnknownAi), 17 },
        { "(05)123", nameof(ScanErrors.Gs1UnknownAi), 2 },
        { "]d2010690123456789", nameof(ScanErrors.Gs1Truncated), 3 },
        { "]C11726", nameof(ScanErrors.Gs1Truncated), 3 },
        { "12345", nameof(ScanErrors.Gs1Truncated), 3 },
        { $"]d20106901234567892{Gs}10{Gs}21X", nameof(ScanErrors.Gs1ValueMissing), 18 },
        { "]d2010690123456789210LOT 1", nameof(ScanErrors.Gs1InvalidCharacter), 22 },
        { "]d2010690123456789210LOT#1", nameof(ScanErrors.Gs1InvalidCharacter), 22 },
        { "]d201069012345678923012A", nameof(ScanErrors.Gs1NotNumeric), 21 },
        { $"]d2010690123456789210A{Gs}10B", nameof(ScanErrors.Gs1RepeatedAi), 21 },
        { "(01)06901234567892(17", nameof(ScanErrors.Gs1BracketSyntax), 19 },
        { "(0106901234567892", nameof(ScanErrors.Gs1BracketSyntax), 1 },
        { "+A", nameof(ScanErrors.HibcTooShort), null },
        { "+A123BJC5D6E71H", nameof(ScanErrors.HibcCheckCharacter), 15 },
        { "+$$3261231LOT1GX", nameof(ScanErrors.HibcCheckCharacter), 16 },
        { "+A123BJC#D6E71G", nameof(ScanErrors.HibcInvalidCharacter), 9 },
        { "+A123BJC5D6E71/$LOT$1.", nameof(ScanErrors.HibcInvalidCharacter), 20 },
        { "+AB-D1231W", nameof(ScanErrors.HibcLabeler), 2 },
        { "+A12312345678901234567891J", nameof(ScanErrors.HibcProductNumber), 6 },
        { "+A123BJC5D6E7X5", nameof(ScanErrors.HibcUnitOfMeasure), 14 },
        { "+A123BJC5D6E71/$$X261231LOT1%", nameof(ScanErrors.HibcSecondaryFormat), 18 },
        { "+A123BJC5D6E71/ABC3", nameof(ScanErrors.HibcSecondaryFormat), 16 },
        { "+A123BJC5D6E71/$LOT4567890123456789 ", nameof(ScanErrors.HibcFieldTooLong), 17 },
        { "+A123BJC5D6E71/$LOT1/Q1M", nameof(ScanErrors.HibcUnknownSupplement), 22 },
        { "+A123BJC5D6E71/$$3261331LOT1D", nameof(ScanErrors.InvalidMonth), 19 },
        { "+A123BJC5D6E71/$$526000LOT6", nameof(ScanErrors.InvalidDay), 19 },
        { "+A123BJC5D6E71/$$42612312410V", nameof(ScanErrors.InvalidTime), 25 },
        { "MA.156", nameof(ScanErrors.MaDeviceIdentifier), 1 },
        { "MA.156.M0.10001.13351764", nameof(ScanErrors.MaDeviceIdentifier), 1 },
        { "MA.156.M0.100204.13351764.X123", nameof(ScanErrors.MaUnknownIdentifier), 27 },
        { "MA.156.M0.100204.13351764.L", nameof(ScanErrors.MaEmptyField), 27 },
        { "MA.156.M0.100204.13351764..L1", nameof(ScanErrors.MaEmptyField), 27 },
        { "MA.156.M0.100204.13351764.LA1.LB2", nameof(ScanErrors.MaRepeatedField), 31 },
        { "MA.156.M0.100204.13351764.E2612", nameof(ScanErrors.MaDateFormat), 28 },
        { "MA.156.M0.100204.13351764.LAB#1", nameof(ScanErrors.MaInvalidCharacter), 30 },
        { "MA.156.M0.100204.13351764.E261331", nameof(ScanErrors.InvalidMonth), 28 },
        { "MA.156.M0.100204.13351764.E20260230", nameof(ScanErrors.InvalidDay), 28 },
        { "SU1234567890", nameof(ScanErrors.CheckDigit), 12 },
        { "SU123456789", nameof(ScanErrors.InternalFormat), null },
        { "SU0000000000", nameof(ScanErrors.InternalFormat), null },
        { "DN202611220000", nameof(ScanErrors.InternalFormat), null },
        { "L:CK01", nameof(ScanErrors.InternalFormat), null },
        { "L:CK01:A 01", nameof(ScanErrors.InternalFormat), null },
        { "RF3034257BF7194E4000001A8", nameof(ScanErrors.InternalFormat), null },
        { "RF3034257BF7194E4000001A8G", nameof(ScanErrors.InternalFormat), null },
        { "DN202613010001", nameof(ScanErrors.InvalidMonth), 3 },
        { "PO202602300001", nameof(ScanErrors.InvalidDay), 3 },
        { "DN000001010001", nameof(ScanErrors.InvalidYear), 3 },
    };

    [Theory]
    [MemberData(nameof(Gs1Labels))]
    public void Gs1_element_strings_are_read_with_or_without_symbology_identifier_separators_or_brackets(string label, string expected) =>
        Assert.Equal(expected, Summary(Parse(label)));

    [Theory]
    [MemberData(nameof(HibcLabels))]
    public void Hibc_primary_secondary_and_concatenated_symbols_give_labeler_product_and_production_data(string label, string expected) =>
        Assert.Equal(expected, Summary(Parse(label)));

    [Theory]
    [MemberData(nameof(MaCodes))]
    public void Ma_codes_give_the_device_identifier_before_the_first_data_identifier_and_their_dates(string label, string expected) =>
        Assert.Equal(expected, Summary(Parse(label)));

    [Theory]
    [MemberData(nameof(SpdLabels))]
    public void Spd_labels_are_read_in_either_case_and_behind_any_symbology_identifier(string label, string expected) =>
        Assert.Equal(expected, Summary(Parse(label)));

    [Theory]
    [MemberData(nameof(MalformedCodes))]
    public void Each_malformed_code_is_refused_with_its_precise_error_and_position(string label, string code, int? position)
    {
        var result = BarcodeParser.Parse(label, Today);

        Assert.False(result.Succeeded, $"{label} was read as {result.Code}");
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("2026-11-22", "76", 2076)]
    [InlineData("2026-11-22", "77", 1977)]
    [InlineData("2026-11-22", "26", 2026)]
    [InlineData("2026-11-22", "00", 2000)]
    [InlineData("2026-11-22", "99", 1999)]
    [InlineData("2080-01-01", "29", 2129)]
    [InlineData("2080-01-01", "30", 2130)]
    [InlineData("2080-01-01", "31", 2031)]
    [InlineData("2080-01-01", "99", 2099)]
    public void Gs1_two_digit_year_window_puts_51_years_ahead_in_the_past_and_50_behind_in_the_future(string today, string year, int expected)
    {
        var code = Udi(BarcodeParser.Parse($"]C117{year}0101", DateOnly.Parse(today, CultureInfo.InvariantCulture)));

        Assert.Equal(new DateOnly(expected, 1, 1), code.ExpiryDate);
    }

    [Fact]
    public void Gs1_elements_are_listed_in_label_order_and_the_text_is_the_bracketed_form()
    {
        var code = Udi(Parse($"]d20106901234567892240REF-42{Gs}17261200{Gs}8012V1.2"));

        Assert.Equal(
            new DataElement[] { new("01", "06901234567892"), new("240", "REF-42"), new("17", "261200"), new("8012", "V1.2") },
            code.Elements);
        Assert.Equal("(01)06901234567892(240)REF-42(17)261200(8012)V1.2", code.Text);
        Assert.Equal(new DateOnly(2026, 12, 31), code.ExpiryDate);
        Assert.Equal("06901234567892", code.DeviceIdentifier);
    }

    [Fact]
    public void A_repeated_gs1_element_with_the_same_value_is_read_once()
    {
        var code = Udi(Parse($"]d2010690123456789210A{Gs}10A"));

        Assert.Equal(new[] { "01", "10" }, code.Elements.Select(e => e.Ai));
    }

    [Fact]
    public void Hibc_device_identifier_is_labeler_product_and_unit_and_a_separate_secondary_links_by_the_primarys_check_character()
    {
        var primary = Udi(Parse("+A123BJC5D6E71G"));
        var secondary = Udi(Parse("+$$3261231LOT1GD"));

        Assert.Equal("A123BJC5D6E71", primary.DeviceIdentifier);
        Assert.Equal(primary.LinkCharacter, secondary.LinkCharacter);
        Assert.Null(Udi(Parse("+A123BJC5D6E71/$$52001510X3C")).LinkCharacter);
    }

    [Fact]
    public void Ma_pi_fields_are_listed_with_their_data_identifier_letters()
    {
        var code = Udi(Parse("MA.156.M0.100761.21234561.Sx00008.M220117.L20220117.D20220118.E220130.V220117.C3"));

        Assert.Equal("S M L D E V C", string.Join(' ', code.Elements.Select(e => e.Ai)));
        Assert.Equal("20220118", code.Elements.Single(e => e.Ai == "D").Value);
    }

    [Theory]
    [InlineData("6901234567890", "6901234567890", '2')]
    [InlineData("]d20106901234567893", "06901234567893", '2')]
    [InlineData("SU1234567890", "SU1234567890", '5')]
    [InlineData("su1234567891", "SU1234567891", '5')]
    public void A_wrong_check_digit_names_the_one_it_should_be(string label, string value, char expected)
    {
        var error = Parse(label).Error!;

        Assert.Equal(new object[] { value, expected }, error.Arguments);
        Assert.Equal($"{value} has a wrong check digit; it should be {expected}.", error.Message);
    }

    [Fact]
    public void Impossible_dates_name_the_month_or_day_that_does_not_exist()
    {
        Assert.Equal(new object[] { "261331", 13 }, Parse("]C117261331").Error!.Arguments);
        Assert.Equal(new object[] { "260230", 30 }, Parse("]C117260230").Error!.Arguments);
        Assert.Equal(new object[] { "26000", 0 }, Parse("+A123BJC5D6E71/$$526000LOT6").Error!.Arguments);
    }

    [Fact]
    public void Gs1_errors_name_the_ai_and_what_is_wrong_with_its_value()
    {
        Assert.Equal(new object[] { "10", 20, 21 }, Parse("]d2010690123456789210ABCDEFGHIJKLMNOPQRSTU").Error!.Arguments);
        Assert.Equal(new object[] { "23X", 17 }, Parse("]d2010690123456789223X").Error!.Arguments);
        Assert.Equal(new object[] { "01", 14, 13, 3 }, Parse("]d2010690123456789").Error!.Arguments);
        Assert.Equal(new object[] { "10", '#', 22 }, Parse("]d2010690123456789210LOT#1").Error!.Arguments);
    }

    [Fact]
    public void Internal_codes_round_trip_from_printing_to_scanning()
    {
        InternalCode[] printed =
        [
            InternalCode.Piece(1), InternalCode.Piece(InternalCode.MaxSerial), InternalCode.FixedPack(4711),
            InternalCode.DeliveryNote(new DateOnly(2026, 2, 28), 1), InternalCode.PurchaseOrder(new DateOnly(2026, 12, 31), InternalCode.MaxSequence),
            InternalCode.Location("ZXK01", "A-01-02-03"), InternalCode.Rfid("3034257bf7194e4000001a85"),
        ];

        Assert.All(printed, code => Assert.Equal(code, BarcodeParser.Parse(code.Text, Today).Code));
        Assert.Equal(
            new[] { "SU0000000017", "SU9999999999", "SK0000047111", "DN202602280001", "PO202612319999", "L:ZXK01:A-01-02-03", "RF3034257BF7194E4000001A85" },
            printed.Select(code => code.ToString()));
    }

    [Fact]
    public void Internal_codes_cannot_be_printed_outside_their_scheme()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InternalCode.Piece(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => InternalCode.FixedPack(1_000_000_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => InternalCode.DeliveryNote(Today, 10_000));
        Assert.Throws<ArgumentException>(() => InternalCode.Location("CK01", "A:1"));
        Assert.Throws<ArgumentException>(() => InternalCode.Rfid("3034"));
    }

    [Fact]
    public void Parsing_never_throws_whatever_arrives()
    {
        string[] starts = ["", "]d2", "]C1", "(", "+", "+$$", "*+", "MA.156.M0.100204.", "SU", "DN", "L:", "RF", "01", "17", "8"];
        const string alphabet = "0123456789ABCDEZabz$+/.-:()* %#~\u001d\u241d<GS>{}[]^";
        var random = new Random(20261122);

        for (var i = 0; i < 20_000; i++)
        {
            var text = starts[random.Next(starts.Length)]
                + new string(Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var result = BarcodeParser.Parse(text, Today);
            Assert.True(result.Succeeded ^ result.Error is not null, text);
        }
    }

    private static ScanResult Parse(string label) => BarcodeParser.Parse(label, Today);

    private static UdiCode Udi(ScanResult result) =>
        Assert.IsType<UdiCode>(result.Code ?? throw new Xunit.Sdk.XunitException($"{result.Error!.Code}: {result.Error.Message}"));

    /// <summary>The fields a reader of the label cares about, in one line to compare.</summary>
    private static string Summary(ScanResult result)
    {
        if (!result.Succeeded)
        {
            return $"{result.Error.Code}: {result.Error.Message}";
        }

        static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (string Name, object? Value)[] fields = result.Code switch
        {
            UdiCode code =>
            [
                ("gtin", code.Gtin), ("sscc", code.Sscc), ("di", code.Kind == ScanKind.Ma ? code.DeviceIdentifier : null),
                ("labeler", code.LabelerId), ("product", code.ProductNumber), ("unit", code.UnitOfMeasure), ("link", code.LinkCharacter),
                ("lot", code.Lot), ("serial", code.Serial), ("made", Day(code.ProductionDate)), ("expires", Day(code.ExpiryDate)), ("qty", code.Quantity),
            ],
            InternalCode code =>
            [
                ("serial", code.Serial), ("date", Day(code.Date)), ("seq", code.Sequence),
                ("warehouse", code.WarehouseCode), ("location", code.LocationCode), ("epc", code.Epc),
            ],
            _ => [],
        };

        var kind = result.Code is InternalCode internalCode ? internalCode.InternalKind.ToString() : result.Code.Kind.ToString();
        return string.Join(' ', fields.Where(f => f.Value is not null).Select(f => $"{f.Name}={f.Value}").Prepend(kind));
    }
}
