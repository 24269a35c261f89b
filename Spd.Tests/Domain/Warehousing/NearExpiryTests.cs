using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Notifications;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class NearExpiryTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private static ExpiryOptions Defaults => new();

    private static ExpiryOptions HighValueLonger => new() { Categories = { [ItemCategory.HighValue] = new CategoryExpiryWindow { WarningDays = 180, UrgentDays = 90 } } };

    private async Task<IReadOnlyList<NearExpiryRow>> ListAsync(ExpiryOptions options, NearExpiryFilter? filter = null)
    {
        await using var db = f.Database.Create();
        return (await NearExpiry.QueryAsync(db, options, f.Today, filter ?? new NearExpiryFilter(), new PageRequest(1, 100))).Items;
    }

    [Theory]
    [InlineData(91, null)]
    [InlineData(90, ExpiryBand.Warning)]
    [InlineData(31, ExpiryBand.Warning)]
    [InlineData(30, ExpiryBand.Urgent)]
    [InlineData(0, ExpiryBand.Urgent)]
    [InlineData(-1, ExpiryBand.Expired)]
    public async Task A_lot_is_listed_in_the_band_of_its_days_left_with_the_default_90_and_30_day_windows(int daysLeft, ExpiryBand? band)
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "L1", f.Today.AddDays(daysLeft), 10);

        foreach (var value in Enum.GetValues<ExpiryBand>())
        {
            var rows = await ListAsync(Defaults, new NearExpiryFilter(Band: value));
            Assert.Equal(value == band ? 1 : 0, rows.Count);
        }

        Assert.Equal(band is null ? 0 : 1, (await ListAsync(Defaults)).Count);
        Assert.Equal(band, Defaults.For(ItemCategory.LowValueCharged).BandOf(f.Today.AddDays(daysLeft), f.Today));
    }

    [Theory]
    [InlineData(181, null, null)]
    [InlineData(180, ExpiryBand.Warning, null)]
    [InlineData(91, ExpiryBand.Warning, null)]
    [InlineData(90, ExpiryBand.Urgent, ExpiryBand.Warning)]
    [InlineData(30, ExpiryBand.Urgent, ExpiryBand.Urgent)]
    public async Task A_category_with_its_own_window_is_banded_by_it_and_the_others_keep_the_default(int daysLeft, ExpiryBand? stentBand, ExpiryBand? gauzeBand)
    {
        await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddDays(daysLeft), 1);
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "G1", f.Today.AddDays(daysLeft), 10);

        foreach (var value in Enum.GetValues<ExpiryBand>())
        {
            var rows = await ListAsync(HighValueLonger, new NearExpiryFilter(Band: value));
            Assert.Equal(value == stentBand, rows.Any(r => r.ItemId == f.Stent.Id));
            Assert.Equal(value == gauzeBand, rows.Any(r => r.ItemId == f.Gauze.Id));
        }
    }

    [Fact]
    public async Task Quarantined_and_empty_lines_are_left_out_and_expired_stock_still_available_is_listed_first()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "SOON", f.Today.AddDays(20), 10);
        await f.ReceiveAsync(f.Gauze, f.Stock.A2, "OLD", f.Today.AddDays(-3), 5);
        await f.ReceiveAsync(f.Gauze, f.Stock.B1, "BAD", f.Today.AddDays(10), 4);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "GONE", f.Today.AddDays(5), 2);
        await using (var db = f.Database.Create())
        {
            var ledger = f.Ledger(db);
            Assert.True((await ledger.PostAsync(f.Stock.Take(f.Gauze, f.Stock.B1, "BAD", 4, StockMovementKind.Quarantine) with { To = f.Stock.At(f.Stock.B1, StockState.Quarantined) })).Succeeded);
            Assert.True((await ledger.PostAsync(f.Dispatch(f.Gauze, f.WardShelf, "GONE", 2))).Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        var rows = await ListAsync(Defaults);

        Assert.Equal(["OLD", "SOON"], rows.Select(r => r.LotNumber));
        Assert.Equal(-3, rows[0].DaysLeft(f.Today));
        Assert.Equal(ExpiryBand.Expired, Defaults.For(rows[0].Category).BandOf(rows[0].ExpiryDate, f.Today));
        Assert.Equal(10 * 10m, rows[1].Value);
    }

    [Fact]
    public async Task Department_warehouses_show_their_department_and_a_department_filter_keeps_only_its_warehouses()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "C1", f.Today.AddDays(20), 10);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "W1", f.Today.AddDays(40), 3);

        var all = await ListAsync(Defaults);
        var mine = await ListAsync(Defaults, new NearExpiryFilter(DepartmentId: f.Department.Id));
        var others = await ListAsync(Defaults, new NearExpiryFilter(DepartmentId: f.Department.Id + 100));

        Assert.Equal(2, all.Count);
        Assert.Null(all.Single(r => r.LotNumber == "C1").DepartmentName);
        var ward = Assert.Single(mine);
        Assert.Equal("W1", ward.LotNumber);
        Assert.Equal("关节外科", ward.DepartmentName);
        Assert.Equal("A-01-01-01", ward.LocationCode);
        Assert.Empty(others);
    }

    [Fact]
    public async Task Warehouse_category_and_search_filters_narrow_the_list()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "C1", f.Today.AddDays(20), 10);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "W1", f.Today.AddDays(40), 3);
        await f.ReceivePiecesAsync(f.Stent, f.Stock.A2, "S1", f.Today.AddDays(60), 1);

        Assert.Equal(["W1"], (await ListAsync(Defaults, new NearExpiryFilter(WarehouseId: f.Ward.Id))).Select(r => r.LotNumber));
        Assert.Equal(["S1"], (await ListAsync(Defaults, new NearExpiryFilter(Category: ItemCategory.HighValue))).Select(r => r.LotNumber));
        Assert.Equal(["C1"], (await ListAsync(Defaults, new NearExpiryFilter(Search: "C1"))).Select(r => r.LotNumber));
        Assert.Equal(["C1", "W1"], (await ListAsync(Defaults, new NearExpiryFilter(Search: "纱布"))).Select(r => r.LotNumber));
    }

    [Fact]
    public async Task The_daily_alert_writes_one_notification_per_warehouse_and_band_for_the_warehouse_keepers()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "U1", f.Today.AddDays(10), 10);
        await f.ReceiveAsync(f.Gauze, f.Stock.A2, "U2", f.Today.AddDays(20), 5);
        await f.ReceiveAsync(f.Gauze, f.Stock.B1, "X1", f.Today.AddDays(-2), 4);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "W1", f.Today.AddDays(60), 3);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "FAR", f.Today.AddDays(200), 3);

        await using (var db = f.Database.Create())
        {
            Assert.Equal(3, await NearExpiryAlerts.RaiseAsync(db, Defaults, f.Today, f.Database.Clock.GetUtcNow().UtcDateTime));
        }

        await using var check = f.Database.Create();
        var notifications = await check.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
        Assert.All(notifications, n => Assert.Equal(NotificationAudience.WarehouseKeeper, n.Audience));
        Assert.Equal(
            [NearExpiryAlerts.DedupKey(f.Today, f.Central.Id, ExpiryBand.Expired), NearExpiryAlerts.DedupKey(f.Today, f.Central.Id, ExpiryBand.Urgent),
                NearExpiryAlerts.DedupKey(f.Today, f.Ward.Id, ExpiryBand.Warning)],
            notifications.Select(n => n.DedupKey).Order());
        var urgent = notifications.Single(n => n.DedupKey == NearExpiryAlerts.DedupKey(f.Today, f.Central.Id, ExpiryBand.Urgent));
        Assert.Equal(NearExpiryAlerts.NearExpiryKey, urgent.MessageKey);
        Assert.Equal(["中心库", "ExpiryBand.Urgent", "2", "15", "150.00"], JsonSerializer.Deserialize<string[]>(urgent.Arguments)!);
        Assert.Equal($"/stock/near-expiry?warehouse={f.Central.Id}&band=Urgent", urgent.Link);
        Assert.Equal(NearExpiryAlerts.ExpiredKey, notifications.Single(n => n.DedupKey.EndsWith("Expired", StringComparison.Ordinal)).MessageKey);
        Assert.Equal("关节外科二级库（关节外科）", JsonSerializer.Deserialize<string[]>(notifications.Single(n => n.DedupKey.EndsWith("Warning", StringComparison.Ordinal)).Arguments)![0]);
    }

    [Fact]
    public async Task A_rerun_the_same_day_writes_nothing_twice_and_the_next_day_reminds_again()
    {
        await f.ReceiveAsync(f.Gauze, f.Stock.A1, "U1", f.Today.AddDays(10), 10);
        var now = f.Database.Clock.GetUtcNow().UtcDateTime;

        await using var db = f.Database.Create();
        Assert.Equal(1, await NearExpiryAlerts.RaiseAsync(db, Defaults, f.Today, now));
        Assert.Equal(0, await NearExpiryAlerts.RaiseAsync(db, Defaults, f.Today, now.AddHours(3)));
        Assert.Equal(1, await NearExpiryAlerts.RaiseAsync(db, Defaults, f.Today.AddDays(1), now.AddDays(1)));
        Assert.Equal(2, await db.Notifications.CountAsync());
    }

    [Fact]
    public void Windows_must_have_the_urgent_days_inside_the_warning_days()
    {
        Assert.True(Defaults.IsValid);
        Assert.True(HighValueLonger.IsValid);
        Assert.False(new ExpiryOptions { WarningDays = 20, UrgentDays = 30 }.IsValid);
        Assert.False(new ExpiryOptions { Categories = { [ItemCategory.LowValueUncharged] = new CategoryExpiryWindow { UrgentDays = -1 } } }.IsValid);
    }

    [Fact]
    public void A_category_window_comes_from_configuration_and_what_it_leaves_out_is_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Expiry:UrgentDays"] = "45",
            ["Expiry:Categories:HighValue:WarningDays"] = "180",
        }).Build();

        var options = configuration.GetSection(ExpiryOptions.Section).Get<ExpiryOptions>()!;

        Assert.Equal((180, 45), (options.For(ItemCategory.HighValue).WarningDays, options.For(ItemCategory.HighValue).UrgentDays));
        Assert.Equal((90, 45), (options.For(ItemCategory.LowValueCharged).WarningDays, options.For(ItemCategory.LowValueCharged).UrgentDays));
    }
}
