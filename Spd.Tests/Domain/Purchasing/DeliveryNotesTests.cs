using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Purchasing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Purchasing;

public sealed class DeliveryNotesTests : PortalFixture
{
    private async Task<ValidationError> SingleLineErrorAsync(DeliveryLineInput line)
    {
        var note = await DraftAsync();
        return Assert.Single(await AddAsync(note.Id, line));
    }

    private async Task<DeliveryNote> NoteAsync(int id)
    {
        await using var db = Db();
        return await db.DeliveryNotes.Include(n => n.Lines).AsNoTracking().SingleAsync(n => n.Id == id);
    }

    private async Task<PurchaseOrderLine> LineAsync(long id)
    {
        await using var db = Db();
        return await db.PurchaseOrderLines.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    [Fact]
    public async Task A_draft_gets_the_next_delivery_note_number_of_the_day()
    {
        var first = await DraftAsync();
        var second = await DraftAsync();

        Assert.Equal(("DN202611220001", "DN202611220002"), (first.No, second.No));
        var stored = await NoteAsync(first.Id);
        Assert.Equal((DeliveryNoteStatus.Draft, DeliveryNoteSource.Portal, A, Today, "张三 13800000000"),
            (stored.Status, stored.Source, stored.SupplierId, stored.DeliveryDate, stored.Courier));
    }

    [Fact]
    public async Task A_supplier_cannot_draft_a_note_for_another_suppliers_order()
    {
        await using var db = Db();

        var result = await Notes.CreateDraftAsync(db, B, Data.OrderA.Id, new DeliveryNoteHeader(Today, null));

        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(result.Errors).Code);
        Assert.Equal(0, await db.DeliveryNotes.CountAsync());
    }

    [Fact]
    public async Task An_order_received_in_full_takes_no_new_note()
    {
        await ChangeAsync(async db => (await db.PurchaseOrders.SingleAsync(o => o.Id == Data.OrderA.Id)).Status = PurchaseOrderStatus.Received);
        await using var db = Db();

        var result = await Notes.CreateDraftAsync(db, A, Data.OrderA.Id, new DeliveryNoteHeader(Today, null));

        Assert.Equal(PurchasingErrors.OrderNotOpen, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_delivery_date_of_a_note_is_not_in_the_past()
    {
        await using var db = Db();

        var result = await Notes.CreateDraftAsync(db, A, Data.OrderA.Id, new DeliveryNoteHeader(Today.AddDays(-1), null));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(DeliveryNoteHeader.DeliveryDate), PurchasingErrors.DeliveryDateInPast), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task The_quantity_must_be_more_than_zero(int quantity)
    {
        var error = await SingleLineErrorAsync(Lot(Data.SyringeLine, quantity));

        Assert.Equal((nameof(DeliveryLineInput.Quantity), PurchasingErrors.QuantityPositive), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_lot_number_is_required()
    {
        var error = await SingleLineErrorAsync(Lot(Data.SyringeLine, 10) with { LotNumber = "  " });

        Assert.Equal((nameof(DeliveryLineInput.LotNumber), PurchasingErrors.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_lot_number_is_at_most_40_characters()
    {
        var note = await DraftAsync();

        var error = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { LotNumber = new string('L', 41) }));
        Assert.Equal((nameof(DeliveryLineInput.LotNumber), PurchasingErrors.TooLong, 40), (error.Field, error.Code, error.Arguments[0]));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { LotNumber = new string('L', 40) }));
    }

    [Fact]
    public async Task The_expiry_date_is_required()
    {
        var error = await SingleLineErrorAsync(Lot(Data.SyringeLine, 10) with { ExpiryDate = null });

        Assert.Equal((nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_expiry_date_must_be_after_the_production_date()
    {
        var produced = Today.AddMonths(-1);

        var error = await SingleLineErrorAsync(Lot(Data.SyringeLine, 10) with { ProductionDate = produced, ExpiryDate = produced });

        Assert.Equal((nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.ExpiryNotAfterProduction), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_production_date_is_not_in_the_future()
    {
        var note = await DraftAsync();

        var error = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ProductionDate = Today.AddDays(1) }));
        Assert.Equal((nameof(DeliveryLineInput.ProductionDate), PurchasingErrors.ProductionInFuture), (error.Field, error.Code));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ProductionDate = Today }));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10, "L-NODATE") with { ProductionDate = null }));
    }

    [Fact]
    public async Task An_expired_lot_or_one_expiring_today_is_refused()
    {
        var note = await DraftAsync();

        var yesterday = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ExpiryDate = Today.AddDays(-1) }));
        var today = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ExpiryDate = Today }));

        Assert.Equal((nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.ExpiryPassed), (yesterday.Field, yesterday.Code));
        Assert.Equal(PurchasingErrors.ExpiryPassed, today.Code);
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ExpiryDate = Today.AddDays(1) }));
    }

    [Fact]
    public async Task The_registration_number_is_required_when_the_item_has_none()
    {
        var error = await SingleLineErrorAsync(Lot(Data.GlovesLine, 10) with { RegistrationCertificateNo = null });

        Assert.Equal((nameof(DeliveryLineInput.RegistrationCertificateNo), PurchasingErrors.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_registration_number_is_at_most_64_characters()
    {
        var error = await SingleLineErrorAsync(Lot(Data.GlovesLine, 10) with { RegistrationCertificateNo = new string('R', 65) });

        Assert.Equal((nameof(DeliveryLineInput.RegistrationCertificateNo), PurchasingErrors.TooLong), (error.Field, error.Code));
    }

    [Fact]
    public async Task The_registration_number_defaults_to_the_items()
    {
        var note = await DraftAsync();

        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { RegistrationCertificateNo = "" }));

        var line = Assert.Single((await NoteAsync(note.Id)).Lines);
        Assert.Equal((PortalTestData.SyringeRegistration, Data.Syringe.Id), (line.RegistrationCertificateNo, line.ItemId));
    }

    [Fact]
    public async Task A_line_must_belong_to_the_notes_order()
    {
        var error = await SingleLineErrorAsync(new DeliveryLineInput(Data.OrderB.Lines[0].Id, 1, "L1", null, Today.AddYears(1), "REG"));

        Assert.Equal((nameof(DeliveryLineInput.OrderLineId), PurchasingErrors.UnknownOrderLine), (error.Field, error.Code));
    }

    [Fact]
    public async Task Several_lots_of_one_order_line_add_up_to_at_most_what_is_still_to_deliver()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 60, "L-A")));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 40, "L-B")));

        var error = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 1, "L-C")));

        Assert.Equal((nameof(DeliveryLineInput.Quantity), PurchasingErrors.QuantityAboveOpen), (error.Field, error.Code));
        Assert.Equal(new object[] { 100, 101 }, error.Arguments);
        Assert.Empty(await AddAsync(note.Id, Lot(Data.GlovesLine, 50, "L-D")));
    }

    [Fact]
    public async Task Quantities_on_submitted_notes_are_no_longer_to_deliver()
    {
        await SubmittedAsync(Lot(Data.SyringeLine, 60));
        var note = await DraftAsync();

        var error = Assert.Single(await AddAsync(note.Id, Lot(Data.SyringeLine, 41)));

        Assert.Equal(new object[] { 40, 41 }, error.Arguments);
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 40)));
        Assert.Equal((60, 40), ((await OrderLineAsync(Data.SyringeLine.Id)).OnTheWay, (await OrderLineAsync(Data.SyringeLine.Id)).ToDeliver));
    }

    [Fact]
    public async Task Drafts_do_not_count_against_what_is_still_to_deliver()
    {
        var first = await DraftAsync();
        Assert.Empty(await AddAsync(first.Id, Lot(Data.SyringeLine, 100)));
        var second = await DraftAsync();

        Assert.Empty(await AddAsync(second.Id, Lot(Data.SyringeLine, 100)));
        Assert.Equal(100, (await OrderLineAsync(Data.SyringeLine.Id)).ToDeliver);
    }

    [Fact]
    public async Task Received_goods_leave_the_way_and_refused_goods_are_to_deliver_again()
    {
        var note = await SubmittedAsync(Lot(Data.SyringeLine, 60));

        // The warehouse has checked 30 of the 60 so far.
        await ChangeAsync(async db =>
        {
            (await db.DeliveryNotes.SingleAsync(n => n.Id == note.Id)).Status = DeliveryNoteStatus.Receiving;
            (await db.DeliveryNoteLines.SingleAsync(l => l.DeliveryNoteId == note.Id)).AcceptedQuantity = 30;
            (await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.SyringeLine.Id)).ReceivedQuantity = 30;
        });
        var receiving = await OrderLineAsync(Data.SyringeLine.Id);
        Assert.Equal((30, 30, 40), (receiving.ReceivedQuantity, receiving.OnTheWay, receiving.ToDeliver));

        // Done: 50 accepted, 10 refused; the refused 10 are open again.
        await ChangeAsync(async db =>
        {
            (await db.DeliveryNotes.SingleAsync(n => n.Id == note.Id)).Status = DeliveryNoteStatus.Received;
            var line = await db.DeliveryNoteLines.SingleAsync(l => l.DeliveryNoteId == note.Id);
            (line.AcceptedQuantity, line.RefusedQuantity) = (50, 10);
            var orderLine = await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.SyringeLine.Id);
            (orderLine.ReceivedQuantity, orderLine.RefusedQuantity) = (50, 10);
        });
        var received = await OrderLineAsync(Data.SyringeLine.Id);
        Assert.Equal((0, 50), (received.OnTheWay, received.ToDeliver));

        var next = await DraftAsync();
        Assert.Equal(new object[] { 50, 51 }, Assert.Single(await AddAsync(next.Id, Lot(Data.SyringeLine, 51))).Arguments);
        Assert.Empty(await AddAsync(next.Id, Lot(Data.SyringeLine, 50)));
    }

    [Fact]
    public async Task Submitting_marks_the_note_adds_the_delivered_quantities_and_tells_the_warehouse()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 60, "L-A")));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 15, "L-B")));
        Assert.Empty(await AddAsync(note.Id, Lot(Data.GlovesLine, 20, "L-C")));

        Assert.Empty(await SubmitAsync(note.Id));

        var stored = await NoteAsync(note.Id);
        Assert.Equal((DeliveryNoteStatus.Submitted, "supplier-a", Calendar.UtcNow), (stored.Status, stored.SubmittedBy, stored.SubmittedUtc));
        Assert.Equal((75, 20), ((await LineAsync(Data.SyringeLine.Id)).DeliveredQuantity, (await LineAsync(Data.GlovesLine.Id)).DeliveredQuantity));
        await using var db = Db();
        var notification = await db.Notifications.SingleAsync();
        Assert.Equal((NotificationAudience.WarehouseKeeper, DeliveryNotes.SubmittedMessageKey), (notification.Audience, notification.MessageKey));
        Assert.Equal([note.No, "甲医疗器械有限公司", Data.OrderA.No, "3"], JsonSerializer.Deserialize<string[]>(notification.Arguments)!);
    }

    [Fact]
    public async Task A_note_without_lines_is_not_submitted()
    {
        var note = await DraftAsync();

        Assert.Equal(PurchasingErrors.NoteHasNoLines, Assert.Single(await SubmitAsync(note.Id)).Code);
        Assert.Equal(DeliveryNoteStatus.Draft, (await NoteAsync(note.Id)).Status);
    }

    [Fact]
    public async Task A_submitted_note_can_no_longer_be_changed()
    {
        var note = await SubmittedAsync(Lot(Data.SyringeLine, 10));
        var line = Assert.Single((await NoteAsync(note.Id)).Lines);
        var version = await NoteVersionAsync(note.Id);
        await using var db = Db();

        IReadOnlyList<ValidationError>[] attempts =
        [
            await Notes.AddLineAsync(db, A, note.Id, version, Lot(Data.GlovesLine, 5)),
            await Notes.UpdateLineAsync(db, A, note.Id, line.Id, version, Lot(Data.SyringeLine, 5)),
            await Notes.RemoveLineAsync(db, A, note.Id, line.Id, version),
            await Notes.UpdateHeaderAsync(db, A, note.Id, version, new DeliveryNoteHeader(Today.AddDays(1), null)),
            await Notes.SubmitAsync(db, A, note.Id, version, "supplier-a"),
        ];

        Assert.All(attempts, errors => Assert.Equal(PurchasingErrors.NoteNotDraft, Assert.Single(errors).Code));
        Assert.Equal(10, (await LineAsync(Data.SyringeLine.Id)).DeliveredQuantity);
    }

    [Fact]
    public async Task A_note_changed_meanwhile_is_not_submitted()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10)));
        var version = await NoteVersionAsync(note.Id);
        Assert.Empty(await AddAsync(note.Id, Lot(Data.GlovesLine, 10)));
        await using var db = Db();

        var errors = await Notes.SubmitAsync(db, A, note.Id, version, "supplier-a");

        Assert.Equal(PurchasingErrors.ChangedMeanwhile, Assert.Single(errors).Code);
    }

    [Fact]
    public async Task Submitting_checks_the_quantities_again_against_notes_submitted_meanwhile()
    {
        var first = await DraftAsync();
        Assert.Empty(await AddAsync(first.Id, Lot(Data.SyringeLine, 80)));
        var second = await DraftAsync();
        Assert.Empty(await AddAsync(second.Id, Lot(Data.GlovesLine, 5)));
        Assert.Empty(await AddAsync(second.Id, Lot(Data.SyringeLine, 80)));
        Assert.Empty(await SubmitAsync(first.Id));

        var error = Assert.Single(await SubmitAsync(second.Id));

        Assert.Equal(("Lines[1].Quantity", PurchasingErrors.QuantityAboveOpen), (error.Field, error.Code));
        Assert.Equal((1, "Quantity"), DeliveryNoteValidator.SplitField(error.Field));
        Assert.Equal(80, (await LineAsync(Data.SyringeLine.Id)).DeliveredQuantity);
    }

    [Fact]
    public async Task Submitting_checks_the_dates_again()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10) with { ExpiryDate = Today.AddDays(2) }));
        Database.Clock.Advance(TimeSpan.FromDays(2));

        var errors = await SubmitAsync(note.Id);

        Assert.Contains(errors, e => e is { Field: "Lines[0].ExpiryDate", Code: PurchasingErrors.ExpiryPassed });
        Assert.Contains(errors, e => e is { Field: nameof(DeliveryNoteHeader.DeliveryDate), Code: PurchasingErrors.DeliveryDateInPast });
    }

    [Fact]
    public async Task A_supplier_can_neither_read_nor_change_nor_submit_another_suppliers_note()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10)));
        var line = Assert.Single((await NoteAsync(note.Id)).Lines);
        var version = await NoteVersionAsync(note.Id);
        await using var db = Db();

        Assert.Null(await DeliveryNoteList.FindAsync(db, B, note.Id));
        Assert.Empty((await DeliveryNoteList.QueryAsync(db, B, new DeliveryNoteFilter(), new PageRequest())).Items);
        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(await Notes.AddLineAsync(db, B, note.Id, version, Lot(Data.SyringeLine, 1))).Code);
        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(await Notes.RemoveLineAsync(db, B, note.Id, line.Id, version)).Code);
        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(await Notes.SubmitAsync(db, B, note.Id, version, "supplier-b")).Code);
        Assert.NotNull(await DeliveryNoteList.FindAsync(db, A, note.Id));
    }

    [Fact]
    public async Task Hospital_staff_read_submitted_notes_but_not_drafts()
    {
        var draft = await DraftAsync();
        var submitted = await SubmittedAsync(Lot(Data.SyringeLine, 10));
        await using var db = Db();

        Assert.Null(await DeliveryNoteList.FindByNoAsync(db, null, draft.No));
        var view = await DeliveryNoteList.FindByNoAsync(db, null, submitted.No);
        Assert.Equal(("一次性使用无菌注射器", 0.8m, 10), (view!.Lines[0].ItemName, view.Lines[0].UnitPrice, view.TotalQuantity));
    }

    [Fact]
    public async Task Changing_a_line_keeps_its_order_line_and_checks_it_again()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10)));
        var line = Assert.Single((await NoteAsync(note.Id)).Lines);
        await using var db = Db();

        var tooMany = await Notes.UpdateLineAsync(db, A, note.Id, line.Id, await NoteVersionAsync(note.Id), Lot(Data.GlovesLine, 101, "L-NEW"));
        Assert.Equal(PurchasingErrors.QuantityAboveOpen, Assert.Single(tooMany).Code);
        Assert.Empty(await Notes.UpdateLineAsync(db, A, note.Id, line.Id, await NoteVersionAsync(note.Id), Lot(Data.GlovesLine, 90, "L-NEW")));

        var changed = Assert.Single((await NoteAsync(note.Id)).Lines);
        Assert.Equal((Data.SyringeLine.Id, 90, "L-NEW"), (changed.PurchaseOrderLineId, changed.Quantity, changed.LotNumber));
    }

    [Fact]
    public async Task A_draft_line_is_removed()
    {
        var note = await DraftAsync();
        Assert.Empty(await AddAsync(note.Id, Lot(Data.SyringeLine, 10)));
        var line = Assert.Single((await NoteAsync(note.Id)).Lines);
        await using var db = Db();

        Assert.Empty(await Notes.RemoveLineAsync(db, A, note.Id, line.Id, await NoteVersionAsync(note.Id)));

        Assert.Empty((await NoteAsync(note.Id)).Lines);
    }

    [Fact]
    public async Task A_drafts_date_and_courier_are_changed()
    {
        var note = await DraftAsync();
        await using var db = Db();

        Assert.Empty(await Notes.UpdateHeaderAsync(db, A, note.Id, await NoteVersionAsync(note.Id), new DeliveryNoteHeader(Today.AddDays(2), " 李四 ")));
        var tooLong = await Notes.UpdateHeaderAsync(db, A, note.Id, await NoteVersionAsync(note.Id), new DeliveryNoteHeader(Today, new string('x', 101)));

        Assert.Equal((nameof(DeliveryNoteHeader.Courier), PurchasingErrors.TooLong), (Assert.Single(tooLong).Field, tooLong[0].Code));
        var stored = await NoteAsync(note.Id);
        Assert.Equal((Today.AddDays(2), "李四"), (stored.DeliveryDate, stored.Courier));
    }
}
