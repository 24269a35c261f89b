using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;

namespace Spd.Tests.Domain.Inventory;

public sealed class StockRebuildTests : IAsyncLifetime
{
    private InventoryFixture f = null!;

    public async Task InitializeAsync() => f = await InventoryFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Balances_equal_the_ledger_after_a_random_run_of_movements()
    {
        var random = new Random(20261122);
        var locations = new[] { f.A1, f.A2, f.B1 };
        for (var step = 0; step < 200; step++)
        {
            await using var db = f.Database.Create();
            var ledger = f.Ledger(db);
            var from = locations[random.Next(locations.Length)];
            var lot = "L" + random.Next(3);
            var move = random.Next(4) switch
            {
                0 => f.Receipt(f.Gauze, from, lot, f.Today.AddMonths(6 + lot[1]), random.Next(1, 20)),
                1 => f.Take(f.Gauze, from, lot, random.Next(1, 10), StockMovementKind.Transfer) with { To = f.At(locations[random.Next(locations.Length)]) },
                2 => f.Take(f.Gauze, from, lot, random.Next(1, 10), StockMovementKind.Quarantine) with { To = f.At(from, StockState.Quarantined) },
                _ => f.Take(f.Gauze, from, lot, random.Next(1, 10)),
            };
            if ((await ledger.PostAsync(move)).Succeeded)
            {
                Assert.Empty(await StockLedger.SaveAsync(db));
            }
        }

        await using var check = f.Database.Create();
        Assert.True(await check.StockLedgerEntries.CountAsync() > 100);
        Assert.Empty(await StockRebuild.CompareAsync(check));
    }

    [Fact]
    public async Task A_tampered_balance_is_found_and_rebuilt_from_the_ledger()
    {
        await f.ReceiveAsync(f.Gauze, f.A1, "L1", f.Today.AddYears(1), 10);
        await f.ReceiveAsync(f.Gauze, f.B1, "L2", f.Today.AddYears(1), 4);
        await using (var db = f.Database.CreateUnaudited())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE StockBalances SET Quantity = 3 WHERE LotNumber = 'L1'");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM StockBalances WHERE LotNumber = 'L2'");
        }

        await using (var db = f.Database.Create())
        {
            var differences = await StockRebuild.CompareAsync(db);
            Assert.Equal(2, differences.Count);
            Assert.Contains(differences, d => d.LotNumber == "L1" && d.Stored == 3 && d.FromLedger == 10);
            Assert.Contains(differences, d => d.LotNumber == "L2" && d.Stored == 0 && d.FromLedger == 4);
            Assert.Equal(2, await StockRebuild.RebuildAsync(db));
        }

        await using var check = f.Database.Create();
        Assert.Empty(await StockRebuild.CompareAsync(check));
        Assert.Equal(f.Today.AddYears(1), (await check.StockBalances.SingleAsync(b => b.LotNumber == "L2")).ExpiryDate);
    }
}
