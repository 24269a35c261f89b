using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Inventory;

public sealed class StockLedgerTests : IAsyncLifetime
{
    private InventoryFixture f = null!;

    public async Task InitializeAsync() => f = await InventoryFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Receipt_and_take_change_the_balance_and_append_one_entry_each()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 100, cost: 1.2m);

        await using (var db = f.Database.Create())
        {
            Assert.True((await f.Ledger(db).PostAsync(f.Take(f.Gauze, f.A1, "L1", 30))).Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var check = f.Database.Create();
        var balance = await check.StockBalances.SingleAsync();
        Assert.Equal(70, balance.Quantity);
        Assert.Equal(1.2m, balance.UnitCost);
        var entries = await check.StockLedgerEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([StockMovementKind.Receipt, StockMovementKind.Dispatch], entries.Select(e => e.Kind));
        Assert.Equal("keeper", entries[1].UserName);
        Assert.Equal(1.2m, entries[1].UnitCost);
    }

    [Fact]
    public async Task Taking_more_than_on_hand_is_refused_and_changes_nothing()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 10);

        await using var db = f.Database.Create();
        var result = await f.Ledger(db).PostAsync(f.Take(f.Gauze, f.A1, "L1", 11));

        Assert.Equal(StockLedger.InsufficientStock, Assert.Single(result.Errors).Code);
        Assert.Equal(10, (await db.StockBalances.SingleAsync()).Quantity);
        Assert.Empty(db.StockLedgerEntries.Local);
    }

    [Fact]
    public async Task A_movement_of_an_unknown_item_or_of_nothing_is_refused_with_its_reason()
    {
        await using var db = f.Database.Create();
        var ledger = f.Ledger(db);

        var unknown = await ledger.PostAsync(f.Receipt(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 5) with { ItemId = 999_999 });
        var nothing = await ledger.PostAsync(f.Receipt(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 0));
        var nowhere = await ledger.PostAsync(f.Receipt(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 5) with { To = null });

        Assert.Equal(StockLedger.UnknownStockItem, Assert.Single(unknown.Errors).Code);
        Assert.Equal(StockLedger.InvalidQuantity, Assert.Single(nothing.Errors).Code);
        Assert.Equal(StockLedger.MissingPosition, Assert.Single(nowhere.Errors).Code);
        Assert.Empty(db.StockLedgerEntries.Local);
    }

    [Fact]
    public async Task The_database_refuses_a_negative_balance_even_behind_the_ledgers_back()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 10);

        await using var db = f.Database.CreateUnaudited();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE StockBalances SET Quantity = -1"));
    }

    [Fact]
    public async Task Ledger_entries_can_be_neither_changed_nor_deleted()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(2), 10);

        await using var db = f.Database.CreateUnaudited();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE StockLedgerEntries SET Quantity = 99"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM StockLedgerEntries"));
    }

    [Fact]
    public async Task Fefo_takes_the_first_expiring_lot_first_across_locations()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "LATE", f.Today.AddYears(2), 10);
        await f.ReceiveAsync(f.Gauze, f.B1, "SOON", f.Today.AddMonths(3), 4);
        await f.ReceiveAsync(f.Gauze, f.A2, "MID", f.Today.AddYears(1), 5);

        await using (var db = f.Database.Create())
        {
            var result = await f.Ledger(db).TakeAsync(TakeFromCentral(f.Gauze, 7));
            Assert.True(result.Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var check = f.Database.Create();
        var left = await check.StockBalances.ToDictionaryAsync(b => b.LotNumber, b => b.Quantity);
        Assert.Equal(0, left["SOON"]);
        Assert.Equal(2, left["MID"]);
        Assert.Equal(10, left["LATE"]);
        Assert.DoesNotContain(await check.StockLedgerEntries.ToListAsync(), e => e.FefoOverride);
    }

    [Fact]
    public async Task Fefo_override_without_a_reason_is_refused_and_names_the_lot_to_take()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "LATE", f.Today.AddYears(2), 10);
        await f.ReceiveAsync(f.Gauze, f.A2, "SOON", f.Today.AddMonths(3), 10);

        await using var db = f.Database.Create();
        var result = await f.Ledger(db).TakeAsync(TakeFromCentral(f.Gauze, 2) with { LotNumber = "LATE" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(StockLedger.FefoReasonRequired, error.Code);
        Assert.Equal("SOON", error.Arguments[0]);
    }

    [Fact]
    public async Task Fefo_override_with_a_reason_is_marked_on_the_entry_and_audited()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "LATE", f.Today.AddYears(2), 10);
        await f.ReceiveAsync(f.Gauze, f.A2, "SOON", f.Today.AddMonths(3), 10);

        await using (var db = f.Database.Create())
        {
            var result = await f.Ledger(db).TakeAsync(TakeFromCentral(f.Gauze, 2) with { LotNumber = "LATE", Reason = "科室指定批号" });
            Assert.True(result.Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var check = f.Database.Create();
        var entry = await check.StockLedgerEntries.SingleAsync(e => e.Kind == StockMovementKind.Dispatch);
        Assert.True(entry.FefoOverride);
        Assert.Equal("科室指定批号", entry.Reason);
        Assert.Equal("LATE", entry.LotNumber);
        Assert.Contains(await check.AuditEntries.ToListAsync(), a => a.EntityType == nameof(StockLedgerEntry) && a.Changes!.Contains("科室指定批号"));
    }

    [Fact]
    public async Task Expired_stock_cannot_be_dispatched_but_can_be_quarantined()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "OLD", f.Today.AddDays(-1), 5);

        await using var db = f.Database.Create();
        var ledger = f.Ledger(db);
        Assert.Equal(StockLedger.ExpiredStock, Assert.Single((await ledger.PostAsync(f.Take(f.Gauze, f.A1, "OLD", 1))).Errors).Code);
        Assert.Empty(await ledger.TakeableAsync(f.Central.Id, f.Gauze.Id));

        var quarantine = f.Take(f.Gauze, f.A1, "OLD", 5, StockMovementKind.Quarantine) with { To = f.At(f.A1, StockState.Quarantined) };
        Assert.True((await ledger.PostAsync(quarantine)).Succeeded);
    }

    [Fact]
    public async Task Quarantined_stock_only_goes_back_to_the_supplier_or_to_scrap()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "BAD", f.Today.AddYears(1), 5);
        await using var db = f.Database.Create();
        var ledger = f.Ledger(db);
        Assert.True((await ledger.PostAsync(f.Take(f.Gauze, f.A1, "BAD", 5, StockMovementKind.Quarantine) with { To = f.At(f.A1, StockState.Quarantined) })).Succeeded);

        var dispatch = await ledger.PostAsync(f.Take(f.Gauze, f.A1, "BAD", 1, state: StockState.Quarantined));
        var transfer = await ledger.PostAsync(f.Take(f.Gauze, f.A1, "BAD", 1, StockMovementKind.Transfer, StockState.Quarantined) with { To = f.At(f.B1) });
        var returned = await ledger.PostAsync(f.Take(f.Gauze, f.A1, "BAD", 2, StockMovementKind.Return, StockState.Quarantined));
        var scrapped = await ledger.PostAsync(f.Take(f.Gauze, f.A1, "BAD", 3, StockMovementKind.Scrap, StockState.Quarantined));

        Assert.Equal(StockLedger.QuarantinedStock, Assert.Single(dispatch.Errors).Code);
        Assert.Equal(StockLedger.QuarantinedStock, Assert.Single(transfer.Errors).Code);
        Assert.True(returned.Succeeded);
        Assert.True(scrapped.Succeeded);
    }

    [Fact]
    public async Task An_active_recall_of_a_model_blocks_its_lot_everywhere_until_closed()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "G1", f.Today.AddYears(1), 5);
        await using (var db = f.Database.CreateUnaudited())
        {
            db.Recalls.Add(new Recall
            {
                No = "RL202611220001", Kind = RecallKind.Recall, ManufacturerId = f.Gauze.ManufacturerId, Model = f.Gauze.Model, LotNumber = "G1",
                Reason = "厂家召回", StartedBy = "equipment", StartedUtc = f.Database.Clock.GetUtcNow().UtcDateTime,
                DeadlineUtc = f.Database.Clock.GetUtcNow().UtcDateTime.AddHours(12),
            });
            await db.SaveChangesAsync();
        }

        await using (var db = f.Database.Create())
        {
            var ledger = f.Ledger(db);
            Assert.Equal(StockLedger.RecalledStock, Assert.Single((await ledger.PostAsync(f.Take(f.Gauze, f.A1, "G1", 1))).Errors).Code);
            Assert.Empty(await ledger.TakeableAsync(f.Central.Id, f.Gauze.Id));
        }

        await using (var db = f.Database.CreateUnaudited())
        {
            (await db.Recalls.SingleAsync()).Status = RecallStatus.Closed;
            await db.SaveChangesAsync();
        }

        await using var after = f.Database.Create();
        Assert.True((await f.Ledger(after).PostAsync(f.Take(f.Gauze, f.A1, "G1", 1))).Succeeded);
    }

    [Fact]
    public async Task Two_takes_of_the_last_piece_at_once_one_wins_and_the_other_gets_a_clear_error()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 1);

        await using var first = f.Database.Create();
        await using var second = f.Database.Create();
        Assert.True((await f.Ledger(first).PostAsync(f.Take(f.Gauze, f.A1, "L1", 1))).Succeeded);
        Assert.True((await f.Ledger(second).PostAsync(f.Take(f.Gauze, f.A1, "L1", 1))).Succeeded);

        Assert.Empty(await StockLedger.SaveAsync(first));
        var conflict = await StockLedger.SaveAsync(second);

        Assert.Equal(StockLedger.StockChanged, Assert.Single(conflict).Code);
        await using var check = f.Database.Create();
        Assert.Equal(0, (await check.StockBalances.SingleAsync()).Quantity);
        Assert.Equal(1, await check.StockLedgerEntries.CountAsync(e => e.Kind == StockMovementKind.Dispatch));
    }

    [Fact]
    public async Task A_coded_piece_is_in_one_place_and_cannot_be_consumed_twice()
    {
        var unitId = await ReceiveCodedStentAsync(f.A1);

        await using (var db = f.Database.Create())
        {
            var ledger = f.Ledger(db);
            var wrongPlace = await ledger.PostAsync(f.Take(f.Stent, f.A2, "S1", 1, StockMovementKind.Consumption) with { StockUnitId = unitId });
            Assert.Contains(wrongPlace.Errors, e => e.Code is StockLedger.UnitNotHere or StockLedger.InsufficientStock);
            Assert.True((await ledger.PostAsync(f.Take(f.Stent, f.A1, "S1", 1, StockMovementKind.Consumption) with { StockUnitId = unitId, PatientId = "P0001" })).Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await f.ReceiveAsync(f.Stent, f.A1, "S1", f.Today.AddYears(3), 1);
        await using var again = f.Database.Create();
        var twice = await f.Ledger(again).PostAsync(f.Take(f.Stent, f.A1, "S1", 1, StockMovementKind.Consumption) with { StockUnitId = unitId });
        Assert.Equal(StockLedger.UnitGone, Assert.Single(twice.Errors).Code);
        Assert.Equal(StockUnitStatus.Consumed, (await again.StockUnits.SingleAsync(u => u.Id == unitId)).Status);
    }

    [Fact]
    public async Task Coded_stock_moves_by_code_not_as_loose_quantity()
    {
        var unitId = await ReceiveCodedStentAsync(f.A1);

        await using var db = f.Database.Create();
        var ledger = f.Ledger(db);
        var loose = await ledger.PostAsync(f.Take(f.Stent, f.A1, "S1", 1, StockMovementKind.Transfer) with { To = f.At(f.B1) });
        var coded = await ledger.PostAsync(f.Take(f.Stent, f.A1, "S1", 1, StockMovementKind.Transfer) with { To = f.At(f.B1), StockUnitId = unitId });

        Assert.Equal(StockLedger.UnitRequired, Assert.Single(loose.Errors).Code);
        Assert.True(coded.Succeeded);
        Assert.Equal(f.B1.Id, db.StockUnits.Local.Single().LocationId);
    }

    [Fact]
    public async Task A_repeated_idempotency_key_posts_nothing_twice()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 10);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var db = f.Database.Create();
            var result = await f.Ledger(db).PostAsync(f.Take(f.Gauze, f.A1, "L1", 3, StockMovementKind.Consumption) with { IdempotencyKey = "scanner-7:event-42" });
            Assert.True(result.Succeeded);
            Assert.Equal(attempt == 1, result.Duplicate);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var check = f.Database.Create();
        Assert.Equal(7, (await check.StockBalances.SingleAsync()).Quantity);
    }

    [Fact]
    public async Task An_open_stocktake_freezes_its_zone_but_not_the_others()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 10);
        await f.ReceiveAsync(f.Gauze, f.B1, "L1", f.Today.AddYears(1), 10);
        await using (var db = f.Database.CreateUnaudited())
        {
            db.Stocktakes.Add(new Stocktake { No = "ST202611220001", WarehouseId = f.Central.Id, Zone = "A", OpenedBy = "keeper", Status = StocktakeStatus.Counting });
            await db.SaveChangesAsync();
        }

        await using var check = f.Database.Create();
        var ledger = f.Ledger(check);
        Assert.Equal(StockLedger.StocktakeInProgress, Assert.Single((await ledger.PostAsync(f.Take(f.Gauze, f.A1, "L1", 1))).Errors).Code);
        Assert.Equal(StockLedger.StocktakeInProgress, Assert.Single((await ledger.PostAsync(f.Take(f.Gauze, f.B1, "L1", 1, StockMovementKind.Transfer) with { To = f.At(f.A2) })).Errors).Code);
        Assert.True((await ledger.PostAsync(f.Take(f.Gauze, f.B1, "L1", 1))).Succeeded);
    }

    private TakeRequest TakeFromCentral(Item item, int quantity) => new()
    {
        Kind = StockMovementKind.Dispatch,
        WarehouseId = f.Central.Id,
        ItemId = item.Id,
        Quantity = quantity,
        DocumentType = StockDocumentType.Dispatch,
        DocumentNo = "CK202611220001",
    };

    private async Task<long> ReceiveCodedStentAsync(Location location)
    {
        await using var db = f.Database.Create();
        Assert.True((await f.Ledger(db).PostAsync(f.Receipt(f.Stent, location, "S1", f.Today.AddYears(3), 1, 6800m))).Succeeded);
        var unit = new StockUnit
        {
            Code = "SU0000000017", Kind = StockUnitKind.Piece, ItemId = f.Stent.Id, LotNumber = "S1", ExpiryDate = f.Today.AddYears(3),
            WarehouseId = f.Central.Id, LocationId = location.Id,
        };
        db.StockUnits.Add(unit);
        Assert.Empty(await StockLedger.SaveAsync(db));
        return unit.Id;
    }
}
