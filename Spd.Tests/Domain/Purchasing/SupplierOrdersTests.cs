using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Purchasing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Purchasing;

public sealed class SupplierOrdersTests : PortalFixture
{
    private async Task<IReadOnlyList<ValidationError>> ConfirmAsync(DateOnly? date, int? supplierId = null, int? version = null)
    {
        await using var db = Db();
        return await Orders.ConfirmDeliveryDateAsync(db, supplierId ?? A, Data.OrderA.Id, version ?? await OrderVersionAsync(Data.OrderA.Id), date, "supplier-a");
    }

    private async Task<IReadOnlyList<ValidationError>> FlagAsync(long lineId, string? note = null, int? supplierId = null)
    {
        await using var db = Db();
        return await Orders.FlagShortAsync(db, supplierId ?? A, Data.OrderA.Id, lineId, await OrderVersionAsync(Data.OrderA.Id), note);
    }

    private async Task<IReadOnlyList<ValidationError>> WithdrawAsync(long lineId)
    {
        await using var db = Db();
        return await Orders.WithdrawShortAsync(db, A, Data.OrderA.Id, lineId, await OrderVersionAsync(Data.OrderA.Id));
    }

    private async Task<PurchaseOrder> OrderAAsync()
    {
        await using var db = Db();
        return await db.PurchaseOrders.Include(o => o.Lines).AsNoTracking().SingleAsync(o => o.Id == Data.OrderA.Id);
    }

    private Task SetReceivedAsync(long lineId, int received) =>
        ChangeAsync(async db => (await db.PurchaseOrderLines.SingleAsync(l => l.Id == lineId)).ReceivedQuantity = received);

    [Fact]
    public async Task A_supplier_lists_only_its_own_orders()
    {
        await using var db = Db();

        var own = await SupplierOrders.QueryAsync(db, A, new SupplierOrderFilter(), new PageRequest());
        var other = await SupplierOrders.QueryAsync(db, B, new SupplierOrderFilter(), new PageRequest());

        var row = Assert.Single(own.Items);
        Assert.Equal((Data.OrderA.No, 2, 100 * 0.8m + 50 * 0.35m), (row.No, row.LineCount, row.Amount));
        Assert.Equal(Data.OrderB.No, Assert.Single(other.Items).No);
    }

    [Fact]
    public async Task The_order_list_filters_by_status_and_finds_orders_by_number_item_name_or_pinyin()
    {
        await using (var db = Database.CreateUnaudited())
        {
            var confirmed = await PurchaseOrderBuilder.AddPublishedAsync(db, A, Data.WarehouseId, Calendar.UtcNow, (Data.Gloves, 5));
            confirmed.Status = PurchaseOrderStatus.Confirmed;
            await db.SaveChangesAsync();
        }

        await using var read = Db();
        async Task<IReadOnlyList<string>> Find(SupplierOrderFilter filter) =>
            [.. (await SupplierOrders.QueryAsync(read, A, filter, new PageRequest())).Items.Select(o => o.No)];

        Assert.Equal([Data.OrderA.No], await Find(new SupplierOrderFilter(Status: PurchaseOrderStatus.Published)));
        Assert.Equal(2, (await Find(new SupplierOrderFilter(Search: "手套"))).Count);
        Assert.Equal([Data.OrderA.No], await Find(new SupplierOrderFilter(Search: "注射器")));
        Assert.Equal([Data.OrderA.No], await Find(new SupplierOrderFilter(Search: "YCX")));
        Assert.Equal([Data.OrderA.No], await Find(new SupplierOrderFilter(Search: Data.OrderA.No)));
        Assert.Empty(await Find(new SupplierOrderFilter(Search: "纱布")));
    }

    [Fact]
    public async Task The_order_list_pages_newest_first()
    {
        await using (var db = Database.CreateUnaudited())
        {
            for (var i = 1; i <= 4; i++)
            {
                await PurchaseOrderBuilder.AddPublishedAsync(db, A, Data.WarehouseId, Calendar.UtcNow.AddMinutes(i), (Data.Syringe, i));
            }
        }

        await using var read = Db();
        var first = await SupplierOrders.QueryAsync(read, A, new SupplierOrderFilter(), new PageRequest(1, 2));
        var last = await SupplierOrders.QueryAsync(read, A, new SupplierOrderFilter(), new PageRequest(3, 2));

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.True(first.Items[0].CreatedUtc > first.Items[1].CreatedUtc);
        Assert.Equal(Data.OrderA.No, Assert.Single(last.Items).No);
    }

    [Fact]
    public async Task A_supplier_reads_its_order_with_the_items_master_fields_but_not_another_suppliers_order()
    {
        await using var db = Db();

        var own = await SupplierOrders.FindAsync(db, A, Data.OrderA.Id);
        var others = await SupplierOrders.FindAsync(db, B, Data.OrderA.Id);

        Assert.Null(others);
        Assert.NotNull(own);
        var syringe = own.Lines.Single(l => l.ItemId == Data.Syringe.Id);
        Assert.Equal(("WZ001", "一次性使用无菌注射器", "5ml", "带针", "支", 100, 0.8m, 100),
            (syringe.ItemCode, syringe.ItemName, syringe.Specification, syringe.Model, syringe.Unit, syringe.Quantity, syringe.UnitPrice, syringe.ToDeliver));
    }

    [Fact]
    public async Task Confirming_sets_the_delivery_date_and_moves_the_order_to_confirmed()
    {
        var before = await OrderVersionAsync(Data.OrderA.Id);

        Assert.Empty(await ConfirmAsync(Today.AddDays(1)));

        var order = await OrderAAsync();
        Assert.Equal(PurchaseOrderStatus.Confirmed, order.Status);
        Assert.Equal(Today.AddDays(1), order.ConfirmedDeliveryDate);
        Assert.Equal(("supplier-a", Calendar.UtcNow), (order.ConfirmedBy, order.ConfirmedUtc));
        Assert.Equal(before + 1, order.Version);
    }

    [Fact]
    public async Task The_delivery_date_is_required()
    {
        var error = Assert.Single(await ConfirmAsync(null));
        Assert.Equal((nameof(PurchaseOrder.ConfirmedDeliveryDate), PurchasingErrors.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_delivery_date_in_the_past_is_refused_and_today_is_allowed()
    {
        Assert.Equal(PurchasingErrors.DeliveryDateInPast, Assert.Single(await ConfirmAsync(Today.AddDays(-1))).Code);
        Assert.Empty(await ConfirmAsync(Today));
    }

    [Fact]
    public async Task A_delivery_date_may_be_at_most_three_days_after_the_due_date()
    {
        // Due 2026-11-23 09:00 in the hospital (24 h after the order), so the 26th is the last day.
        var latest = new DateOnly(2026, 11, 26);
        Assert.Equal(latest, Orders.LatestDeliveryDate(Data.OrderA.DueUtc));

        var error = Assert.Single(await ConfirmAsync(latest.AddDays(1)));
        Assert.Equal(PurchasingErrors.DeliveryDateTooLate, error.Code);
        Assert.Equal(new object[] { "2026-11-26", 3 }, error.Arguments);
        Assert.Empty(await ConfirmAsync(latest));
    }

    [Fact]
    public async Task Only_a_published_order_has_its_delivery_date_confirmed()
    {
        Assert.Empty(await ConfirmAsync(Today.AddDays(1)));

        Assert.Equal(PurchasingErrors.OrderNotPublished, Assert.Single(await ConfirmAsync(Today.AddDays(2))).Code);
        Assert.Equal(Today.AddDays(1), (await OrderAAsync()).ConfirmedDeliveryDate);
    }

    [Fact]
    public async Task Confirming_an_order_changed_meanwhile_is_refused()
    {
        var version = await OrderVersionAsync(Data.OrderA.Id);
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));

        Assert.Equal(PurchasingErrors.ChangedMeanwhile, Assert.Single(await ConfirmAsync(Today, version: version)).Code);
        Assert.Equal(PurchaseOrderStatus.Published, (await OrderAAsync()).Status);
    }

    [Fact]
    public async Task A_supplier_cannot_confirm_another_suppliers_order()
    {
        var error = Assert.Single(await ConfirmAsync(Today.AddDays(1), supplierId: B));

        Assert.Equal(PurchasingErrors.NotFound, error.Code);
        Assert.Null((await OrderAAsync()).ConfirmedDeliveryDate);
    }

    [Fact]
    public async Task Flagging_a_line_short_records_when_and_the_suppliers_note()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id, "  厂家停产，预计12月恢复  "));

        var line = (await OrderAAsync()).Lines.Single(l => l.Id == Data.GlovesLine.Id);
        Assert.True(line.Short);
        Assert.Equal((Calendar.UtcNow, "厂家停产，预计12月恢复", (DateTime?)null), (line.ShortFlaggedUtc, line.ShortNote, line.ShortClearedUtc));
        Assert.False((await OrderAAsync()).Lines.Single(l => l.Id == Data.SyringeLine.Id).Short);
    }

    [Fact]
    public async Task A_line_flagged_short_is_not_flagged_twice()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));

        Assert.Equal(PurchasingErrors.AlreadyShort, Assert.Single(await FlagAsync(Data.GlovesLine.Id)).Code);
    }

    [Fact]
    public async Task A_line_received_in_full_cannot_be_flagged_short()
    {
        await SetReceivedAsync(Data.GlovesLine.Id, 50);

        Assert.Equal(PurchasingErrors.LineComplete, Assert.Single(await FlagAsync(Data.GlovesLine.Id)).Code);
    }

    [Fact]
    public async Task A_short_note_is_at_most_500_characters()
    {
        var error = Assert.Single(await FlagAsync(Data.GlovesLine.Id, new string('缺', 501)));

        Assert.Equal((nameof(PurchaseOrderLine.ShortNote), PurchasingErrors.TooLong), (error.Field, error.Code));
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id, new string('缺', 500)));
    }

    [Fact]
    public async Task A_supplier_cannot_flag_a_line_of_another_suppliers_order()
    {
        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(await FlagAsync(Data.GlovesLine.Id, supplierId: B)).Code);
        Assert.False((await OrderAAsync()).Lines.Single(l => l.Id == Data.GlovesLine.Id).Short);
    }

    [Fact]
    public async Task The_supplier_withdraws_its_flag_while_nothing_was_received_and_both_times_stay()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));
        var flagged = Calendar.UtcNow;
        Database.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Empty(await WithdrawAsync(Data.GlovesLine.Id));

        var line = (await OrderAAsync()).Lines.Single(l => l.Id == Data.GlovesLine.Id);
        Assert.False(line.Short);
        Assert.Equal((flagged, Calendar.UtcNow), (line.ShortFlaggedUtc, line.ShortClearedUtc));
        Assert.Equal(PurchasingErrors.NotShort, Assert.Single(await WithdrawAsync(Data.GlovesLine.Id)).Code);
    }

    [Fact]
    public async Task After_a_partial_receipt_the_supplier_cannot_withdraw_the_flag()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));
        await SetReceivedAsync(Data.GlovesLine.Id, 30);

        Assert.Equal(PurchasingErrors.ShortAfterReceipt, Assert.Single(await WithdrawAsync(Data.GlovesLine.Id)).Code);
        Assert.True((await OrderAAsync()).Lines.Single(l => l.Id == Data.GlovesLine.Id).Short);
    }

    [Fact]
    public async Task A_delivery_that_completes_a_short_line_clears_the_flag_with_the_time()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));
        var flagged = Calendar.UtcNow;
        var completed = flagged.AddDays(2);
        await using var db = Db();
        var line = await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.GlovesLine.Id);

        line.ReceivedQuantity = 50;
        Assert.True(PurchaseOrderLines.ClearShortIfComplete(line, completed));

        Assert.False(line.Short);
        Assert.Equal((flagged, completed), (line.ShortFlaggedUtc, line.ShortClearedUtc));
    }

    [Fact]
    public async Task A_partial_delivery_keeps_the_short_flag()
    {
        Assert.Empty(await FlagAsync(Data.GlovesLine.Id));
        await using var db = Db();
        var line = await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.GlovesLine.Id);

        line.ReceivedQuantity = 49;
        Assert.False(PurchaseOrderLines.ClearShortIfComplete(line, Calendar.UtcNow.AddDays(1)));

        Assert.True(line.Short);
        Assert.Null(line.ShortClearedUtc);
    }

    [Fact]
    public void Completing_a_line_that_was_never_short_records_no_clearing()
    {
        var line = new PurchaseOrderLine { Quantity = 10, ReceivedQuantity = 10 };

        Assert.False(PurchaseOrderLines.ClearShortIfComplete(line, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(line.ShortClearedUtc);
    }

    [Fact]
    public async Task A_closed_order_takes_no_short_flags()
    {
        await ChangeAsync(async db => (await db.PurchaseOrders.SingleAsync(o => o.Id == Data.OrderA.Id)).Status = PurchaseOrderStatus.Closed);

        Assert.Equal(PurchasingErrors.OrderNotOpen, Assert.Single(await FlagAsync(Data.GlovesLine.Id)).Code);
    }
}
