using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;

namespace Spd.Tests.Infrastructure;

/// <summary>
/// Two suppliers and a published order for each: supplier A's order has 100 syringes (with a
/// registration certificate in the catalogue) and 50 gloves (without one); supplier B's order has 10 of its own item.
/// </summary>
public sealed record PortalTestData(Supplier SupplierA, Supplier SupplierB, Item Syringe, Item Gloves, Item OtherItem, int WarehouseId, PurchaseOrder OrderA, PurchaseOrder OrderB)
{
    public const string SyringeRegistration = "国械注准20263140001";

    public PurchaseOrderLine SyringeLine => OrderA.Lines.Single(l => l.ItemId == Syringe.Id);

    public PurchaseOrderLine GlovesLine => OrderA.Lines.Single(l => l.ItemId == Gloves.Id);

    public static async Task<PortalTestData> CreateAsync(SpdDbContext db, DateTime nowUtc)
    {
        var (supplierA, manufacturerA) = await MasterDataBuilder.AddSupplierAsync(db, "GYS901", "甲医疗器械有限公司");
        var (supplierB, manufacturerB) = await MasterDataBuilder.AddSupplierAsync(db, "GYS902", "乙医疗器械有限公司");
        var (_, _, central) = await MasterDataBuilder.AddOrganisationAsync(db);
        var syringe = MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.8m, supplierA, manufacturerA);
        syringe.Model = "带针";
        syringe.RegistrationCertificateNo = SyringeRegistration;
        var gloves = MasterDataBuilder.NewItem("WZ002", "医用检查手套", "M", 0.35m, supplierA, manufacturerA);
        var otherItem = MasterDataBuilder.NewItem("WZ003", "医用纱布块", "8×10cm", 1.2m, supplierB, manufacturerB);
        otherItem.RegistrationCertificateNo = "苏械注准20262640002";
        db.Items.AddRange(syringe, gloves, otherItem);
        await db.SaveChangesAsync();

        var orderA = await PurchaseOrderBuilder.AddPublishedAsync(db, supplierA.Id, central.Id, nowUtc.AddHours(-1), (syringe, 100), (gloves, 50));
        var orderB = await PurchaseOrderBuilder.AddPublishedAsync(db, supplierB.Id, central.Id, nowUtc.AddHours(-1), (otherItem, 10));
        return new PortalTestData(supplierA, supplierB, syringe, gloves, otherItem, central.Id, orderA, orderB);
    }
}
