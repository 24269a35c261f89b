using Microsoft.EntityFrameworkCore;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class DepartmentReturnTests
{
    /// <summary>Loose gauze and a coded catheter available on the fixture ward's shelf.</summary>
    private static async Task<StockUnit> StockedWardAsync(DepartmentFixture fixture)
    {
        await using (var db = fixture.Database.Create())
        {
            var posted = await fixture.Ledger(db).PostAsync(new StockMove
            {
                Kind = StockMovementKind.Receipt, ItemId = fixture.Gauze.Id, LotNumber = "G1", ExpiryDate = fixture.Today.AddYears(1), Quantity = 10, UnitCost = 1.2m,
                To = fixture.InWard(), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220009",
            });
            Assert.True(posted.Succeeded);
            await db.SaveChangesAsync();
        }

        return (await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(), "C1", fixture.Today.AddYears(1), 1))[0];
    }

    private static ReturnDraft Draft(DepartmentFixture fixture, StockUnit unit, ReturnReason reason, ReturnDestination destination) =>
        new(fixture.WardStore.Id, reason, destination, "包装破损",
        [
            new ReturnDraftLine(fixture.Gauze.Id, "G1", null, fixture.WardBin.Id, null, 4),
            new ReturnDraftLine(fixture.Catheter.Id, "C1", null, fixture.WardBin.Id, unit.Id, 1),
        ]);

    [Theory]
    [InlineData(ReturnReason.WrongItem, StockState.Available)]
    [InlineData(ReturnReason.Quality, StockState.Quarantined)]
    [InlineData(ReturnReason.Expired, StockState.Quarantined)]
    [InlineData(ReturnReason.LabelError, StockState.Quarantined)]
    public async Task A_return_to_the_central_warehouse_is_set_apart_then_taken_back_quarantined_unless_it_was_only_the_wrong_item(ReturnReason reason, StockState arrives)
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var unit = await StockedWardAsync(fixture);
        var returns = new DepartmentReturns(fixture.Database.Clock);
        int id;
        await using (var db = fixture.Database.Create())
        {
            var submitted = await returns.SubmitAsync(db, Draft(fixture, unit, reason, ReturnDestination.CentralWarehouse), fixture.Ward.Id, "nurse");
            Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Code)));
            id = submitted.Value!.Id;
        }

        await using (var db = fixture.Database.Create())
        {
            var saved = await db.DepartmentReturns.SingleAsync();
            Assert.Equal((ReturnStatus.Submitted, reason, fixture.Ward.Id), (saved.Status, saved.Reason, saved.DepartmentId));
            Assert.Equal(5, await db.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.State == StockState.Quarantined).SumAsync(b => b.Quantity));
            Assert.Equal(6, await db.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.State == StockState.Available).SumAsync(b => b.Quantity));
            Assert.True((await returns.AcceptAsync(db, id, "warehouse")).Succeeded);
        }

        await using var check = fixture.Database.Create();
        var accepted = await check.DepartmentReturns.SingleAsync();
        Assert.Equal((ReturnStatus.Accepted, fixture.Database.Clock.GetUtcNow().UtcDateTime, (DateTime?)null), (accepted.Status, accepted.AcceptedUtc!.Value, accepted.ReplacementDueUtc));
        var central = await check.StockBalances.Where(b => b.WarehouseId == fixture.Central.Id && b.Quantity > 0).ToListAsync();
        Assert.Equal(5, central.Sum(b => b.Quantity));
        Assert.All(central, b => Assert.Equal(arrives, b.State));
        var returned = await check.StockUnits.SingleAsync();
        Assert.Equal((fixture.Central.Id, arrives, StockUnitStatus.InStock), (returned.WarehouseId!.Value, returned.State, returned.Status));
        Assert.Equal(0, await check.StockBalances.Where(b => b.WarehouseId == fixture.WardStore.Id && b.State == StockState.Quarantined).SumAsync(b => b.Quantity));
        Assert.Equal(2, await check.StockLedgerEntries.CountAsync(e => e.Kind == StockMovementKind.Return && e.DocumentNo == accepted.No));
    }

    [Fact]
    public async Task A_return_to_the_supplier_leaves_stock_and_is_due_for_replacement_within_48_hours()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var unit = await StockedWardAsync(fixture);
        var returns = new DepartmentReturns(fixture.Database.Clock);
        await using var db = fixture.Database.Create();
        var submitted = await returns.SubmitAsync(db, Draft(fixture, unit, ReturnReason.Quality, ReturnDestination.Supplier), fixture.Ward.Id, "nurse");
        fixture.Database.Clock.Advance(TimeSpan.FromHours(1));
        var acceptedAt = fixture.Database.Clock.GetUtcNow().UtcDateTime;

        var accepted = await returns.AcceptAsync(db, submitted.Value!.Id, "equipment");

        Assert.Equal(fixture.Supplier.Id, accepted.Value!.SupplierId);
        Assert.Equal(acceptedAt.AddHours(48), accepted.Value.ReplacementDueUtc);
        Assert.False(DepartmentReturns.IsOverdue(accepted.Value, acceptedAt.AddHours(47)));
        Assert.True(DepartmentReturns.IsOverdue(accepted.Value, acceptedAt.AddHours(49)));
        Assert.Equal(StockUnitStatus.Returned, (await db.StockUnits.SingleAsync()).Status);
        Assert.Equal(0, await db.StockBalances.Where(b => b.State == StockState.Quarantined).SumAsync(b => b.Quantity));
        var rows = await DispatchList.ReturnsAsync(db, null, null);
        Assert.True(Assert.Single(rows).Overdue(acceptedAt.AddHours(49)));

        fixture.Database.Clock.Advance(TimeSpan.FromHours(30));
        var replaced = await returns.MarkReplacedAsync(db, submitted.Value.Id);

        Assert.Equal((ReturnStatus.Replaced, fixture.Database.Clock.GetUtcNow().UtcDateTime), (replaced.Value!.Status, replaced.Value.ReplacedUtc!.Value));
        Assert.False(DepartmentReturns.IsOverdue(replaced.Value, acceptedAt.AddHours(49)));
    }

    [Fact]
    public async Task A_department_keeper_returns_only_from_their_own_department_and_names_what_to_return()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var unit = await StockedWardAsync(fixture);
        var (spine, _) = await fixture.AddWardAsync("K002", "脊柱外科", "R1");
        var returns = new DepartmentReturns(fixture.Database.Clock);
        await using var db = fixture.Database.Create();

        var foreign = await returns.SubmitAsync(db, Draft(fixture, unit, ReturnReason.Quality, ReturnDestination.CentralWarehouse), spine.Id, "other-nurse");
        var empty = await returns.SubmitAsync(db, new ReturnDraft(fixture.WardStore.Id, ReturnReason.Quality, ReturnDestination.CentralWarehouse, null, []), fixture.Ward.Id, "nurse");

        Assert.Equal(DepartmentReturns.NotYourWarehouse, Assert.Single(foreign.Errors).Code);
        Assert.Equal(DepartmentReturns.ReturnNoLines, Assert.Single(empty.Errors).Code);
        Assert.Empty(await db.DepartmentReturns.ToListAsync());
    }

    [Fact]
    public async Task The_returnable_stock_of_a_ward_lists_each_coded_unit_and_the_loose_rest()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var unit = await StockedWardAsync(fixture);
        await using var db = fixture.Database.Create();

        var stock = await DepartmentReturns.ReturnableAsync(db, fixture.WardStore.Id);

        Assert.Equal([(fixture.Gauze.Code, (long?)null, 10), (fixture.Catheter.Code, unit.Id, 1)], stock.Select(s => (s.ItemCode, s.StockUnitId, s.Quantity)));
    }
}
