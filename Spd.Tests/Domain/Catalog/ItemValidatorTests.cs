using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Seeding;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class ItemValidatorTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly CatalogLookup lookup;
    private readonly ItemDraft valid;
    private readonly int blacklistedSupplierId;

    public ItemValidatorTests()
    {
        using var db = database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var blacklisted = new Supplier { Code = "BAD", Name = "黑名单公司" };
        blacklisted.Blacklist("提供过期产品", new DateOnly(2026, 1, 1));
        db.Suppliers.Add(blacklisted);
        var existing = MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.45m, supplier, manufacturer);
        existing.ChargeCode = "CL001";
        db.Items.Add(existing);
        db.SaveChanges();
        blacklistedSupplierId = blacklisted.Id;
        lookup = CatalogLookup.LoadAsync(db).GetAwaiter().GetResult();
        valid = new ItemDraft
        {
            Code = "WZ002",
            Name = "全髋系统 陶瓷股骨头",
            Specification = "32mm",
            Unit = "个",
            ManufacturerId = manufacturer.Id,
            SupplierId = supplier.Id,
            UnitPrice = 12800m,
            ChargePrice = 12800m,
            Category = ItemCategory.HighValue,
            ManagementMode = ManagementMode.OrderLinked,
            TrackingMode = TrackingMode.Unique,
            UdiDi = RegistryCodes.Gtin14("0693005000001"),
            ChargeCode = "CL002",
            NationalCode = "C0310010010000001234",
            IsImplant = true,
        };
    }

    public void Dispose() => database.Dispose();

    private IReadOnlyList<string> Codes(ItemDraft draft, ItemDraft? current = null, int? itemId = null) =>
        [.. ItemValidator.Validate(draft.Normalized(), lookup, current, itemId).Select(e => $"{e.Field}:{e.Code}")];

    [Fact]
    public void A_complete_item_is_valid() => Assert.Empty(Codes(valid));

    [Theory]
    [InlineData("06930050000017")]
    [InlineData("06930050000010")]
    public void A_gtin_with_a_wrong_check_digit_is_refused(string udi) =>
        Assert.Equal(["UdiDi:GtinCheckDigit"], Codes(valid with { UdiDi = udi }));

    [Theory]
    [InlineData("6930050000016")]
    [InlineData("0693005000001X")]
    public void A_gtin_that_is_not_14_digits_is_refused(string udi) =>
        Assert.Equal(["UdiDi:GtinFormat"], Codes(valid with { UdiDi = udi }));

    [Fact]
    public void The_check_digit_message_names_the_expected_digit()
    {
        var error = ItemValidator.Validate(valid with { UdiDi = "06930050000017" }, lookup).Single();

        Assert.Contains("expected 6", error.Message);
    }

    [Theory]
    [InlineData("C031001001000000123")]
    [InlineData("D0310010010000001234")]
    [InlineData("C03100100100000012345")]
    [InlineData("C03100100100000012A4")]
    public void A_national_code_must_be_C_and_19_digits(string code) =>
        Assert.Equal(["NationalCode:NationalCodeFormat"], Codes(valid with { NationalCode = code }));

    [Fact]
    public void A_lower_case_national_code_is_normalised_not_refused() =>
        Assert.Empty(Codes(valid with { NationalCode = "c0310010010000001234" }));

    [Fact]
    public void Required_fields_are_named_one_by_one() =>
        Assert.Equal(
            ["Code:Required", "Name:Required", "Specification:Required", "Unit:Required"],
            Codes(valid with { Code = " ", Name = "", Specification = "", Unit = "" }));

    [Fact]
    public void Codes_and_charge_codes_are_unique_but_an_item_keeps_its_own()
    {
        Assert.Equal(["Code:DuplicateCode", "ChargeCode:DuplicateChargeCode"], Codes(valid with { Code = "wz001", ChargeCode = "CL001" }));

        var existingId = lookup.ItemWithCode("WZ001", null)!.Value;
        Assert.Empty(Codes(valid with { Code = "WZ001", ChargeCode = "CL001" }, valid, existingId));
    }

    [Fact]
    public void Unknown_or_blacklisted_partners_are_refused()
    {
        Assert.Equal(["ManufacturerId:UnknownManufacturer", "SupplierId:UnknownSupplier"], Codes(valid with { ManufacturerId = 999, SupplierId = 999 }));
        Assert.Equal(["SupplierId:BlacklistedSupplier"], Codes(valid with { SupplierId = blacklistedSupplierId }));
    }

    [Fact]
    public void An_item_of_a_supplier_blacklisted_later_stays_editable()
    {
        var current = valid with { SupplierId = blacklistedSupplierId };

        Assert.Empty(Codes(current with { Specification = "36mm" }, current));
        Assert.Equal(["SupplierId:BlacklistedSupplier"], Codes(current, valid));
    }

    [Fact]
    public void Category_rules_hold()
    {
        Assert.Equal(["TrackingMode:HighValueTrackedUniquely"], Codes(valid with { TrackingMode = TrackingMode.Bulk }));
        Assert.Equal(
            ["ChargeCode:UnchargedWithChargeCode", "ManagementMode:OrderLinkedNeedsCharge"],
            Codes(valid with { Category = ItemCategory.LowValueUncharged, TrackingMode = TrackingMode.Unique }));
    }

    [Fact]
    public void Packs_prices_and_shelf_life_are_checked()
    {
        Assert.Equal(["PackUnit:PackUnitRequired"], Codes(valid with { PackQuantity = 10 }));
        Assert.Equal(["PackQuantity:PackQuantityAtLeastOne"], Codes(valid with { PackQuantity = 0 }));
        Assert.Equal(["UnitPrice:NegativePrice"], Codes(valid with { UnitPrice = -1 }));
        Assert.Equal(["ShelfLifeMonths:ShelfLifeRange"], Codes(valid with { ShelfLifeMonths = 0 }));
        Assert.Equal(["RegistrationCertificateNo:CertificateNumberRequired"], Codes(valid with { RegistrationCertificateExpiry = new DateOnly(2030, 1, 1) }));
    }

    [Fact]
    public async Task Every_item_of_the_demo_hospital_passes_the_rules()
    {
        using var demo = new TestDatabase();
        await using var db = demo.CreateUnaudited();
        await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, new DateOnly(2026, 11, 22)));
        var demoLookup = await CatalogLookup.LoadAsync(db);

        var problems = db.Items.AsEnumerable()
            .SelectMany(item => ItemValidator.Validate(ItemDraft.From(item), demoLookup, ItemDraft.From(item), item.Id).Select(e => $"{item.Code} {e.Field}:{e.Code}"))
            .ToList();

        Assert.Empty(problems);
    }
}
