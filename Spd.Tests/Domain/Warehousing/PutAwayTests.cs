using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class PutAwayTests : IAsyncLifetime
{
    private ReceivingFixture f = null!;

    public async Task InitializeAsync() => f = await ReceivingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private DateOnly Good => f.Today.AddYears(3);

    private async Task<Receipt> ReceivedAsync(params (Spd.Domain.Catalog.Item Item, int Quantity)[] lines)
    {
        var order = await f.OrderAsync(lines);
        var note = await f.NoteAsync(order, [.. lines.Select((l, i) => (i, l.Quantity, $"LOT{i}", Good))]);
        return await f.ReceiveAllAsync(note);
    }

    private async Task<WarehouseResult<PutAwayProgress>> PutQuantityAsync(Receipt receipt, Location location, int quantity, bool confirmed = false, int line = 0)
    {
        await using var db = f.Database.Create();
        var lineId = (await f.ReloadAsync(receipt)).Lines.OrderBy(l => l.Id).ElementAt(line).Id;
        return await f.PutAway.PutQuantityAsync(db, receipt.Id, lineId, location.Id, quantity, confirmed, "keeper");
    }

    private async Task<WarehouseResult<PutAwayProgress>> PutUnitAsync(Receipt receipt, Location location, string code, bool confirmed = false)
    {
        await using var db = f.Database.Create();
        return await f.PutAway.PutUnitAsync(db, receipt.Id, location.Id, code, confirmed, "keeper");
    }

    private async Task SetFixedLocationAsync(Spd.Domain.Catalog.Item item, Location location)
    {
        await using var db = f.Database.CreateUnaudited();
        db.ReplenishmentSettings.Add(new ReplenishmentSetting { WarehouseId = f.Central.Id, ItemId = item.Id, FixedLocationId = location.Id, MaxLevel = 500 });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_suggested_location_is_the_items_fixed_one_else_where_it_already_lies_else_none()
    {
        await SetFixedLocationAsync(f.Gauze, f.B1);
        var earlier = await ReceivedAsync((f.Swab, 30));
        Assert.True((await PutQuantityAsync(earlier, f.A2, 30)).Succeeded);

        await using var db = f.Database.Create();
        var suggestions = await PutAway.SuggestionsAsync(db, f.Central.Id, [f.Gauze.Id, f.Swab.Id, f.Stent.Id]);

        Assert.Equal(f.B1.Id, suggestions[f.Gauze.Id].Id);
        Assert.Equal(f.A2.Id, suggestions[f.Swab.Id].Id);
        Assert.False(suggestions.ContainsKey(f.Stent.Id));
    }

    [Fact]
    public async Task Putting_away_loose_goods_moves_them_from_the_receiving_area_to_the_location()
    {
        var receipt = await ReceivedAsync((f.Gauze, 100));

        var progress = (await PutQuantityAsync(receipt, f.A1, 70)).Value!;

        Assert.Equal((70, "A-01-01-01", 30, false), (progress.Quantity, progress.LocationCode, progress.LineLeft, progress.ReceiptCompleted));
        await using var db = f.Database.Create();
        var balances = await db.StockBalances.ToDictionaryAsync(b => b.LocationId ?? 0, b => b.Quantity);
        Assert.Equal(30, balances[0]);
        Assert.Equal(70, balances[f.A1.Id]);
        Assert.Equal(StockMovementKind.PutAway, (await db.StockLedgerEntries.OrderBy(e => e.Id).LastAsync()).Kind);
        Assert.Equal(PutAway.TooMuch, (await PutQuantityAsync(receipt, f.A1, 31)).Errors.Single().Code);
    }

    [Fact]
    public async Task A_coded_piece_is_put_away_by_scanning_it_and_moves_with_its_stock()
    {
        var receipt = await ReceivedAsync((f.Stent, 2));
        await using var read = f.Database.Create();
        var codes = await read.StockUnits.OrderBy(u => u.Id).Select(u => u.Code).ToListAsync();

        Assert.True((await PutUnitAsync(receipt, f.A1, codes[0].ToLowerInvariant())).Succeeded);

        await using var db = f.Database.Create();
        var unit = await db.StockUnits.SingleAsync(u => u.Code == codes[0]);
        Assert.Equal(f.A1.Id, unit.LocationId);
        Assert.Equal(1, (await db.StockBalances.SingleAsync(b => b.LocationId == f.A1.Id)).Quantity);
        Assert.Equal(PutAway.AlreadyPutAway, (await PutUnitAsync(receipt, f.A1, codes[0])).Errors.Single().Code);
        Assert.Equal(PutAway.UnitNotInReceipt, (await PutUnitAsync(receipt, f.A1, "SU9999999993")).Errors.Single().Code);
    }

    [Fact]
    public async Task A_piece_is_also_found_by_its_rfid_tag_or_its_manufacturers_udi()
    {
        var receipt = await ReceivedAsync((f.Stent, 2));
        await using (var tag = f.Database.Create())
        {
            var ids = await tag.StockUnits.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
            Assert.Empty(await f.Labeling.TagAsync(tag, ids[0], "3034257BF7194E4000001A85", null));
            Assert.Empty(await f.Labeling.TagAsync(tag, ids[1], null, "SN0002"));
        }

        Assert.True((await PutUnitAsync(receipt, f.A1, "3034257bf7194e4000001a85")).Succeeded);
        Assert.True((await PutUnitAsync(receipt, f.A1, $"(01)06901234567892(17){Good:yyMMdd}(10)LOT0(21)SN0002")).Value!.ReceiptCompleted);
    }

    [Fact]
    public async Task Coded_goods_cannot_be_put_away_as_a_loose_quantity()
    {
        var receipt = await ReceivedAsync((f.Stent, 2));

        Assert.Equal(PutAway.TooMuch, (await PutQuantityAsync(receipt, f.A1, 1)).Errors.Single().Code);
    }

    [Fact]
    public async Task A_location_other_than_the_suggested_one_needs_the_keepers_confirmation()
    {
        await SetFixedLocationAsync(f.Gauze, f.B1);
        var receipt = await ReceivedAsync((f.Gauze, 100));

        var unconfirmed = await PutQuantityAsync(receipt, f.A1, 100);
        var confirmed = await PutQuantityAsync(receipt, f.A1, 100, confirmed: true);

        var error = Assert.Single(unconfirmed.Errors);
        Assert.Equal((PutAway.OtherThanSuggested, "B-01-01-01"), (error.Code, error.Arguments[1]));
        Assert.True(confirmed.Succeeded);
    }

    [Fact]
    public async Task A_location_is_found_by_its_label_or_its_typed_code_but_not_in_another_warehouse()
    {
        await using var db = f.Database.Create();

        Assert.Equal(f.A1.Id, (await PutAway.FindLocationAsync(db, f.Central.Id, "L:W001:A-01-01-01")).Value!.Id);
        Assert.Equal(f.B1.Id, (await PutAway.FindLocationAsync(db, f.Central.Id, " b-01-01-01 ")).Value!.Id);
        Assert.Equal(PutAway.WrongWarehouse, (await PutAway.FindLocationAsync(db, f.Central.Id, "L:W002:A-01-01-01")).Errors.Single().Code);
        Assert.Equal(PutAway.UnknownLocation, (await PutAway.FindLocationAsync(db, f.Central.Id, "Z-99")).Errors.Single().Code);
    }

    [Fact]
    public async Task The_receipt_completes_with_its_receiving_time_when_nothing_is_left_in_the_receiving_area()
    {
        var receipt = await ReceivedAsync((f.Gloves, 125), (f.Gauze, 10));
        await using var read = f.Database.Create();
        var packs = await read.StockUnits.Select(u => u.Code).ToListAsync();
        var started = receipt.StartedUtc;
        f.Database.Clock.Advance(TimeSpan.FromMinutes(42));

        foreach (var code in packs)
        {
            Assert.True((await PutUnitAsync(receipt, f.A1, code)).Succeeded);
        }

        Assert.True((await PutQuantityAsync(receipt, f.A1, 15)).Succeeded);
        Assert.Equal(ReceiptStatus.PuttingAway, (await f.ReloadAsync(receipt)).Status);
        var last = (await PutQuantityAsync(receipt, f.A2, 10, line: 1)).Value!;

        Assert.True(last.ReceiptCompleted);
        var done = await f.ReloadAsync(receipt);
        Assert.Equal((ReceiptStatus.Completed, DeliveryNoteStatus.Received), (done.Status, done.DeliveryNote!.Status));
        Assert.Equal(TimeSpan.FromMinutes(42), done.CompletedUtc - started);
        await using var db = f.Database.Create();
        Assert.DoesNotContain(await db.StockBalances.Where(b => b.Quantity > 0).ToListAsync(), b => b.LocationId == null);
        Assert.Empty(await PutAway.PendingAsync(db));
    }

    [Fact]
    public async Task Pending_put_away_lists_what_is_left_coded_and_loose_with_the_suggestion()
    {
        await SetFixedLocationAsync(f.Gloves, f.B1);
        var receipt = await ReceivedAsync((f.Gloves, 125));

        await using var db = f.Database.Create();
        var line = Assert.Single(Assert.Single(await PutAway.PendingAsync(db)).Lines);

        Assert.Equal((125, 110, 15, f.B1.Id), (line.Left, line.CodedLeft, line.LooseLeft, line.Suggested!.Id));
        Assert.Equal(receipt.No, (await PutAway.PendingAsync(db, receipt.Id)).Single().No);
    }
}
