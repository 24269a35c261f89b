using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class CatalogMaintenanceTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly TestDatabase database = new();
    private readonly Supplier supplier;
    private readonly Manufacturer manufacturer;

    public CatalogMaintenanceTests()
    {
        using var db = database.CreateUnaudited();
        (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
    }

    public void Dispose() => database.Dispose();

    private ItemDraft Draft(string code, string chargeCode) => new()
    {
        Code = code,
        Name = "一次性使用无菌注射器",
        Specification = "5ml",
        Unit = "支",
        ManufacturerId = manufacturer.Id,
        SupplierId = supplier.Id,
        UnitPrice = 0.45m,
        Category = ItemCategory.LowValueCharged,
        TrackingMode = TrackingMode.Pack,
        ChargeCode = chargeCode,
        NationalCode = "C0310010010000001234",
        UdiDi = RegistryCodes.Gtin14("0693005000001"),
        RegistrationCertificateNo = "国械注准20173140001",
        RegistrationCertificateExpiry = Today.AddYears(2),
    };

    [Fact]
    public async Task Creating_an_item_validates_it_and_saves_nothing_when_it_is_wrong()
    {
        await using var db = database.Create();

        var refused = await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1") with { UdiDi = "06930050000017" });
        var created = await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"));

        Assert.Equal(["GtinCheckDigit"], refused.Errors.Select(e => e.Code));
        Assert.True(created.Succeeded);
        Assert.Equal(1, db.Items.Count());
    }

    [Fact]
    public async Task Two_people_editing_the_same_version_cannot_both_win()
    {
        int id;
        await using (var db = database.Create())
        {
            id = (await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"))).Item!.Id;
        }

        await using var first = database.Create(new FixedAuditActor("equipment"));
        await using var second = database.Create(new FixedAuditActor("admin"));
        var one = await ItemEditor.UpdateAsync(first, id, Draft("WZ1", "CL1") with { Model = "A" }, expectedVersion: 0);
        var two = await ItemEditor.UpdateAsync(second, id, Draft("WZ1", "CL1") with { Model = "B" }, expectedVersion: 0);

        Assert.True(one.Succeeded);
        Assert.Equal([ItemEditor.ConcurrencyCode], two.Errors.Select(e => e.Code));
        await using var check = database.CreateUnaudited();
        Assert.Equal("A", check.Items.Single().Model);
    }

    [Fact]
    public async Task The_database_refuses_a_save_made_on_a_version_changed_underneath()
    {
        int id;
        await using (var db = database.Create())
        {
            id = (await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"))).Item!.Id;
        }

        await using var stale = database.Create();
        var item = stale.Items.Single();
        await using (var other = database.Create())
        {
            await ItemEditor.UpdateAsync(other, id, Draft("WZ1", "CL1") with { Model = "A" }, 0);
        }

        item.Model = "B";
        item.Version++;

        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task Every_change_shows_in_the_item_history_with_who_and_what()
    {
        int id;
        await using (var db = database.Create(new FixedAuditActor("equipment")))
        {
            id = (await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"))).Item!.Id;
            await ItemEditor.UpdateAsync(db, id, Draft("WZ1", "CL1") with { UnitPrice = 0.5m }, 0);
        }

        await using var check = database.CreateUnaudited();
        var history = await EntityHistory.ForAsync<Item>(check, id);

        Assert.Equal([AuditAction.Update, AuditAction.Insert], history.Select(h => h.Action));
        Assert.All(history, h => Assert.Equal("equipment", h.UserName));
        Assert.Contains("\"UnitPrice\":[0.45,0.5]", history[0].Changes!.Replace(" ", ""));
    }

    [Fact]
    public async Task Quality_counts_each_gap_and_the_complete_share()
    {
        await using (var db = database.Create())
        {
            await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"));
            await ItemEditor.CreateAsync(db, Draft("WZ2", "CL2") with { Specification = "10ml", NationalCode = null, UdiDi = null });
            await ItemEditor.CreateAsync(db, Draft("WZ3", "CL3") with { Specification = "20ml", ChargeCode = null, RegistrationCertificateExpiry = Today.AddDays(-1) });
            await ItemEditor.CreateAsync(db, Draft("WZ4", "CL4") with { Specification = "20ml" });
            await ItemEditor.CreateAsync(db, Draft("WZ5", "CL5") with { Specification = "50ml", Status = ItemStatus.Suspended, UdiDi = null });
        }

        await using var check = database.CreateUnaudited();
        var report = await CatalogQuality.AnalyzeAsync(check, Today);

        Assert.Equal(4, report.ItemsInUse);
        Assert.Equal(1, report.CompleteItems);
        Assert.Equal(0.25m, report.CompleteShare);
        Assert.Equal(1, report.GapCounts[QualityGap.MissingChargeCode]);
        Assert.Equal(1, report.GapCounts[QualityGap.MissingNationalCode]);
        Assert.Equal(1, report.GapCounts[QualityGap.MissingUdiDi]);
        Assert.Equal(1, report.GapCounts[QualityGap.MissingOrExpiredCertificate]);
        Assert.Equal(2, report.GapCounts[QualityGap.Duplicate]);
        Assert.Equal(["WZ2", "WZ3", "WZ4"], report.Rows.Select(r => r.Code));
    }

    [Fact]
    public async Task Quality_of_an_empty_catalogue_is_not_applicable_not_zero()
    {
        await using var db = database.CreateUnaudited();

        var report = await CatalogQuality.AnalyzeAsync(db, Today);

        Assert.Null(report.CompleteShare);
    }

    [Fact]
    public async Task His_sync_returns_admitted_items_changed_since_a_time_oldest_first()
    {
        await using (var db = database.Create())
        {
            await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"));
            database.Clock.Advance(TimeSpan.FromMinutes(5));
            await ItemEditor.CreateAsync(db, Draft("WZ2", "CL2") with { Specification = "10ml" });
            await ItemEditor.CreateAsync(db, Draft("WZ3", "CL3") with { Specification = "20ml", Status = ItemStatus.Draft });
        }

        await using var check = database.CreateUnaudited();
        var all = await HisItemSync.QueryAsync(check, null, new PageRequest());
        var recent = await HisItemSync.QueryAsync(check, database.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), new PageRequest());

        Assert.Equal(["WZ1", "WZ2"], all.Items.Select(i => i.Code));
        Assert.Equal(["WZ2"], recent.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task Other_suppliers_carry_their_own_price_and_refuse_the_main_or_a_blacklisted_one()
    {
        int id;
        int other;
        int blacklisted;
        await using (var db = database.Create())
        {
            id = (await ItemEditor.CreateAsync(db, Draft("WZ1", "CL1"))).Item!.Id;
            var second = new Supplier { Code = "G2", Name = "华润四川医药有限公司" };
            var bad = new Supplier { Code = "G3", Name = "黑名单公司" };
            bad.Blacklist("质量问题", Today);
            db.Suppliers.AddRange(second, bad);
            await db.SaveChangesAsync();
            (other, blacklisted) = (second.Id, bad.Id);
        }

        await using var edit = database.Create();
        Assert.Empty(await ItemEditor.SetOtherSupplierAsync(edit, id, other, 0.42m));
        Assert.Empty(await ItemEditor.SetOtherSupplierAsync(edit, id, other, 0.40m));
        Assert.Equal(["AlreadyMainSupplier"], (await ItemEditor.SetOtherSupplierAsync(edit, id, supplier.Id, 1m)).Select(e => e.Code));
        Assert.Equal(["BlacklistedSupplier"], (await ItemEditor.SetOtherSupplierAsync(edit, id, blacklisted, 1m)).Select(e => e.Code));
        Assert.Equal(["NegativePrice"], (await ItemEditor.SetOtherSupplierAsync(edit, id, other, -1m)).Select(e => e.Code));

        await using var check = database.CreateUnaudited();
        Assert.Equal([(other, 0.40m)], check.ItemSuppliers.Select(s => new { s.SupplierId, s.UnitPrice }).AsEnumerable().Select(s => (s.SupplierId, s.UnitPrice)));

        await ItemEditor.RemoveOtherSupplierAsync(edit, id, other);
        Assert.Empty(check.ItemSuppliers);
    }
}
