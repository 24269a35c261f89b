using Spd.Domain.Common;
using System.Globalization;
using Spd.Domain.Catalog;

namespace Spd.Domain.Seeding;

/// <summary>A generated manufacturer with what the catalogue generator needs to know about it.</summary>
internal sealed class Maker(int index, Manufacturer manufacturer, ProductFamily[] families, string modelPrefix, Place? place, bool isGenerated)
{
    public int Index { get; } = index;

    public Manufacturer Manufacturer { get; } = manufacturer;

    public ProductFamily[] Families { get; } = families;

    /// <summary>Start of the manufacturer's catalogue numbers (型号).</summary>
    public string ModelPrefix { get; } = modelPrefix;

    /// <summary>Where its domestic registrations come from; none for imported devices.</summary>
    public Place? Place { get; } = place;

    /// <summary>Made up for the large profile rather than taken from the list of real brands.</summary>
    public bool IsGenerated { get; } = isGenerated;

    /// <summary>Imported brands cost more than the domestic ones, the small generated makers less.</summary>
    public decimal PriceFactor => IsGenerated ? 0.85m : Place is null ? 1.35m : 1m;

    /// <summary>The suppliers it authorises (授权书); the catalogue generator picks them as it buys the manufacturer's lines.</summary>
    public List<Supplier> Suppliers { get; } = [];

    /// <summary>Seven digits: the GS1 prefix of its country and a company number.</summary>
    public string Gs1CompanyPrefix => PartnerTemplates.Gs1CountryPrefix(Manufacturer.Country) + (Index + 1).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The next item reference under <see cref="Gs1CompanyPrefix"/>.</summary>
    public int NextItemReference { get; set; }
}

/// <summary>
/// Manufacturers, suppliers, their licences and the authorisation chain between them. The
/// catalogue decides which supplier carries which manufacturer; the authorisations and the
/// expiry cases are placed afterwards, from what it chose.
/// </summary>
internal sealed class PartnerGenerator
{
    private const string MobilePrefixes = "35789";

    private readonly HospitalShape shape;
    private readonly Random random;
    private readonly DateOnly today;

    /// <summary>Company names must not repeat; the name tables leave enough free combinations for the large profile.</summary>
    private readonly HashSet<string> companyNames = [];

    private readonly List<(Supplier Supplier, SupplierFocus Focus)> suppliers;

    public PartnerGenerator(HospitalShape shape, Random random, DateOnly today)
    {
        this.shape = shape;
        this.random = random;
        this.today = today;
        Makers = NewMakers();
        suppliers = NewSuppliers();
        Suppliers = [.. suppliers.Select(s => s.Supplier)];
    }

    public IReadOnlyList<Maker> Makers { get; }

    public IReadOnlyList<Supplier> Suppliers { get; }

    /// <summary>The suppliers that can carry a manufacturer's lines: the national groups and the regional ones of its focus.</summary>
    public IReadOnlyList<Supplier> SuppliersFor(Maker maker)
    {
        var focus = PartnerTemplates.FocusOf(maker.Families[0]);
        return [.. suppliers.Where(s => s.Focus == focus || s.Focus == SupplierFocus.Broad).Select(s => s.Supplier)];
    }

    /// <summary>One authorisation letter per manufacturer and supplier it sells through, renewed yearly.</summary>
    public void IssueAuthorizations()
    {
        foreach (var maker in Makers)
        {
            foreach (var supplier in maker.Suppliers)
            {
                var from = today.AddDays(-random.Next(0, 240));
                supplier.Certificates.Add(new Certificate
                {
                    Type = CertificateType.Authorization,
                    Number = $"SQ{from.Year}-{maker.Manufacturer.Code}-{supplier.Code}",
                    Issuer = maker.Manufacturer.Name,
                    AuthorizingManufacturer = maker.Manufacturer,
                    ValidFrom = from,
                    ValidUntil = from.AddYears(1).AddDays(-1),
                });
            }
        }
    }

    private List<Maker> NewMakers()
    {
        var makers = new List<Maker>(shape.Manufacturers);
        foreach (var template in PartnerTemplates.Manufacturers.Take(shape.Manufacturers))
        {
            companyNames.Add(template.Name);
            makers.Add(NewMaker(makers.Count, template.Name, template.Country, template.Prefix, template.Place, template.Families, isGenerated: false));
        }

        while (makers.Count < shape.Manufacturers)
        {
            var family = PartnerTemplates.GeneratedManufacturerFamilies[makers.Count % PartnerTemplates.GeneratedManufacturerFamilies.Length];
            var siblings = PartnerTemplates.GeneratedManufacturerFamilies
                .Where(f => f != family && PartnerTemplates.FocusOf(f) == PartnerTemplates.FocusOf(family))
                .Distinct()
                .ToArray();
            ProductFamily[] families = siblings.Length > 0 && random.NextDouble() < 0.5 ? [family, Pick(siblings)] : [family];
            var place = Pick(PartnerTemplates.ManufacturingPlaces(family));
            string tradeName, name;
            do
            {
                tradeName = Pick(PartnerTemplates.TradeNames);
                name = place.ShortCity + tradeName + Pick(PartnerTemplates.ManufacturerScopes(family));
            }
            while (!companyNames.Add(name));

            var prefix = Pinyin.Initials(tradeName).ToUpperInvariant() + (makers.Count + 1).ToString("000", CultureInfo.InvariantCulture);
            makers.Add(NewMaker(makers.Count, name, "中国", prefix, place, families, isGenerated: true));
        }

        return makers;
    }

    private Maker NewMaker(int index, string name, string country, string prefix, Place? place, ProductFamily[] families, bool isGenerated)
    {
        var manufacturer = new Manufacturer { Code = $"CJ{index + 1:000}", Name = name, Country = country };
        if (place is not null)
        {
            manufacturer.CreditCode = CreditCode(place);
            manufacturer.Certificates.Add(BusinessLicense(manufacturer.CreditCode, place));
            var from = today.AddDays(-random.Next(0, 1460));
            manufacturer.Certificates.Add(new Certificate
            {
                Type = CertificateType.ProductionLicense,
                Number = $"{place.ProvinceAbbreviation}药监械生产许{from.Year}{random.Next(1, 10000):0000}号",
                Issuer = $"{place.Province}药品监督管理局",
                ValidFrom = from,
                ValidUntil = from.AddYears(5).AddDays(-1),
            });
        }
        else
        {
            // A foreign manufacturer has no Chinese licences; the hospital files the business
            // licence of its agent in China (境内代理人), which here is always in Shanghai.
            manufacturer.Certificates.Add(BusinessLicense(CreditCode(PartnerTemplates.Shanghai), PartnerTemplates.Shanghai));
        }

        return new Maker(index, manufacturer, families, prefix, place, isGenerated);
    }

    private List<(Supplier Supplier, SupplierFocus Focus)> NewSuppliers()
    {
        var home = shape.Home;
        var names = PartnerTemplates.DistributionGroups
            .Select(group => (Name: group.Replace("{p}", home.ShortProvince).Replace("{c}", home.ShortCity), Focus: SupplierFocus.Broad))
            .Where(group => companyNames.Add(group.Name))
            .Take(shape.Suppliers)
            .ToList();
        SupplierFocus[] regionalFoci = [SupplierFocus.Orthopaedic, SupplierFocus.General, SupplierFocus.Orthopaedic, SupplierFocus.Interventional, SupplierFocus.General, SupplierFocus.Orthopaedic];
        while (names.Count < shape.Suppliers)
        {
            var focus = regionalFoci[names.Count % regionalFoci.Length];
            var scopes = PartnerTemplates.SupplierScopes(focus);
            string name;
            do
            {
                name = (random.NextDouble() < 0.3 ? home.ShortProvince : home.ShortCity) + Pick(PartnerTemplates.TradeNames) + Pick(scopes);
            }
            while (!companyNames.Add(name));

            names.Add((name, focus));
        }

        return [.. names.Select((entry, index) => (NewSupplier(index, entry.Name), entry.Focus))];
    }

    private Supplier NewSupplier(int index, string name)
    {
        var home = shape.Home;
        var supplier = new Supplier
        {
            Code = $"GYS{index + 1:000}",
            Name = name,
            CreditCode = CreditCode(home),
            ContactName = Pick(PartnerTemplates.Surnames) + Pick(PartnerTemplates.GivenNames),
            Phone = $"1{MobilePrefixes[random.Next(MobilePrefixes.Length)]}{random.Next(0, 1_000_000_000):000000000}",
            Address = $"{home.AddressPrefix}{Pick(home.Districts)}{Pick(PartnerTemplates.Roads)}{random.Next(1, 1000)}号",
            // A few have not signed the integrity pledge (廉洁承诺书) yet.
            IntegrityPledgeDate = random.NextDouble() < 0.95 ? today.AddDays(-random.Next(30, 700)) : null,
        };
        supplier.Certificates.Add(BusinessLicense(supplier.CreditCode, home));
        var from = today.AddDays(-random.Next(0, 1460));
        supplier.Certificates.Add(new Certificate
        {
            Type = CertificateType.OperatingLicense,
            Number = $"{home.ProvinceAbbreviation}{home.FilingAbbreviation}市监械经营许{from.Year}{random.Next(1, 10000):0000}号",
            Issuer = $"{home.City}市场监督管理局",
            ValidFrom = from,
            ValidUntil = from.AddYears(5).AddDays(-1),
        });
        return supplier;
    }

    /// <summary>
    /// Every licence generated so far is valid for more than 90 days. The expiry warnings
    /// (90/30/0 days) need cases, so a few suppliers and manufacturers get a licence inside a
    /// warning window, exactly one supplier an expired licence and exactly one supplier is blacklisted.
    /// </summary>
    public void PlaceExpiries()
    {
        // The expired and the blacklisted supplier are regional ones, not a national distribution group.
        var order = Shuffled(Suppliers.Count).OrderBy(i => suppliers[i].Focus == SupplierFocus.Broad).ToArray();
        OperatingLicense(Suppliers[order[0]]).ValidUntil = today.AddDays(-random.Next(3, 46));
        Suppliers[order[1]].Blacklist("提供虚假授权书，经耗材管理委员会审议列入黑名单", today.AddDays(-random.Next(30, 200)));

        var within30 = Math.Max(1, Suppliers.Count * 5 / 100);
        var within90 = Math.Max(1, Suppliers.Count * 8 / 100);
        foreach (var supplier in order.Skip(2).Take(within30).Select(i => Suppliers[i]))
        {
            var certificate = supplier.Certificates.FirstOrDefault(c => c.Type == CertificateType.Authorization) ?? OperatingLicense(supplier);
            certificate.ValidUntil = today.AddDays(random.Next(1, 31));
        }

        foreach (var supplier in order.Skip(2 + within30).Take(within90).Select(i => Suppliers[i]))
        {
            OperatingLicense(supplier).ValidUntil = today.AddDays(random.Next(31, 91));
        }

        var makerOrder = Shuffled(Makers.Count);
        var makersWithin30 = Math.Max(1, Makers.Count * 3 / 100);
        var makersWithin90 = Math.Max(1, Makers.Count * 5 / 100);
        for (var i = 0; i < makersWithin30 + makersWithin90; i++)
        {
            // The production licence of a domestic maker, the agent's business licence of a foreign one.
            var certificate = Makers[makerOrder[i]].Manufacturer.Certificates[^1];
            certificate.ValidUntil = i < makersWithin30 ? today.AddDays(random.Next(1, 31)) : today.AddDays(random.Next(31, 91));
        }
    }

    private static Certificate OperatingLicense(Supplier supplier) => supplier.Certificates.Single(c => c.Type == CertificateType.OperatingLicense);

    /// <summary>营业执照: most are issued without an end date (长期).</summary>
    private Certificate BusinessLicense(string creditCode, Place place)
    {
        var from = today.AddDays(-random.Next(3 * 365, 18 * 365));
        return new Certificate
        {
            Type = CertificateType.BusinessLicense,
            Number = creditCode,
            Issuer = $"{place.City}市场监督管理局",
            ValidFrom = from,
            ValidUntil = random.NextDouble() < 0.7 ? null : from.AddYears(random.Next(2) == 0 ? 20 : 30).AddDays(-1),
        };
    }

    private string CreditCode(Place place) => RegistryCodes.CreditCode(place.RegionCode, random.Next(10_000_000, 100_000_000));

    private int[] Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
