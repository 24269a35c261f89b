using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Purchasing;

namespace Spd.Tests.Domain.Purchasing;

public sealed class ReplenishmentSettingsTests : PurchasingFixture
{
    private ReplenishmentDraft Draft(Item item, int safety = 10, int reorder = 20, int min = 10, int max = 50, int? location = null) => new()
    {
        WarehouseId = Central.Id, ItemId = item.Id, SafetyStock = safety, ReorderPoint = reorder, MinLevel = min, MaxLevel = max, FixedLocationId = location,
    };

    private async Task<ReplenishmentSaveResult> SaveAsync(ReplenishmentDraft draft, int? id = null, int version = 0)
    {
        await using var db = Db();
        return await ReplenishmentSettings.SaveAsync(db, id, draft, version, Database.Clock);
    }

    private static string[] Codes(ReplenishmentSaveResult result) => [.. result.Errors.Select(e => e.Code)];

    [Fact]
    public async Task A_setting_is_saved_with_its_levels_location_and_time()
    {
        var result = await SaveAsync(Draft(Gauze, location: CentralBin.Id));

        Assert.True(result.Succeeded);
        await using var db = Db();
        var stored = await db.ReplenishmentSettings.SingleAsync();
        Assert.Equal((Central.Id, Gauze.Id, 10, 20, 10, 50, (int?)CentralBin.Id), (stored.WarehouseId, stored.ItemId, stored.SafetyStock, stored.ReorderPoint, stored.MinLevel, stored.MaxLevel, stored.FixedLocationId));
        Assert.Equal(Database.Clock.GetUtcNow().UtcDateTime, stored.ChangedUtc);
    }

    [Theory]
    [InlineData(-1, 20, 0, 50, "NegativeQuantity")]
    [InlineData(21, 20, 0, 50, "ReorderBelowSafety")]
    [InlineData(10, 51, 0, 50, "MaxBelowReorder")]
    [InlineData(10, 20, 51, 50, "MinAboveMax")]
    [InlineData(10, 20, -1, 50, "NegativeQuantity")]
    [InlineData(0, 0, 0, 0, "MaxLevelAtLeastOne")]
    public async Task Levels_rise_from_safety_stock_to_reorder_point_to_maximum(int safety, int reorder, int min, int max, string code)
    {
        var result = await SaveAsync(Draft(Gauze, safety, reorder, min, max));

        Assert.Equal([code], Codes(result));
    }

    [Fact]
    public async Task Equal_levels_are_allowed()
    {
        Assert.True((await SaveAsync(Draft(Gauze, safety: 20, reorder: 20, min: 20, max: 20))).Succeeded);
    }

    [Fact]
    public async Task The_fixed_location_must_be_one_of_the_warehouses_own()
    {
        var result = await SaveAsync(Draft(Gauze, location: WardBin.Id));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(ReplenishmentDraft.FixedLocationId), "LocationNotInWarehouse"), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(ItemStatus.Draft)]
    [InlineData(ItemStatus.Suspended)]
    [InlineData(ItemStatus.Replaced)]
    public async Task Only_active_items_get_a_setting(ItemStatus status)
    {
        await using (var db = Database.CreateUnaudited())
        {
            (await db.Items.SingleAsync(i => i.Id == Screw.Id)).Status = status;
            await db.SaveChangesAsync();
        }

        var result = await SaveAsync(Draft(Screw));

        var error = Assert.Single(result.Errors);
        Assert.Equal("ItemNotActive", error.Code);
        Assert.Equal(["WZ003"], error.Arguments);
    }

    [Fact]
    public async Task A_warehouse_has_one_setting_per_item()
    {
        await SaveAsync(Draft(Gauze));

        Assert.Equal(["DuplicateSetting"], Codes(await SaveAsync(Draft(Gauze, reorder: 30))));
    }

    [Fact]
    public async Task An_edit_changes_the_levels_but_not_the_warehouse_or_item_and_counts_the_version()
    {
        var created = (await SaveAsync(Draft(Gauze))).Setting!;

        var edited = await SaveAsync(Draft(Syringe, safety: 5, reorder: 15, min: 5, max: 40) with { WarehouseId = Ward.Id }, created.Id, 0);

        Assert.True(edited.Succeeded);
        await using var db = Db();
        var stored = await db.ReplenishmentSettings.SingleAsync();
        Assert.Equal((Central.Id, Gauze.Id, 5, 15, 40, 1), (stored.WarehouseId, stored.ItemId, stored.SafetyStock, stored.ReorderPoint, stored.MaxLevel, stored.Version));
    }

    [Fact]
    public async Task An_edit_made_on_an_older_version_is_refused()
    {
        var created = (await SaveAsync(Draft(Gauze))).Setting!;
        await SaveAsync(Draft(Gauze, reorder: 25), created.Id, 0);

        var stale = await SaveAsync(Draft(Gauze, reorder: 30), created.Id, 0);

        Assert.Equal([ReplenishmentSettings.ConcurrencyCode], Codes(stale));
        await using var db = Db();
        Assert.Equal(25, (await db.ReplenishmentSettings.SingleAsync()).ReorderPoint);
    }

    [Fact]
    public async Task The_list_shows_one_warehouse_searches_by_code_name_or_pinyin_initials_and_shows_stock_on_hand()
    {
        await SaveAsync(Draft(Gauze));
        await SaveAsync(Draft(Syringe));
        await SaveAsync(Draft(Screw) with { WarehouseId = Ward.Id });
        await StockAsync(Central, Gauze, 12, lot: "A");
        await StockAsync(Central, Gauze, 3, lot: "B", owner: SupplierA.Id);

        await using var db = Db();
        async Task<string[]> CodesFor(string? search) =>
            [.. (await ReplenishmentSettings.QueryAsync(db, new ReplenishmentFilter(Central.Id, search), new PageRequest())).Items.Select(r => r.ItemCode)];

        Assert.Equal(["WZ001", "WZ002"], await CodesFor(null));
        Assert.Equal(["WZ002"], await CodesFor("yytzsb"));
        Assert.Equal(["WZ001"], await CodesFor("注射器"));
        Assert.Equal(["WZ002"], await CodesFor("WZ002"));
        var gauze = (await ReplenishmentSettings.QueryAsync(db, new ReplenishmentFilter(Central.Id, "WZ002"), new PageRequest())).Items.Single();
        Assert.Equal(15, gauze.OnHand);
    }
}
