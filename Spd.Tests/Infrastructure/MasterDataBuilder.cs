using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Infrastructure;

/// <summary>Small, hand-made master data for tests that need a few rows they can reason about.</summary>
public static class MasterDataBuilder
{
    public static async Task<(Supplier Supplier, Manufacturer Manufacturer)> AddSupplierAsync(SpdDbContext db, string code = "GYS900", string name = "测试医疗器械有限公司")
    {
        var supplier = new Supplier { Code = code, Name = name };
        var manufacturer = new Manufacturer { Code = "CJ" + code, Name = name + "（厂家）" };
        db.AddRange(supplier, manufacturer);
        await db.SaveChangesAsync();
        return (supplier, manufacturer);
    }

    /// <summary>A supplier and its manufacturer with every licence and the authorisation in date on <paramref name="today"/>.</summary>
    public static async Task<(Supplier Supplier, Manufacturer Manufacturer)> AddEligibleSupplierAsync(SpdDbContext db, string code, string name, DateOnly today)
    {
        var (supplier, manufacturer) = await AddSupplierAsync(db, code, name);
        supplier.Certificates.AddRange(
        [
            new Certificate { Type = CertificateType.BusinessLicense, Number = "B" + code },
            new Certificate { Type = CertificateType.OperatingLicense, Number = "O" + code, ValidUntil = today.AddYears(2) },
            new Certificate { Type = CertificateType.Authorization, Number = "A" + code, AuthorizingManufacturerId = manufacturer.Id, ValidUntil = today.AddYears(1) },
        ]);
        manufacturer.Certificates.Add(new Certificate { Type = CertificateType.ProductionLicense, Number = "P" + code, ValidUntil = today.AddYears(3) });
        await db.SaveChangesAsync();
        return (supplier, manufacturer);
    }

    /// <summary>An item with a registration certificate valid for three more years.</summary>
    public static Item Registered(Item item, DateOnly today)
    {
        item.RegistrationCertificateNo = "国械注准2024" + item.Code;
        item.RegistrationCertificateExpiry = today.AddYears(3);
        return item;
    }

    public static Item NewItem(string code, string name, string specification, decimal price, Supplier supplier, Manufacturer manufacturer,
        ItemCategory category = ItemCategory.LowValueCharged) => new()
    {
        Code = code,
        Name = name,
        Specification = specification,
        Unit = "支",
        UnitPrice = price,
        Category = category,
        SupplierId = supplier.Id,
        ManufacturerId = manufacturer.Id,
    };

    public static async Task<(Campus Campus, Department Department, Warehouse Central)> AddOrganisationAsync(SpdDbContext db)
    {
        var campus = new Campus { Code = "C1", Name = "本部院区" };
        var department = new Department { Code = "K001", Name = "关节外科", CostCenterCode = "CC001", Type = DepartmentType.Clinical, Campus = campus };
        var central = new Warehouse { Code = "W001", Name = "中心库", Kind = WarehouseKind.Central, Campus = campus };
        db.AddRange(campus, department, central);
        await db.SaveChangesAsync();
        return (campus, department, central);
    }
}
