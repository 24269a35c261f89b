using Spd.Domain.Common;
using System.Globalization;
using Spd.Domain.Catalog;

namespace Spd.Domain.Seeding;

/// <summary>
/// Turns the product templates into SKUs: a product line is one product from one manufacturer
/// with its whole specification range. Lines are taken round by round (one more brand of every
/// product per round) until the category's share is filled, so a small profile still covers
/// every product and a large one adds brands. Each round gives a product the brand with the
/// fewest lines so far, and a line goes to the manufacturer's least used supplier, so that
/// every manufacturer and supplier ends up with items.
/// </summary>
internal sealed class CatalogGenerator
{
    /// <summary>Shares of the SKUs per category; the uncharged items take the rest.</summary>
    private const double HighValueShare = 0.5;
    private const double ChargedShare = 0.33;

    /// <summary>A manufacturer sells through one to three distributors.</summary>
    private const int MaxSuppliersPerMaker = 3;

    private readonly PartnerGenerator partners;
    private readonly Random random;
    private readonly DateOnly today;
    private readonly List<Item> items;
    private readonly int[] makerLines;
    private readonly Dictionary<Supplier, int> supplierLines = [];

    private CatalogGenerator(PartnerGenerator partners, Random random, DateOnly today, int capacity, int makers)
    {
        this.partners = partners;
        this.random = random;
        this.today = today;
        items = new List<Item>(capacity);
        makerLines = new int[makers];
    }

    public static IReadOnlyList<Item> Generate(HospitalShape shape, PartnerGenerator partners, Random random, DateOnly today)
    {
        var generator = new CatalogGenerator(partners, random, today, shape.Items, partners.Makers.Count);
        var brands = ProductTemplates.All.Select(product => generator.BrandsOf(product, partners.Makers)).ToArray();
        var highValue = (int)(shape.Items * HighValueShare);
        var charged = (int)(shape.Items * ChargedShare);
        generator.Fill(ItemCategory.HighValue, highValue, brands);
        generator.Fill(ItemCategory.LowValueCharged, charged, brands);
        generator.Fill(ItemCategory.LowValueUncharged, shape.Items - highValue - charged, brands);
        return generator.items;
    }

    /// <summary>The manufacturers making a product, real brands before generated ones, each group in a random order.</summary>
    private List<Maker> BrandsOf(ProductTemplate product, IReadOnlyList<Maker> makers)
    {
        var real = makers.Where(m => !m.IsGenerated && m.Families.Contains(product.Family)).ToArray();
        var generated = makers.Where(m => m.IsGenerated && m.Families.Contains(product.Family)).ToArray();
        random.Shuffle(real);
        random.Shuffle(generated);
        return [.. real, .. generated];
    }

    /// <summary>Consumes the brands of the category's products as it makes lines of them.</summary>
    private void Fill(ItemCategory category, int quota, List<Maker>[] brands)
    {
        var products = Enumerable.Range(0, ProductTemplates.All.Length).Where(p => ProductTemplates.All[p].Category == category).ToArray();
        var target = items.Count + quota;
        while (items.Count < target)
        {
            var open = products.Where(p => brands[p].Count > 0).ToArray();
            if (open.Length == 0)
            {
                throw new InvalidOperationException($"The product templates cannot fill {quota} {category} items.");
            }

            foreach (var product in open)
            {
                var maker = brands[product].MinBy(m => makerLines[m.Index])!;
                brands[product].Remove(maker);
                makerLines[maker.Index]++;
                AddLine(product, maker, target - items.Count);
                if (items.Count == target)
                {
                    return;
                }
            }
        }
    }

    private void AddLine(int productIndex, Maker maker, int room)
    {
        var product = ProductTemplates.All[productIndex];
        var supplier = SupplierFor(maker);
        var consignment = random.NextDouble() < product.ConsignmentShare;
        var (registration, registrationExpiry) = Registration(product, maker);
        var charged = product.Category != ItemCategory.LowValueUncharged;
        var count = product.Specifications.Length;
        for (var k = 0; k < Math.Min(count, room); k++)
        {
            var price = UnitPrice(product, maker, count == 1 ? 0.5m : (decimal)k / (count - 1));
            var sequence = items.Count + 1;
            items.Add(new Item
            {
                Code = $"WZ{sequence:0000000}",
                Name = product.Name,
                Specification = product.Specifications[k],
                Model = $"{maker.ModelPrefix}{productIndex + 1:000}-{k + 1:00}",
                Unit = product.Unit,
                PackUnit = product.PackUnit,
                PackQuantity = product.PackQuantity,
                Manufacturer = maker.Manufacturer,
                Supplier = supplier,
                UnitPrice = price,
                ChargePrice = charged ? decimal.Round(price * (1.02m + (decimal)random.NextDouble() * 0.08m), 2) : null,
                Category = product.Category,
                ManagementMode = product.ManagementMode,
                TrackingMode = product.TrackingMode,
                // About one item in ten has no UDI yet: the data-quality page reports them.
                UdiDi = random.NextDouble() < 0.9 ? RegistryCodes.Gtin14($"0{maker.Gs1CompanyPrefix}{maker.NextItemReference++:00000}") : null,
                RegistrationCertificateNo = registration,
                RegistrationCertificateExpiry = registrationExpiry,
                ChargeCode = charged && random.NextDouble() < 0.97 ? $"CL{sequence:00000000}" : null,
                NationalCode = charged && random.NextDouble() < 0.92
                    ? $"C{(int)product.Family + 1:00}{productIndex:000}{maker.Index:0000}{k:000}{random.Next(10_000_000):0000000}"
                    : null,
                StorageCondition = product.StorageCondition,
                ShelfLifeMonths = product.ShelfLifeMonths,
                IsConsignment = consignment,
                IsImplant = product.IsImplant,
                Status = random.NextDouble() < 0.015 ? ItemStatus.Suspended : ItemStatus.Active,
            });
        }
    }

    /// <summary>
    /// Mostly a distributor the manufacturer already sells through; otherwise the least busy
    /// distributor of its line, which gives every supplier items.
    /// </summary>
    private Supplier SupplierFor(Maker maker)
    {
        var reuse = maker.Suppliers.Count == MaxSuppliersPerMaker || (maker.Suppliers.Count > 0 && random.NextDouble() < 0.75);
        var supplier = reuse
            ? maker.Suppliers.MinBy(Lines)!
            : partners.SuppliersFor(maker).Where(s => !maker.Suppliers.Contains(s)).MinBy(Lines)!;
        if (!reuse)
        {
            maker.Suppliers.Add(supplier);
        }

        supplierLines[supplier] = Lines(supplier) + 1;
        return supplier;
    }

    private int Lines(Supplier supplier) => supplierLines.GetValueOrDefault(supplier);

    /// <summary>
    /// One 注册证 covers all specifications of a product line. Class I devices are filed (备案)
    /// without an end date; registrations run five years, a few are about to run out or have.
    /// </summary>
    private (string Number, DateOnly? Expiry) Registration(ProductTemplate product, Maker maker)
    {
        var serial = random.Next(1, 10000).ToString("0000", CultureInfo.InvariantCulture);
        if (product.DeviceClass == 1)
        {
            var year = today.Year - random.Next(1, 10);
            return (maker.Place is { } filedAt ? $"{filedAt.ProvinceAbbreviation}{filedAt.FilingAbbreviation}械备{year}{serial}号" : $"国械备{year}{serial}号", null);
        }

        var draw = random.NextDouble();
        var expiry = draw < 0.02 ? today.AddDays(-random.Next(1, 200))
            : draw < 0.07 ? today.AddDays(random.Next(1, 91))
            : today.AddDays(random.Next(120, 1700));
        var approved = expiry.Year - 5;
        var classAndCode = $"{product.DeviceClass}{product.ClassificationCode:00}";
        var number = maker.Place switch
        {
            null => $"国械注进{approved}{classAndCode}{serial}",
            _ when product.DeviceClass == 3 => $"国械注准{approved}{classAndCode}{serial}",
            { } place => $"{place.ProvinceAbbreviation}械注准{approved}{classAndCode}{serial}",
        };
        return (number, expiry);
    }

    private decimal UnitPrice(ProductTemplate product, Maker maker, decimal position)
    {
        var noise = 0.92m + (decimal)random.NextDouble() * 0.16m;
        var price = (product.MinPrice + (product.MaxPrice - product.MinPrice) * position) * maker.PriceFactor * noise;
        return product.Category switch
        {
            ItemCategory.HighValue => Math.Clamp(decimal.Round(price, 0), 500m, 60_000m),
            ItemCategory.LowValueCharged => Math.Clamp(decimal.Round(price, 2), 0.3m, 300m),
            _ => Math.Max(decimal.Round(price, 2), 0.05m),
        };
    }
}
