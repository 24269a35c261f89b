using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Purchasing;

public sealed class ReplenishmentAdvisorTests : PurchasingFixture
{
    /// <summary>Shanghai midnight of a business day, in UTC.</summary>
    private static DateTime LocalDay(DateOnly day, int hour = 9) => day.ToDateTime(new TimeOnly(hour, 0)).AddHours(-8);

    private async Task PostAsync(DateTime atUtc, StockMovementKind kind, int quantity, Warehouse? from, Warehouse? to, int? itemId = null)
    {
        await using var db = Database.CreateUnaudited();
        db.StockLedgerEntries.Add(new StockLedgerEntry
        {
            AtUtc = atUtc,
            Kind = kind,
            ItemId = itemId ?? Gauze.Id,
            Quantity = quantity,
            FromWarehouseId = from?.Id,
            ToWarehouseId = to?.Id,
            DocumentType = StockDocumentType.Dispatch,
            DocumentNo = "CK0001",
            UserName = "warehouse",
        });
        await db.SaveChangesAsync();
    }

    private async Task<ReplenishmentSuggestion?> SuggestAsync()
    {
        await using var db = Db();
        return await ReplenishmentAdvisor.SuggestAsync(db, Central.Id, Gauze.Id, new BusinessCalendar(Database.Clock));
    }

    [Fact]
    public void The_formula_on_a_hand_computed_history()
    {
        // 9 days of 10 units and 81 days of none: mean 90 / 90 = 1 a day; variance
        // (9 × (10 − 1)² + 81 × (0 − 1)²) / 90 = (729 + 81) / 90 = 9, so σ = 3.
        // safety = ⌈1.65 × 3 × √1⌉ = ⌈4.95⌉ = 5; reorder = ⌈1 × 1⌉ + 5 = 6;
        // max = 6 + ⌈1 × 7⌉ = 13; min = safety = 5.
        var daily = Enumerable.Range(0, 90).Select(day => day % 10 == 0 ? 10 : 0).ToArray();

        var suggestion = ReplenishmentAdvisor.Calculate(daily);

        Assert.Equal(1, suggestion.AverageDailyOutflow, 9);
        Assert.Equal(3, suggestion.DailyStandardDeviation, 9);
        Assert.Equal(1, suggestion.LeadTimeDays);
        Assert.Equal((5, 6, 5, 13), (suggestion.SafetyStock, suggestion.ReorderPoint, suggestion.MinLevel, suggestion.MaxLevel));
    }

    [Fact]
    public void A_steady_outflow_needs_no_safety_stock()
    {
        var suggestion = ReplenishmentAdvisor.Calculate([.. Enumerable.Repeat(4, 90)]);

        Assert.Equal((0, 4, 0, 32), (suggestion.SafetyStock, suggestion.ReorderPoint, suggestion.MinLevel, suggestion.MaxLevel));
    }

    [Fact]
    public void A_whole_number_is_not_rounded_up_by_binary_noise()
    {
        // 29 units in 7 days: 29 / 7 × 7 is 29.000000000000004 in binary floating point, and the cycle stock is 29, not 30.
        // σ = 0.35, so safety = ⌈0.58⌉ = 1; reorder = ⌈4.14⌉ + 1 = 6; max = 6 + 29 = 35.
        var suggestion = ReplenishmentAdvisor.Calculate([5, 4, 4, 4, 4, 4, 4]);

        Assert.Equal((1, 6, 35), (suggestion.SafetyStock, suggestion.ReorderPoint, suggestion.MaxLevel));
    }

    [Fact]
    public async Task The_history_is_what_left_the_warehouse_in_the_last_90_whole_days()
    {
        // The hand-computed history again: 10 units on 9 days, spread over dispatches, consumption and
        // transfers to another warehouse, in the 90 days before today.
        for (var i = 0; i < 9; i++)
        {
            var day = Today.AddDays(-1 - i * 10);
            var kind = (i % 3) switch { 0 => StockMovementKind.Dispatch, 1 => StockMovementKind.Consumption, _ => StockMovementKind.Transfer };
            await PostAsync(LocalDay(day, 8), kind, 6, Central, kind == StockMovementKind.Consumption ? null : Ward);
            await PostAsync(LocalDay(day, 23), kind, 4, Central, kind == StockMovementKind.Consumption ? null : Ward);
        }

        // Not outflows of this warehouse and item in the period.
        await PostAsync(LocalDay(Today.AddDays(-5)), StockMovementKind.Receipt, 500, null, Central);
        await PostAsync(LocalDay(Today.AddDays(-5)), StockMovementKind.Transfer, 500, Central, Central);
        await PostAsync(LocalDay(Today.AddDays(-5)), StockMovementKind.Return, 500, Central, null);
        await PostAsync(LocalDay(Today.AddDays(-5)), StockMovementKind.Dispatch, 500, Ward, null);
        await PostAsync(LocalDay(Today.AddDays(-5)), StockMovementKind.Dispatch, 500, Central, Ward, Syringe.Id);
        await PostAsync(LocalDay(Today, 1), StockMovementKind.Dispatch, 500, Central, Ward);
        await PostAsync(LocalDay(Today.AddDays(-91), 23), StockMovementKind.Dispatch, 500, Central, Ward);

        var suggestion = await SuggestAsync();

        Assert.NotNull(suggestion);
        Assert.Equal(1, suggestion.AverageDailyOutflow, 9);
        Assert.Equal(3, suggestion.DailyStandardDeviation, 9);
        Assert.Equal((5, 6, 5, 13), (suggestion.SafetyStock, suggestion.ReorderPoint, suggestion.MinLevel, suggestion.MaxLevel));
    }

    [Fact]
    public async Task An_item_that_never_left_the_warehouse_gets_no_suggestion()
    {
        await PostAsync(LocalDay(Today.AddDays(-3)), StockMovementKind.Receipt, 100, null, Central);
        await PostAsync(LocalDay(Today.AddDays(-120)), StockMovementKind.Dispatch, 10, Central, Ward);

        Assert.Null(await SuggestAsync());
    }
}
