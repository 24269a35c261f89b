using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Organization;

public sealed class MasterDataListTests : IDisposable
{
    private readonly TestDatabase database = new();

    public MasterDataListTests()
    {
        using var db = database.CreateUnaudited();
        var campus = new Campus { Code = "C1", Name = "本部院区" };
        db.Departments.AddRange(
            new Department { Code = "K1", Name = "关节外科", CostCenterCode = "CC1", Type = DepartmentType.Clinical, Campus = campus },
            new Department { Code = "K2", Name = "手术室", CostCenterCode = "CC2", Type = DepartmentType.MedicalTechnology, Campus = campus },
            new Department { Code = "K3", Name = "东院急诊科", CostCenterCode = "CC3", Type = DepartmentType.Clinical, Campus = campus });
        db.Suppliers.AddRange(
            new Supplier { Code = "G1", Name = "国药控股四川有限公司" },
            new Supplier { Code = "G2", Name = "华润四川医药有限公司" },
            new Supplier { Code = "G3", Name = "阿里健康医疗器械有限公司" });
        db.SaveChanges();
        var department = db.Departments.Single(d => d.Code == "K2");
        db.Warehouses.AddRange(
            new Warehouse { Code = "W1", Name = "中心库", Kind = WarehouseKind.Central, CampusId = campus.Id, Locations = [new() { Code = "A-01" }, new() { Code = "A-02" }] },
            new Warehouse { Code = "W2", Name = "手术室二级库", Kind = WarehouseKind.Secondary, CampusId = campus.Id, OwnerDepartmentId = department.Id });
        db.SaveChanges();
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Departments_are_found_by_pinyin_initials_and_filtered_by_type()
    {
        await using var db = database.CreateUnaudited();

        var byInitials = await DepartmentList.QueryAsync(db, new DepartmentFilter("gjwk"), new PageRequest());
        var clinical = await DepartmentList.QueryAsync(db, new DepartmentFilter(Type: DepartmentType.Clinical), new PageRequest());

        Assert.Equal(["关节外科"], byInitials.Items.Select(d => d.Name));
        Assert.Equal(["K1", "K3"], clinical.Items.Select(d => d.Code));
    }

    [Fact]
    public async Task Chinese_names_sort_in_pinyin_order_not_code_point_order()
    {
        await using var db = database.CreateUnaudited();

        var suppliers = await SupplierList.QueryAsync(db, new SupplierFilter(), new PageRequest(), "name");

        // Pinyin: 阿 (a) < 国 (g) < 华 (h); by code point it would be 华 (U+534E) < 国 (U+56FD) < 阿 (U+963F).
        Assert.Equal(["G3", "G1", "G2"], suppliers.Items.Select(s => s.Code));
    }

    [Fact]
    public async Task A_supplier_restriction_shows_that_supplier_only()
    {
        await using var db = database.CreateUnaudited();
        var own = db.Suppliers.Single(s => s.Code == "G2").Id;

        var restricted = await SupplierList.QueryAsync(db, new SupplierFilter(OnlySupplierId: own), new PageRequest());
        var byInitials = await SupplierList.QueryAsync(db, new SupplierFilter("gykg"), new PageRequest());

        Assert.Equal(["G2"], restricted.Items.Select(s => s.Code));
        Assert.Equal(["G1"], byInitials.Items.Select(s => s.Code));
    }

    [Fact]
    public async Task Warehouses_filter_by_kind_search_the_owner_and_count_locations()
    {
        await using var db = database.CreateUnaudited();

        var secondary = await WarehouseList.QueryAsync(db, new WarehouseFilter(Kind: WarehouseKind.Secondary), new PageRequest());
        var byOwner = await WarehouseList.QueryAsync(db, new WarehouseFilter("手术室"), new PageRequest());
        var byLocations = await WarehouseList.QueryAsync(db, new WarehouseFilter(), new PageRequest(), "locationCount", descending: true);

        Assert.Equal(["W2"], secondary.Items.Select(w => w.Code));
        Assert.Equal("手术室", byOwner.Items.Single().OwnerDepartmentName);
        Assert.Equal([2, 0], byLocations.Items.Select(w => w.LocationCount));
    }
}
