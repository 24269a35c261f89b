namespace Spd.Domain.Seeding;

/// <summary>
/// Generates a reference hospital from DOMAIN.md §1. Deterministic: the same profile, date and
/// seed give the same hospital, because everything is drawn from one <see cref="Random"/> in a
/// fixed order and no hash ordering is relied on. <paramref name="today"/> only places
/// certificate and registration dates, so that expiry warnings show up whenever the demo runs.
/// </summary>
public static class HospitalGenerator
{
    public static HospitalData Generate(SeedProfile profile, DateOnly today, int seed = 20261122)
    {
        if (profile == SeedProfile.None)
        {
            return HospitalData.Empty;
        }

        var shape = HospitalShape.For(profile);
        var random = new Random(seed);
        var organization = OrganizationGenerator.Generate(shape);
        var partners = new PartnerGenerator(shape, random, today);
        var items = CatalogGenerator.Generate(shape, partners, random, today);
        partners.IssueAuthorizations();
        partners.PlaceExpiries();
        return new HospitalData(
            organization.Campuses,
            organization.Departments,
            organization.Warehouses,
            partners.Suppliers,
            [.. partners.Makers.Select(m => m.Manufacturer)],
            items);
    }
}

/// <summary>The sizes of a profile.</summary>
internal sealed record HospitalShape(
    SeedProfile Profile,
    Place Home,
    CampusTemplate[] Campuses,
    int CentralWarehouses,
    int OffSiteWarehouses,
    int SecondaryWarehouses,
    int TertiaryPoints,
    int Suppliers,
    int Manufacturers,
    int Items)
{
    public static HospitalShape For(SeedProfile profile) => profile switch
    {
        // The provincial orthopaedic hospital of seed 001 (Sichuan): two campuses, 一级库 2, 二级库 45.
        SeedProfile.Demo => new(
            profile,
            PartnerTemplates.Chengdu,
            [new("本部院区", "", "四川省成都市武侯区锦里西路88号"), new("东院区", "东院", "四川省成都市成华区建设南路36号")],
            CentralWarehouses: 2,
            OffSiteWarehouses: 0,
            SecondaryWarehouses: 45,
            TertiaryPoints: 6,
            Suppliers: 60,
            Manufacturers: 60,
            Items: 3_000),

        // PUMC of seed 000: 30,000+ SKUs, 6 central and 280+ secondary warehouses.
        SeedProfile.Large => new(
            profile,
            PartnerTemplates.Beijing,
            [new("东单院区", "", "北京市东城区东单北大街1号"), new("西单院区", "西单", "北京市西城区西单北大街20号"), new("大兴院区", "大兴", "北京市大兴区兴丰大街99号")],
            CentralWarehouses: 5,
            OffSiteWarehouses: 1,
            SecondaryWarehouses: 280,
            TertiaryPoints: 40,
            Suppliers: 300,
            Manufacturers: 300,
            Items: 30_000),

        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "No hospital is generated for this profile."),
    };
}
