using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class RecallReportTests : IAsyncLifetime
{
    private WarehousingFixture f = null!;

    public async Task InitializeAsync() => f = await WarehousingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stents of model XS-318 in the central warehouse and on the ward, two used on patients, then recalled by model.</summary>
    private async Task<(Recall Recall, List<long> Central, List<long> Ward)> RecallUsedModelAsync()
    {
        var central = await f.ReceivePiecesAsync(f.Stent, f.Stock.A1, "S1", f.Today.AddYears(2), 2);
        var ward = await f.ReceivePiecesAsync(f.StentLong, f.WardShelf, "L7", f.Today.AddYears(2), 3);
        f.Database.Clock.Advance(TimeSpan.FromHours(1));
        await f.ConsumeAsync(f.StentLong, f.WardShelf, "L7", "P0001", ward[0]);
        f.Database.Clock.Advance(TimeSpan.FromHours(1));
        await f.ConsumeAsync(f.StentLong, f.WardShelf, "L7", "P0002", ward[1]);
        await f.ReceivePiecesAsync(f.OtherStent, f.WardShelf, "O1", f.Today.AddYears(2), 1);
        await f.ConsumeAsync(f.OtherStent, f.WardShelf, "O1", "P0009", (await UnitIdsAsync(f.OtherStent.Id))[0]);
        f.Database.Clock.Advance(TimeSpan.FromHours(1));
        await using var db = f.Database.Create();
        var result = await Recalls.StartAsync(db, f.Database.Clock, "equipment", new RecallDraft(RecallKind.Recall, null, f.Stent.ManufacturerId, "XS-318", null, "厂家召回"));
        return (result.Recall!, central, ward);
    }

    private async Task<List<long>> UnitIdsAsync(int itemId)
    {
        await using var db = f.Database.Create();
        return await db.StockUnits.Where(u => u.ItemId == itemId).Select(u => u.Id).ToListAsync();
    }

    private async Task<RecallReport> ReportAsync(int recallId, SpdDbContext? context = null)
    {
        await using var db = f.Database.Create();
        return (await RecallReport.LoadAsync(context ?? db, recallId))!;
    }

    [Fact]
    public async Task The_report_lists_stock_by_warehouse_and_department_every_unit_and_the_patients_who_received_the_model()
    {
        var (recall, _, ward) = await RecallUsedModelAsync();

        var report = await ReportAsync(recall.Id);

        Assert.Equal(["WZ0002", "WZ0003"], report.Items.Select(i => i.Code));
        Assert.Equal(
            [("W001", null, "WZ0002", 2, StockState.Quarantined), ("W101", "关节外科", "WZ0003", 1, StockState.Quarantined)],
            report.Stock.Select(s => (s.WarehouseCode, s.DepartmentName, s.ItemCode, s.Quantity, s.State)));
        Assert.Equal((0, 3, 2, 2, 2), (report.AvailableQuantity, report.QuarantinedQuantity, report.ConsumedQuantity, report.Patients, report.Warehouses));

        Assert.Equal(5, report.Units.Count);
        Assert.Equal(3, report.Units.Count(u => u.Status == StockUnitStatus.InStock && u.State == StockState.Quarantined));
        var used = report.Units.Where(u => u.Status == StockUnitStatus.Consumed).ToList();
        Assert.Equal(2, used.Count);
        Assert.All(used, u => Assert.Null(u.WarehouseName));
        Assert.Equal("关节外科", report.Units.First(u => u.Status == StockUnitStatus.InStock && u.ItemCode == "WZ0003").DepartmentName);

        Assert.Equal(["P0001", "P0002"], report.Consumption.Select(c => c.PatientId));
        var first = report.Consumption[0];
        Assert.Equal(("关节外科二级库", "关节外科", "L7", 1), (first.WarehouseName, first.DepartmentName, first.LotNumber, first.Quantity));
        await using var db = f.Database.Create();
        Assert.Equal(await db.StockUnits.Where(u => u.Id == ward[0]).Select(u => u.Code).SingleAsync(), first.UnitCode);
        Assert.True(first.AtUtc < report.Consumption[1].AtUtc);
    }

    [Fact]
    public async Task A_lot_recall_reports_that_lot_only_including_bulk_consumption()
    {
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "BAD", f.Today.AddYears(1), 10);
        await f.ReceiveAsync(f.Gauze, f.WardShelf, "GOOD", f.Today.AddYears(1), 10);
        await f.ConsumeAsync(f.Gauze, f.WardShelf, "BAD", "P0100", quantity: 4);
        await f.ConsumeAsync(f.Gauze, f.WardShelf, "GOOD", "P0200", quantity: 1);
        await using (var db = f.Database.Create())
        {
            await Recalls.StartAsync(db, f.Database.Clock, "equipment", new RecallDraft(RecallKind.Quarantine, f.Gauze.Id, null, null, "BAD", "疑似污染"));
        }

        var report = await ReportAsync(1);

        Assert.Equal([("BAD", 6, StockState.Quarantined)], report.Stock.Select(s => (s.LotNumber, s.Quantity, s.State)));
        var consumption = Assert.Single(report.Consumption);
        Assert.Equal(("P0100", 4, (string?)null), (consumption.PatientId, consumption.Quantity, consumption.UnitCode));
        Assert.Empty(report.Units);
        Assert.Equal(("WZ0001", "BAD"), (report.Recall.ItemCode, report.Recall.LotNumber));
        Assert.False(report.Recall.HasDeadline);
    }

    [Fact]
    public async Task The_deadline_is_shown_as_time_left_then_overdue_until_reported()
    {
        var (recall, _, _) = await RecallUsedModelAsync();
        var header = (await ReportAsync(recall.Id)).Recall;
        var now = f.Database.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(TimeSpan.FromHours(12), header.Remaining(now));
        Assert.False(header.IsOverdue(now.AddHours(12)));
        Assert.True(header.IsOverdue(now.AddHours(12).AddMinutes(1)));

        f.Database.Clock.Advance(TimeSpan.FromHours(13));
        await using (var db = f.Database.Create())
        {
            Assert.Empty(await Recalls.MarkReportedAsync(db, f.Database.Clock, recall.Id));
        }

        var reported = (await ReportAsync(recall.Id)).Recall;
        Assert.Equal(now.AddHours(13), reported.ReportedUtc);
        Assert.False(reported.IsOverdue(now.AddHours(14)));
        Assert.True(reported.ReportedLate);
    }

    [Fact]
    public async Task The_report_takes_five_queries_however_many_lines_units_and_patients_it_has()
    {
        var (recall, _, _) = await RecallUsedModelAsync();
        var counter = new CommandCounter();
        await using var db = new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>()
            .UseSqlite(f.Database.Connection).AddInterceptors(counter).Options);

        await RecallReport.LoadAsync(db, recall.Id);

        Assert.Equal(5, counter.Count);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
