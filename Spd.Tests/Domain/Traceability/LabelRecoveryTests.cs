using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Kpis;
using Spd.Domain.Security;
using Spd.Domain.Traceability;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Traceability;

public sealed class LabelRecoveryTests : IAsyncLifetime
{
    private DepartmentFixture f = null!;

    public async Task InitializeAsync() => f = await DepartmentFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private WorkflowActor Nurse => new("nurse", new HashSet<string> { Roles.DepartmentKeeper }, f.Ward.Id);

    private static WorkflowActor Keeper => new("warehouse", new HashSet<string> { Roles.WarehouseKeeper });

    private LabelRecovery Recovery => new(f.Database.Clock);

    private LabelStocktakes Stocktakes => new(f.Database.Clock);

    /// <summary>Syringe packs of the ward, each consumed as the consumption service leaves it: out of stock, its label awaited.</summary>
    private async Task<IReadOnlyList<StockUnit>> ConsumedPacksAsync(int count)
    {
        var packs = await f.ReceiveUnitsAsync(f.Syringe, f.InWard(), "S1", f.Today.AddYears(1), count, packSize: 20);
        await using var db = f.Database.Create();
        foreach (var pack in packs)
        {
            Assert.True((await f.Ledger(db, "nurse").PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = f.Syringe.Id, LotNumber = "S1", Quantity = 20, From = f.InWard(), StockUnitId = pack.Id,
                DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220001",
            })).Succeeded);
            var unit = await db.StockUnits.SingleAsync(u => u.Id == pack.Id);
            unit.LabelStatus = LabelStatus.Awaiting;
            unit.LabelChangedUtc = f.Database.Clock.GetUtcNow().UtcDateTime;
        }

        Assert.Empty(await StockLedger.SaveAsync(db));
        return packs;
    }

    private async Task<LabelScanResult> RecoverAsync(string code, WorkflowActor? actor = null)
    {
        await using var db = f.Database.Create();
        return await Recovery.RecoverAsync(db, actor ?? Nurse, code);
    }

    private async Task<StockUnit> UnitAsync(long id)
    {
        await using var db = f.Database.Create();
        return await db.StockUnits.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    [Fact]
    public async Task Scanning_an_awaited_label_recovers_it_once_and_a_second_scan_changes_nothing()
    {
        var pack = (await ConsumedPacksAsync(1))[0];
        f.Database.Clock.Advance(TimeSpan.FromHours(2));

        var first = await RecoverAsync(pack.Code);
        var recoveredAt = f.Database.Clock.GetUtcNow().UtcDateTime;
        f.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await RecoverAsync($"  {pack.Code} ");

        Assert.Equal(LabelScanOutcome.Recovered, first.Outcome);
        Assert.Equal(LabelScanOutcome.AlreadyRecovered, again.Outcome);
        Assert.Null(again.Problem);
        var unit = await UnitAsync(pack.Id);
        Assert.Equal((LabelStatus.Recovered, (DateTime?)recoveredAt), (unit.LabelStatus, unit.LabelChangedUtc));
        Assert.Equal(recoveredAt, again.Label!.ChangedUtc);
    }

    [Fact]
    public async Task A_label_that_is_not_awaited_is_refused_with_the_reason()
    {
        var inStock = (await f.ReceiveUnitsAsync(f.Syringe, f.InWard(), "S2", f.Today.AddYears(1), 1, packSize: 20))[0];
        var piece = (await f.ReceiveUnitsAsync(f.Catheter, f.InWard(), "C1", f.Today.AddYears(1), 1))[0];

        Assert.Equal(LabelRecovery.LabelNotConsumed, (await RecoverAsync(inStock.Code)).Problem!.Code);
        Assert.Equal(LabelRecovery.LabelNotAPack, (await RecoverAsync(piece.Code)).Problem!.Code);
        Assert.Equal(LabelRecovery.LabelNotAPack, (await RecoverAsync(f.Gauze.Code)).Problem!.Code);
        Assert.Equal(ScanLookup.NotFound, (await RecoverAsync(Spd.Domain.Codes.InternalCode.FixedPack(999_999).Text)).Problem!.Code);
        Assert.Equal(LabelStatus.None, (await UnitAsync(inStock.Id)).LabelStatus);
    }

    [Fact]
    public async Task A_department_keeper_recovers_only_the_labels_of_their_own_department_and_the_warehouse_keeper_any()
    {
        var packs = await ConsumedPacksAsync(2);
        var otherNurse = new WorkflowActor("other", new HashSet<string> { Roles.DepartmentKeeper }, f.Ward.Id + 100);

        var refused = await RecoverAsync(packs[0].Code, otherNurse);
        var collected = await RecoverAsync(packs[1].Code, Keeper);

        Assert.Equal(LabelRecovery.LabelOfOtherDepartment, refused.Problem!.Code);
        Assert.Equal("关节外科", refused.Problem.Arguments[1]);
        Assert.Equal(LabelScanOutcome.Recovered, collected.Outcome);
    }

    [Fact]
    public async Task The_label_stocktake_counts_the_awaited_labels_and_the_departments_confirmation_makes_the_rest_lost()
    {
        var packs = await ConsumedPacksAsync(4);
        int stocktakeId;
        await using (var db = f.Database.Create())
        {
            var opened = await Stocktakes.OpenAsync(db, Keeper, f.Ward.Id);
            Assert.True(opened.Succeeded);
            Assert.StartsWith("BQ20261122", opened.Stocktake!.No);
            Assert.Equal((4, 0), (opened.Stocktake.Lines, opened.Stocktake.Found));
            stocktakeId = opened.Stocktake.Id;
        }

        await using (var db = f.Database.Create())
        {
            Assert.Equal(LabelScanOutcome.Recovered, (await Stocktakes.ScanAsync(db, Keeper, stocktakeId, packs[0].Code)).Outcome);
            Assert.Equal(LabelScanOutcome.AlreadyRecovered, (await Stocktakes.ScanAsync(db, Keeper, stocktakeId, packs[0].Code)).Outcome);
        }

        Assert.Equal(LabelScanOutcome.Recovered, (await RecoverAsync(packs[1].Code)).Outcome);
        f.Database.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = f.Database.Create())
        {
            Assert.Equal(LabelStocktakes.ConfirmByDepartment, (await Stocktakes.ConfirmAsync(db, Keeper, stocktakeId)).Errors[0].Code);
        }

        await using (var db = f.Database.Create())
        {
            var confirmed = await Stocktakes.ConfirmAsync(db, Nurse, stocktakeId);
            Assert.True(confirmed.Succeeded);
            Assert.Equal(("nurse", 2, 2), (confirmed.Stocktake!.ConfirmedBy, confirmed.Stocktake.Found, confirmed.Stocktake.NotFound));
        }

        var now = f.Database.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(
            [LabelStatus.Recovered, LabelStatus.Recovered, LabelStatus.Lost, LabelStatus.Lost],
            await Task.WhenAll(packs.Select(async p => (await UnitAsync(p.Id)).LabelStatus)));
        Assert.Equal(now, (await UnitAsync(packs[3].Id)).LabelChangedUtc);
        Assert.Equal(LabelRecovery.LabelConfirmedLost, (await RecoverAsync(packs[3].Code)).Problem!.Code);
        await using (var db = f.Database.Create())
        {
            Assert.Equal(LabelStocktakes.LabelStocktakeConfirmed, (await Stocktakes.ScanAsync(db, Keeper, stocktakeId, packs[2].Code)).Problem!.Code);
            var outcomes = await LabelRecoveryRate.OutcomesAsync(db, new BusinessCalendar(f.Database.Clock), f.Today, f.Ward.Id);
            var figure = Assert.Single(LabelRecoveryRate.PerDepartment(outcomes));
            Assert.Equal((2, 2, 0.5m), (figure.Recovered, figure.Lost, figure.Rate));
        }
    }

    [Fact]
    public async Task A_department_with_a_stocktake_open_or_no_awaited_label_cannot_open_another()
    {
        await using var db = f.Database.Create();
        Assert.Equal(LabelStocktakes.NoAwaitingLabels, (await Stocktakes.OpenAsync(db, Nurse, f.Ward.Id)).Errors[0].Code);

        await ConsumedPacksAsync(1);
        Assert.True((await Stocktakes.OpenAsync(db, Nurse, f.Ward.Id)).Succeeded);
        Assert.Equal(LabelStocktakes.LabelStocktakeOpen, (await Stocktakes.OpenAsync(db, Keeper, f.Ward.Id)).Errors[0].Code);
        Assert.Equal(LabelStocktakes.LabelsOfOtherDepartment, (await Stocktakes.OpenAsync(db, Nurse, f.Ward.Id + 100)).Errors[0].Code);
    }

    [Fact]
    public void The_recovery_rate_is_recovered_over_lost_plus_recovered_per_department_and_na_without_settled_labels()
    {
        // By hand: 骨科 recovered 7, lost 3 → 7 / 10 = 70 %; 心内科 recovered 0, lost 2 → 0 %;
        // 眼科 only awaits labels → n/a (neither 0 % nor an error).
        var labels = Enumerable.Repeat(new LabelOutcome(1, "骨科", LabelStatus.Recovered), 7)
            .Concat(Enumerable.Repeat(new LabelOutcome(1, "骨科", LabelStatus.Lost), 3))
            .Concat(Enumerable.Repeat(new LabelOutcome(2, "心内科", LabelStatus.Lost), 2))
            .Append(new LabelOutcome(3, "眼科", LabelStatus.Awaiting));

        var figures = LabelRecoveryRate.PerDepartment(labels).ToDictionary(f => f.DepartmentName);

        Assert.Equal((7, 3, 0.7m), (figures["骨科"].Recovered, figures["骨科"].Lost, figures["骨科"].Rate));
        Assert.Equal(0m, figures["心内科"].Rate);
        Assert.Null(figures["眼科"].Rate);
        Assert.Null(LabelRecoveryRate.Rate(0, 0));
    }
}
