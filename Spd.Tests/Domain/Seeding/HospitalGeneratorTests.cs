using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Seeding;

public sealed partial class HospitalGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly Lazy<HospitalData> Demo = new(() => HospitalGenerator.Generate(SeedProfile.Demo, Today));

    private static readonly Lazy<HospitalData> Large = new(() => HospitalGenerator.Generate(SeedProfile.Large, Today));

    public static TheoryData<SeedProfile> Profiles => [SeedProfile.Demo, SeedProfile.Large];

    private static HospitalData Generated(SeedProfile profile) => profile == SeedProfile.Large ? Large.Value : Demo.Value;

    [Fact]
    public void None_profile_generates_an_empty_hospital()
    {
        var data = HospitalGenerator.Generate(SeedProfile.None, Today);

        Assert.Empty(data.Campuses);
        Assert.Empty(data.Departments);
        Assert.Empty(data.Warehouses);
        Assert.Empty(data.Suppliers);
        Assert.Empty(data.Manufacturers);
        Assert.Empty(data.Items);
    }

    [Fact]
    public void Demo_profile_has_two_central_and_45_secondary_warehouses()
    {
        var data = Demo.Value;

        Assert.Equal(2, data.Campuses.Count);
        Assert.Equal(2, data.Warehouses.Count(w => w.Kind == WarehouseKind.Central));
        Assert.DoesNotContain(data.Warehouses, w => w.Kind == WarehouseKind.OffSite);
        Assert.Equal(45, data.Warehouses.Count(w => w.Kind == WarehouseKind.Secondary));
        Assert.Equal(6, data.Warehouses.Count(w => w.Kind == WarehouseKind.Tertiary));
        Assert.All(data.Campuses, campus => Assert.Single(data.Warehouses, w => w.Kind == WarehouseKind.Central && w.Campus == campus));
        Assert.Equal(3_000, data.Items.Count);
        Assert.Equal(60, data.Suppliers.Count);
        Assert.Equal(60, data.Manufacturers.Count);
    }

    [Fact]
    public void Large_profile_has_the_scale_of_the_pumc_hospital()
    {
        var data = Large.Value;

        Assert.Equal(30_000, data.Items.Count);
        Assert.Equal(6, data.Warehouses.Count(w => w.Kind is WarehouseKind.Central or WarehouseKind.OffSite));
        Assert.Contains(data.Warehouses, w => w.Kind == WarehouseKind.OffSite);
        Assert.Equal(280, data.Warehouses.Count(w => w.Kind == WarehouseKind.Secondary));
        Assert.True(data.Departments.Count(d => d.Name.EndsWith("病区", StringComparison.Ordinal)) >= 63);
        Assert.Equal(300, data.Suppliers.Count);
        Assert.Equal(300, data.Manufacturers.Count);
    }

    [Fact]
    public void Demo_has_the_clinical_departments_of_an_orthopaedic_hospital()
    {
        var names = Demo.Value.Departments.Select(d => d.Name).ToHashSet();

        Assert.Contains("脊柱外科一病区", names);
        Assert.Contains("脊柱外科二病区", names);
        Assert.Contains("关节外科一病区", names);
        Assert.Contains("创伤骨科一病区", names);
        Assert.Contains("手术室", names);
        Assert.Contains("导管室", names);
        Assert.Contains("消毒供应中心", names);
        Assert.Contains("设备科", names);
        Assert.Contains(Demo.Value.Departments, d => d.Type == DepartmentType.Administrative);
        Assert.Contains(Demo.Value.Departments, d => d.Type == DepartmentType.MedicalTechnology);
        Assert.Contains(Demo.Value.Departments, d => d.Type == DepartmentType.Support);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Departments_have_unique_codes_and_a_cost_centre_of_their_type(SeedProfile profile)
    {
        var departments = Generated(profile).Departments;

        Assert.Equal(departments.Count, departments.Select(d => d.Code).Distinct().Count());
        Assert.Equal(departments.Count, departments.Select(d => d.Name).Distinct().Count());
        Assert.Equal(departments.Count, departments.Select(d => d.CostCenterCode).Distinct().Count());
        Assert.All(departments, d => Assert.Equal(
            d.Type switch { DepartmentType.Clinical => '1', DepartmentType.MedicalTechnology => '2', DepartmentType.Support => '3', _ => '4' },
            d.CostCenterCode[2]));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Secondary_warehouses_belong_to_a_department_and_are_supplied_by_their_campus_central_warehouse(SeedProfile profile)
    {
        var warehouses = Generated(profile).Warehouses;

        Assert.Equal(warehouses.Count, warehouses.Select(w => w.Code).Distinct().Count());
        Assert.All(warehouses.Where(w => w.Kind is WarehouseKind.Central or WarehouseKind.OffSite), w =>
        {
            Assert.Null(w.OwnerDepartment);
            Assert.Null(w.SupplyingWarehouse);
        });
        Assert.All(warehouses.Where(w => w.Kind == WarehouseKind.Secondary), w =>
        {
            Assert.NotNull(w.OwnerDepartment);
            Assert.NotNull(w.SupplyingWarehouse);
            Assert.Same(w.Campus, w.OwnerDepartment.Campus);
            Assert.Equal(WarehouseKind.Central, w.SupplyingWarehouse.Kind);
            Assert.Same(w.Campus, w.SupplyingWarehouse.Campus);
        });
        Assert.All(warehouses.Where(w => w.Kind == WarehouseKind.Tertiary), w =>
        {
            Assert.NotNull(w.SupplyingWarehouse);
            Assert.Equal(WarehouseKind.Secondary, w.SupplyingWarehouse.Kind);
            Assert.Same(w.SupplyingWarehouse.OwnerDepartment, w.OwnerDepartment);
            Assert.Contains("智能柜", w.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Locations_are_coded_zone_rack_level_bin_a_few_hundred_per_central_and_a_dozen_per_secondary_warehouse()
    {
        var warehouses = Demo.Value.Warehouses;

        Assert.All(warehouses, w =>
        {
            Assert.All(w.Locations, l => Assert.Matches(LocationCode(), l.Code));
            Assert.All(w.Locations, l => Assert.Same(w, l.Warehouse));
            Assert.Equal(w.Locations.Count, w.Locations.Select(l => l.Code).Distinct().Count());
        });
        Assert.All(warehouses.Where(w => w.Kind == WarehouseKind.Central), w => Assert.InRange(w.Locations.Count, 200, 400));
        Assert.All(warehouses.Where(w => w.Kind == WarehouseKind.Secondary), w => Assert.Equal(12, w.Locations.Count));
    }

    [Fact]
    public void Same_seed_and_date_generate_identical_hospital()
    {
        var first = Snapshot(HospitalGenerator.Generate(SeedProfile.Demo, Today));
        var second = Snapshot(HospitalGenerator.Generate(SeedProfile.Demo, Today));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_generates_another_catalogue()
    {
        var usual = Demo.Value.Items.Select(i => (i.Manufacturer!.Name, i.UnitPrice));
        var other = HospitalGenerator.Generate(SeedProfile.Demo, Today, seed: 7).Items.Select(i => (i.Manufacturer!.Name, i.UnitPrice));

        Assert.NotEqual(usual, other);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_generated_udi_di_has_a_valid_check_digit(SeedProfile profile)
    {
        var items = Generated(profile).Items;
        var udis = items.Where(i => i.UdiDi is not null).Select(i => i.UdiDi!).ToList();

        Assert.All(udis, udi =>
        {
            Assert.Matches(Gtin14(), udi);
            Assert.Equal(Gs1CheckDigit(udi[..13]), udi[13]);
        });
        Assert.Equal(udis.Count, udis.Distinct().Count());
        // About one item in ten is left without a UDI for the data-quality page.
        Assert.InRange(items.Count - udis.Count, items.Count / 20, items.Count * 3 / 20);
    }

    [Fact]
    public void Demo_has_exactly_one_blacklisted_and_one_expired_supplier()
    {
        var suppliers = Demo.Value.Suppliers;

        var blacklisted = Assert.Single(suppliers, s => s.Blacklisted);
        Assert.False(string.IsNullOrWhiteSpace(blacklisted.BlacklistReason));
        Assert.True(blacklisted.BlacklistedOn < Today);
        var expired = Assert.Single(suppliers, s => s.Certificates.Any(c => !c.IsValidOn(Today)));
        Assert.NotSame(blacklisted, expired);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Some_licences_expire_within_30_and_within_90_days(SeedProfile profile)
    {
        var data = Generated(profile);
        var supplierDays = data.Suppliers.SelectMany(s => s.Certificates).Select(c => c.DaysLeft(Today)).ToList();
        var manufacturerDays = data.Manufacturers.SelectMany(m => m.Certificates).Select(c => c.DaysLeft(Today)).ToList();

        Assert.Contains(supplierDays, days => days is >= 0 and <= 30);
        Assert.Contains(supplierDays, days => days is > 30 and <= 90);
        Assert.Contains(supplierDays, days => days is null);
        Assert.Contains(manufacturerDays, days => days is >= 0 and <= 30);
        Assert.Contains(manufacturerDays, days => days is > 30 and <= 90);
        Assert.DoesNotContain(manufacturerDays, days => days < 0);
        Assert.True(supplierDays.Count(days => days is null or > 90) > supplierDays.Count * 8 / 10);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Suppliers_and_manufacturers_have_codes_credit_codes_and_the_licences_they_need(SeedProfile profile)
    {
        var data = Generated(profile);

        Assert.All(data.Suppliers, s =>
        {
            Assert.Matches(SupplierCode(), s.Code);
            Assert.True(IsValidCreditCode(s.CreditCode!), s.CreditCode);
            Assert.False(string.IsNullOrEmpty(s.ContactName));
            Assert.Matches(MobilePhone(), s.Phone!);
            Assert.Contains(s.Certificates, c => c.Type == CertificateType.BusinessLicense && c.Number == s.CreditCode);
            Assert.Contains(s.Certificates, c => c.Type == CertificateType.OperatingLicense);
            Assert.Contains(s.Certificates, c => c.Type == CertificateType.Authorization);
        });
        Assert.All(data.Manufacturers.Where(m => m.Country == "中国"), m =>
        {
            Assert.True(IsValidCreditCode(m.CreditCode!), m.CreditCode);
            Assert.Contains(m.Certificates, c => c.Type == CertificateType.ProductionLicense);
        });
        Assert.All(data.Manufacturers, m => Assert.Contains(m.Certificates, c => c.Type == CertificateType.BusinessLicense));
        Assert.Contains(data.Manufacturers, m => m.Country != "中国");
        Assert.Equal(data.Suppliers.Count + data.Manufacturers.Count, data.Suppliers.Select(s => s.Name).Concat(data.Manufacturers.Select(m => m.Name)).Distinct().Count());
        Assert.Equal(data.Suppliers.Count, data.Suppliers.Select(s => s.CreditCode).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Item_names_are_chinese_and_distinct_per_spec(SeedProfile profile)
    {
        var items = Generated(profile).Items;

        Assert.All(items, i =>
        {
            Assert.Matches(ChineseText(), i.Name);
            Assert.DoesNotContain("Item", i.Name, StringComparison.OrdinalIgnoreCase);
            Assert.False(string.IsNullOrWhiteSpace(i.Specification));
            Assert.False(string.IsNullOrEmpty(i.NameInitials));
        });
        Assert.Equal(items.Count, items.Select(i => (i.Name, i.Specification, i.Model)).Distinct().Count());
        Assert.Equal(items.Select((_, n) => $"WZ{n + 1:0000000}"), items.Select(i => i.Code));
    }

    [Fact]
    public void Demo_catalogue_has_the_everyday_and_the_orthopaedic_products()
    {
        var items = Demo.Value.Items;

        Assert.Contains(items, i => i.Name == "医用外科口罩");
        Assert.Contains(items, i => i.Name.Contains("检查手套", StringComparison.Ordinal) && i.Specification.StartsWith("M#", StringComparison.Ordinal));
        foreach (var volume in new[] { "5ml", "10ml", "20ml" })
        {
            Assert.Contains(items, i => i.Name == "一次性使用无菌注射器" && i.Specification.StartsWith(volume, StringComparison.Ordinal));
        }

        Assert.Contains(items, i => i.Name.Contains("留置针", StringComparison.Ordinal) && i.Specification.Contains("22G", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Name.Contains("椎弓根螺钉", StringComparison.Ordinal) && i.Specification == "Φ6.5×45mm");
        Assert.Contains(items, i => i.Name.Contains("锁定接骨板", StringComparison.Ordinal) && i.Specification.Contains("7孔", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Name == "人工髋关节陶瓷股骨头" && i.Specification.StartsWith("32mm", StringComparison.Ordinal));
        foreach (var name in new[] { "导尿包", "吸引管", "PTCA导丝", "球囊扩张导管", "药物洗脱支架", "髋臼杯", "股骨柄", "人工膝关节", "骨水泥", "可吸收止血纱布", "吻合器", "疝修补片", "心脏起搏器" })
        {
            Assert.Contains(items, i => i.Name.Contains(name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Items_follow_the_rules_of_their_category(SeedProfile profile)
    {
        var items = Generated(profile).Items;
        var highValue = items.Where(i => i.Category == ItemCategory.HighValue).ToList();
        var charged = items.Where(i => i.Category == ItemCategory.LowValueCharged).ToList();
        var uncharged = items.Where(i => i.Category == ItemCategory.LowValueUncharged).ToList();

        Assert.All(highValue, i =>
        {
            Assert.Equal(TrackingMode.Unique, i.TrackingMode);
            Assert.InRange(i.UnitPrice, 500m, 60_000m);
            Assert.True(i.ChargePrice >= i.UnitPrice);
        });
        Assert.True(highValue.Count(i => i.ManagementMode == ManagementMode.OrderLinked) > highValue.Count * 8 / 10);
        Assert.True(highValue.Count(i => i.IsImplant) > highValue.Count / 2);
        Assert.True(highValue.Count(i => i.IsConsignment) > highValue.Count / 3);
        Assert.All(charged, i =>
        {
            Assert.Equal(ManagementMode.StockManaged, i.ManagementMode);
            Assert.Contains(i.TrackingMode, new[] { TrackingMode.Pack, TrackingMode.Bulk });
            Assert.InRange(i.UnitPrice, 0.3m, 300m);
            Assert.True(i.ChargePrice > i.UnitPrice);
            Assert.False(i.IsConsignment);
        });
        Assert.All(uncharged, i =>
        {
            Assert.Null(i.ChargePrice);
            Assert.Null(i.ChargeCode);
            Assert.Null(i.NationalCode);
            Assert.True(i.UnitPrice > 0);
        });
        Assert.NotEmpty(uncharged);
        Assert.True(items.Count(i => i.StorageCondition == StorageCondition.Ambient) > items.Count * 8 / 10);
        Assert.Contains(items, i => i.StorageCondition == StorageCondition.Refrigerated && i.Name.Contains("生物补片", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Status == ItemStatus.Suspended);
        Assert.True(items.Count(i => i.Status == ItemStatus.Active) > items.Count * 95 / 100);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Charged_items_carry_charge_and_national_codes_with_a_few_missing(SeedProfile profile)
    {
        var charged = Generated(profile).Items.Where(i => i.Category != ItemCategory.LowValueUncharged).ToList();

        var withChargeCode = charged.Where(i => i.ChargeCode is not null).ToList();
        Assert.InRange(withChargeCode.Count, charged.Count * 9 / 10, charged.Count - 1);
        Assert.Equal(withChargeCode.Count, withChargeCode.Select(i => i.ChargeCode).Distinct().Count());
        var nationalCodes = charged.Where(i => i.NationalCode is not null).Select(i => i.NationalCode!).ToList();
        Assert.InRange(nationalCodes.Count, charged.Count * 8 / 10, charged.Count - 1);
        Assert.All(nationalCodes, code => Assert.Matches(NationalCode(), code));
        Assert.Equal(nationalCodes.Count, nationalCodes.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Registration_certificates_look_like_nmpa_numbers_and_some_are_near_or_past_expiry(SeedProfile profile)
    {
        var items = Generated(profile).Items;

        Assert.All(items, i =>
        {
            Assert.NotNull(i.RegistrationCertificateNo);
            if (i.RegistrationCertificateExpiry is null)
            {
                Assert.Matches(FilingNumber(), i.RegistrationCertificateNo);
            }
            else
            {
                Assert.Matches(RegistrationNumber(), i.RegistrationCertificateNo);
                Assert.Equal(i.RegistrationCertificateExpiry.Value.Year - 5, int.Parse(i.RegistrationCertificateNo[4..8], System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        Assert.StartsWith("国械注进", items.First(i => i.Manufacturer!.Country != "中国" && i.Category == ItemCategory.HighValue).RegistrationCertificateNo, StringComparison.Ordinal);
        var daysLeft = items.Where(i => i.RegistrationCertificateExpiry is not null).Select(i => i.RegistrationCertificateExpiry!.Value.DayNumber - Today.DayNumber).ToList();
        Assert.Contains(daysLeft, days => days is >= 0 and <= 90);
        Assert.Contains(daysLeft, days => days < 0);
        Assert.True(daysLeft.Count(days => days > 90) > daysLeft.Count * 85 / 100);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_item_is_bought_from_a_supplier_its_manufacturer_authorised(SeedProfile profile)
    {
        var data = Generated(profile);
        var suppliers = data.Suppliers.ToHashSet();
        var manufacturers = data.Manufacturers.ToHashSet();

        Assert.All(data.Items, i =>
        {
            Assert.Contains(i.Supplier!, suppliers);
            Assert.Contains(i.Manufacturer!, manufacturers);
            Assert.Contains(i.Supplier!.Certificates, c => c.Type == CertificateType.Authorization && c.Issuer == i.Manufacturer!.Name);
        });
        Assert.All(data.Suppliers, s => Assert.Contains(data.Items, i => i.Supplier == s));
    }

    private static string Snapshot(HospitalData data) =>
        JsonSerializer.Serialize(data, new JsonSerializerOptions { ReferenceHandler = ReferenceHandler.Preserve });

    private static char Gs1CheckDigit(string body)
    {
        var sum = body.Reverse().Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>GB 32100-2015: weights 3^i mod 31 over the first 17 characters.</summary>
    private static bool IsValidCreditCode(string code)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        if (code.Length != 18 || code.Any(c => !alphabet.Contains(c)))
        {
            return false;
        }

        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(code[i]) * weight;
            weight = weight * 3 % 31;
        }

        return alphabet[(31 - sum % 31) % 31] == code[17];
    }

    [GeneratedRegex(@"^[A-Z]-\d{2}-\d{2}-\d{2}$")]
    private static partial Regex LocationCode();

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex Gtin14();

    [GeneratedRegex(@"^GYS\d{3}$")]
    private static partial Regex SupplierCode();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePhone();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseText();

    [GeneratedRegex(@"^C\d{19}$")]
    private static partial Regex NationalCode();

    [GeneratedRegex(@"^(国械注准|国械注进|\p{IsCJKUnifiedIdeographs}械注准)\d{4}[23]\d{2}\d{4}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex(@"^(国|\p{IsCJKUnifiedIdeographs}{2})械备\d{8}号$")]
    private static partial Regex FilingNumber();
}
