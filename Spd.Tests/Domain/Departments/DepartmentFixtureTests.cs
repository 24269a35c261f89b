using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;

namespace Spd.Tests.Domain.Departments;

public sealed class DepartmentFixtureTests
{
    [Fact]
    public async Task Stock_dispatched_in_transit_can_only_be_signed_for_or_returned()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var units = await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InWard(StockState.InTransit), "L1", fixture.Today.AddYears(1), 1);

        await using var db = fixture.Database.Create();
        var ledger = fixture.Ledger(db);
        var consumed = await ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.Consumption, ItemId = fixture.Catheter.Id, LotNumber = "L1", Quantity = 1,
            From = fixture.InWard(StockState.InTransit), StockUnitId = units[0].Id, DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220001",
        });
        Assert.Equal(StockLedger.InTransitStock, Assert.Single(consumed.Errors).Code);

        var received = await ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.DepartmentReceipt, ItemId = fixture.Catheter.Id, LotNumber = "L1", Quantity = 1,
            From = fixture.InWard(StockState.InTransit), To = fixture.InWard(), StockUnitId = units[0].Id,
            DocumentType = StockDocumentType.DepartmentReceipt, DocumentNo = "CK202611220001",
        });
        Assert.True(received.Succeeded);
        Assert.Empty(await StockLedger.SaveAsync(db));
        Assert.Equal(StockState.Available, (await db.StockUnits.SingleAsync()).State);
    }
}
