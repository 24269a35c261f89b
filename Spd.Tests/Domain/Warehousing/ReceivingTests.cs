using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class ReceivingTests : IAsyncLifetime
{
    private ReceivingFixture f = null!;

    public async Task InitializeAsync() => f = await ReceivingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private DateOnly Good => f.Today.AddYears(3);

    [Fact]
    public async Task Scanning_a_submitted_note_starts_its_receipt_in_the_orders_warehouse_and_marks_the_note_receiving()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));

        await using var db = f.Database.Create();
        var started = await f.Receiving.StartAsync(db, $"  {note.No.ToLowerInvariant()}\r\n", "keeper");

        var receipt = Assert.IsType<Receipt>(started.Value);
        Assert.StartsWith("RC20261122", receipt.No);
        Assert.Equal(ReceiptStatus.Checking, receipt.Status);
        Assert.Equal(f.Central.Id, receipt.WarehouseId);
        Assert.Equal(f.Database.Clock.GetUtcNow().UtcDateTime, receipt.StartedUtc);
        Assert.Equal(DeliveryNoteStatus.Receiving, (await f.ReloadAsync(receipt)).DeliveryNote!.Status);
    }

    [Fact]
    public async Task Scanning_the_same_note_again_returns_the_same_receipt_and_keeps_the_first_scan_time()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var first = await f.StartAsync(note);

        f.Database.Clock.Advance(TimeSpan.FromMinutes(20));
        var again = await f.StartAsync(note);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.StartedUtc, again.StartedUtc);
        await using var db = f.Database.Create();
        Assert.Equal(1, await db.Receipts.CountAsync());
    }

    [Fact]
    public async Task An_unknown_or_draft_note_cannot_be_received()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        await using (var change = f.Database.CreateUnaudited())
        {
            await change.DeliveryNotes.Where(n => n.Id == note.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, DeliveryNoteStatus.Draft));
        }

        await using var db = f.Database.Create();
        Assert.Equal(Receiving.NoteNotSubmitted, Assert.Single((await f.Receiving.StartAsync(db, note.No, "keeper")).Errors).Code);
        Assert.Equal(Receiving.UnknownNote, Assert.Single((await f.Receiving.StartAsync(db, "DN202611229999", "keeper")).Errors).Code);
        Assert.Equal(0, await db.Receipts.CountAsync());
    }

    [Fact]
    public async Task A_line_of_an_item_that_is_not_on_the_order_is_refused_as_having_no_purchase_record()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 10, "L1", Good));
        await using (var change = f.Database.CreateUnaudited())
        {
            await change.DeliveryNoteLines.Where(l => l.Id == note.Lines[0].Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ItemId, f.Swab.Id));
        }

        var receipt = await f.StartAsync(note);
        var verdict = (await f.CheckAsync(receipt, note.Lines[0])).Value!;

        Assert.Equal((0, 10, ReceivingRules.NoPurchaseRecord), (verdict.Accepted, verdict.Refused, verdict.RefusalCode));
        await using var db = f.Database.Create();
        Assert.Empty(await db.StockBalances.ToListAsync());
    }

    [Fact]
    public async Task A_line_of_a_cancelled_order_is_refused_as_having_no_purchase_record()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 10, "L1", Good));
        await using (var change = f.Database.CreateUnaudited())
        {
            await change.PurchaseOrders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, PurchaseOrderStatus.Cancelled));
        }

        var receipt = await f.StartAsync(note);

        Assert.Equal(ReceivingRules.NoPurchaseRecord, (await f.CheckAsync(receipt, note.Lines[0])).Value!.RefusalCode);
    }

    [Fact]
    public async Task A_lot_other_than_the_notes_is_refused_showing_both_lots()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);

        var verdict = (await f.CheckAsync(receipt, note.Lines[0], lot: "L9")).Value!;

        Assert.Equal((0, 100, ReceivingRules.LotMismatch), (verdict.Accepted, verdict.Refused, verdict.RefusalCode));
        Assert.Equal(["L1", "L9"], verdict.RefusalArguments);
        var line = Assert.Single((await f.ReloadAsync(receipt)).Lines);
        Assert.Equal("L9", line.LotNumber);
        Assert.Equal(["L1", "L9"], JsonSerializer.Deserialize<string[]>(line.RefusalArguments!)!);
    }

    [Fact]
    public async Task An_expiry_other_than_the_notes_is_refused_showing_both_dates()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", new DateOnly(2029, 6, 30)));
        var receipt = await f.StartAsync(note);

        var verdict = (await f.CheckAsync(receipt, note.Lines[0], expiry: new DateOnly(2029, 5, 31))).Value!;

        Assert.Equal(ReceivingRules.ExpiryMismatch, verdict.RefusalCode);
        Assert.Equal(["2029-06-30", "2029-05-31"], verdict.RefusalArguments);
    }

    [Fact]
    public async Task A_scanned_item_barcode_of_another_item_is_refused_and_the_items_own_udi_di_is_accepted()
    {
        var order = await f.OrderAsync((f.Stent, 2), (f.Gauze, 10));
        var note = await f.NoteAsync(order, (0, 2, "S1", Good), (1, 10, "G1", Good));
        var receipt = await f.StartAsync(note);

        var stent = (await f.CheckAsync(receipt, note.Lines[0], itemCode: "6901234567892")).Value!;
        var gauze = (await f.CheckAsync(receipt, note.Lines[1], itemCode: "WZ0002")).Value!;

        Assert.Equal((2, (string?)null), (stent.Accepted, stent.RefusalCode));
        Assert.Equal(ReceivingRules.ItemMismatch, gauze.RefusalCode);
        Assert.Equal(["WZ0001", "WZ0002"], gauze.RefusalArguments);
    }

    [Fact]
    public async Task An_expired_authorisation_refuses_the_line_with_that_certificate_problem()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        await using (var change = f.Database.CreateUnaudited())
        {
            await change.Certificates.Where(c => c.Type == CertificateType.Authorization)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ValidUntil, f.Today.AddDays(-1)));
        }

        var receipt = await f.StartAsync(note);
        var verdict = (await f.CheckAsync(receipt, note.Lines[0])).Value!;

        Assert.Equal((0, 100, CertificateCheck.ExpiredAuthorization), (verdict.Accepted, verdict.Refused, verdict.RefusalCode));
        Assert.Equal([f.Supplier.Name + "（厂家）", "2026-11-21"], verdict.RefusalArguments);
    }

    [Fact]
    public void Over_a_year_of_shelf_life_needs_twelve_months_left_to_the_day()
    {
        var today = f.Today;

        var exactly = ReceivingRules.ShelfLife(60, today.AddMonths(12), today, 0.5m);
        var dayLess = ReceivingRules.ShelfLife(60, today.AddMonths(12).AddDays(-1), today, 0.5m);

        Assert.Equal((ShelfLifeRule.TwelveMonths, 365, 365, true), (exactly.Rule, exactly.RemainingDays, exactly.RequiredDays, exactly.Passes));
        Assert.False(dayLess.Passes);
        Assert.True(ReceivingRules.ShelfLife(13, today.AddMonths(12), today, 0.5m).Passes);
        Assert.False(ReceivingRules.ShelfLife(13, today.AddMonths(12).AddDays(-1), today, 0.5m).Passes);
    }

    [Fact]
    public void A_year_or_less_of_shelf_life_needs_the_configured_share_of_it_left_to_the_day()
    {
        var today = f.Today;

        // Six months from 2026-11-22 are 181 days: half is 90.5, so 91 days must be left.
        Assert.True(ReceivingRules.ShelfLife(6, today.AddDays(91), today, 0.5m).Passes);
        Assert.False(ReceivingRules.ShelfLife(6, today.AddDays(90), today, 0.5m).Passes);

        // A share of 0.8: 144.8 → 145 days.
        Assert.True(ReceivingRules.ShelfLife(6, today.AddDays(145), today, 0.8m).Passes);
        Assert.False(ReceivingRules.ShelfLife(6, today.AddDays(144), today, 0.8m).Passes);

        // Exactly twelve months is not "over one year": half of 365 days, 183, is enough.
        var twelve = ReceivingRules.ShelfLife(12, today.AddDays(183), today, 0.5m);
        Assert.Equal((ShelfLifeRule.Fraction, true), (twelve.Rule, twelve.Passes));
        Assert.False(ReceivingRules.ShelfLife(12, today.AddDays(182), today, 0.5m).Passes);
    }

    [Fact]
    public void An_item_without_a_shelf_life_is_refused_only_when_expired()
    {
        var today = new DateOnly(2026, 11, 22);

        Assert.True(ReceivingRules.ShelfLife(null, today.AddDays(1), today, 0.5m).Passes);
        Assert.False(ReceivingRules.ShelfLife(null, today, today, 0.5m).Passes);
    }

    [Fact]
    public async Task A_lot_expiring_too_soon_is_refused_with_the_days_left_and_the_days_required()
    {
        var order = await f.OrderAsync((f.Gauze, 100), (f.Swab, 50));
        var note = await f.NoteAsync(order, (0, 100, "G1", f.Today.AddMonths(11)), (1, 50, "S1", f.Today.AddDays(90)));
        var receipt = await f.StartAsync(note);

        var gauze = (await f.CheckAsync(receipt, note.Lines[0])).Value!;
        var swab = (await f.CheckAsync(receipt, note.Lines[1])).Value!;

        Assert.Equal((0, 100, ReceivingRules.ShelfLifeTooShort), (gauze.Accepted, gauze.Refused, gauze.RefusalCode));
        Assert.Equal(["2027-10-22", "334", "365"], gauze.RefusalArguments);
        Assert.Equal(["2027-02-20", "90", "91"], swab.RefusalArguments);
    }

    [Fact]
    public async Task The_configured_share_of_shelf_life_is_what_the_receiving_service_applies()
    {
        f.Options.MinRemainingShelfLifeFraction = 0.4m;
        var order = await f.OrderAsync((f.Swab, 50));
        var note = await f.NoteAsync(order, (0, 50, "S1", f.Today.AddDays(90)));
        var receipt = await f.StartAsync(note);

        Assert.Equal(50, (await f.CheckAsync(receipt, note.Lines[0])).Value!.Accepted);
    }

    [Fact]
    public async Task An_expired_lot_is_refused_as_expired()
    {
        var order = await f.OrderAsync((f.Plate, 2));
        var note = await f.NoteAsync(order, (0, 2, "P1", f.Today));
        var receipt = await f.StartAsync(note);

        var verdict = (await f.CheckAsync(receipt, note.Lines[0])).Value!;

        Assert.Equal((ReceivingRules.Expired, "2026-11-22"), (verdict.RefusalCode, verdict.RefusalArguments[0]));
    }

    [Fact]
    public async Task More_than_the_note_says_is_accepted_up_to_the_note_and_the_excess_is_refused()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);

        var verdict = (await f.CheckAsync(receipt, note.Lines[0], arrived: 104)).Value!;

        Assert.Equal((100, 4, ReceivingRules.ExcessQuantity, false), (verdict.Accepted, verdict.Refused, verdict.RefusalCode, verdict.Short));
        var orderLine = await f.OrderLineAsync(order, 0);
        Assert.Equal((100, 4), (orderLine.ReceivedQuantity, orderLine.RefusedQuantity));
    }

    [Fact]
    public async Task The_keeper_refuses_part_of_a_line_with_a_reason_and_the_rest_is_accepted()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);

        var withoutReason = await f.CheckAsync(receipt, note.Lines[0], refused: 5);
        var verdict = (await f.CheckAsync(receipt, note.Lines[0], refused: 5, reason: "外包装破损受潮")).Value!;

        Assert.Equal(ReceivingRules.ReasonRequired, Assert.Single(withoutReason.Errors).Code);
        Assert.Equal((95, 5, ReceivingRules.KeeperRefused), (verdict.Accepted, verdict.Refused, verdict.RefusalCode));
        Assert.Equal(["外包装破损受潮", "5"], verdict.RefusalArguments);
        await using var db = f.Database.Create();
        var noteLine = await db.DeliveryNoteLines.SingleAsync();
        Assert.Equal((95, 5), (noteLine.AcceptedQuantity, noteLine.RefusedQuantity));
    }

    [Fact]
    public async Task Accepted_goods_wait_in_the_receiving_area_at_the_order_price_as_hospital_stock()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);

        await f.CheckAsync(receipt, note.Lines[0]);

        await using var db = f.Database.Create();
        var balance = await db.StockBalances.SingleAsync();
        Assert.Equal((f.Central.Id, (int?)null, 100, 1.08m, (int?)null), (balance.WarehouseId, balance.LocationId, balance.Quantity, balance.UnitCost, balance.OwnerSupplierId));
        var entry = await db.StockLedgerEntries.SingleAsync();
        Assert.Equal((StockMovementKind.Receipt, receipt.No, "keeper"), (entry.Kind, entry.DocumentNo, entry.UserName));
        var order2 = await db.PurchaseOrders.SingleAsync();
        Assert.Equal(PurchaseOrderStatus.Received, order2.Status);
    }

    [Fact]
    public async Task Consignment_goods_are_received_into_stock_owned_by_the_supplier()
    {
        var order = await f.OrderAsync((f.Plate, 3));
        var note = await f.NoteAsync(order, (0, 3, "P1", Good));
        var receipt = await f.StartAsync(note);

        await f.CheckAsync(receipt, note.Lines[0]);

        await using var db = f.Database.Create();
        var balance = await db.StockBalances.SingleAsync();
        Assert.Equal((f.Supplier.Id, 3), (balance.OwnerSupplierId, balance.Quantity));
        Assert.Equal(f.Supplier.Id, (await db.ReceiptLines.SingleAsync()).OwnerSupplierId);
        Assert.Equal(f.Supplier.Id, (await db.StockLedgerEntries.SingleAsync()).OwnerSupplierId);
    }

    [Fact]
    public async Task Fewer_than_the_note_says_is_a_partial_receipt_that_flags_the_order_line_short_and_leaves_the_rest_open()
    {
        var order = await f.OrderAsync((f.Gauze, 100), (f.Swab, 10));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good), (1, 10, "S1", f.Today.AddMonths(5)));
        var receipt = await f.StartAsync(note);

        var verdict = (await f.CheckAsync(receipt, note.Lines[0], arrived: 60)).Value!;
        await f.CheckAsync(receipt, note.Lines[1]);

        Assert.Equal((60, 0, true), (verdict.Accepted, verdict.Refused, verdict.Short));
        var line = await f.OrderLineAsync(order, 0);
        Assert.Equal((60, 40, true, f.Database.Clock.GetUtcNow().UtcDateTime), (line.ReceivedQuantity, line.OpenQuantity, line.Short, line.ShortFlaggedUtc));
        Assert.False((await f.OrderLineAsync(order, 1)).Short);
        await using var db = f.Database.Create();
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, (await db.PurchaseOrders.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_later_delivery_that_completes_a_short_line_clears_the_flag_with_the_time()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var first = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(first);
        await f.CheckAsync(receipt, first.Lines[0], arrived: 60);
        var flagged = (await f.OrderLineAsync(order, 0)).ShortFlaggedUtc;

        f.Database.Clock.Advance(TimeSpan.FromDays(2));
        var second = await f.NoteAsync(order, (0, 40, "L2", Good));
        var later = await f.StartAsync(second);
        await f.CheckAsync(later, second.Lines[0]);

        var line = await f.OrderLineAsync(order, 0);
        Assert.Equal((100, false, flagged, f.Database.Clock.GetUtcNow().UtcDateTime), (line.ReceivedQuantity, line.Short, line.ShortFlaggedUtc, line.ShortClearedUtc));
        await using var db = f.Database.Create();
        Assert.Equal(PurchaseOrderStatus.Received, (await db.PurchaseOrders.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_line_is_checked_once()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);
        await f.CheckAsync(receipt, note.Lines[0], arrived: 50);

        var again = await f.CheckAsync(receipt, note.Lines[0], arrived: 50);

        Assert.Equal(Receiving.LineAlreadyChecked, Assert.Single(again.Errors).Code);
        await using var db = f.Database.Create();
        Assert.Equal(50, (await db.StockBalances.SingleAsync()).Quantity);
    }

    [Fact]
    public async Task The_preview_gives_the_verdict_without_recording_anything()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "L1", Good));
        var receipt = await f.StartAsync(note);

        await using var db = f.Database.Create();
        var preview = await f.Receiving.PreviewAsync(db, receipt.Id, new LineCheck { DeliveryNoteLineId = note.Lines[0].Id, LotNumber = "X", ExpiryDate = Good, ArrivedQuantity = 100 });

        Assert.Equal(ReceivingRules.LotMismatch, preview.Value!.RefusalCode);
        Assert.Empty((await f.ReloadAsync(receipt)).Lines);
    }
}
