using Microsoft.EntityFrameworkCore;
using Spd.Domain.Purchasing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Purchasing;

/// <summary>A whole note from a supplier's ERP: the portal's rules, created submitted, idempotent by the ERP's own number.</summary>
public sealed class DeliveryNoteErpTests : PortalFixture
{
    private DeliveryNoteSubmission Submission(string externalRef, params DeliveryNoteSubmissionLine[] lines) =>
        new(Data.OrderA.No, externalRef, Today, "王五 13900000000", lines);

    private DeliveryNoteSubmissionLine ByCode(string code, int quantity, string lot = "E-1") =>
        new(null, code, quantity, lot, Today.AddMonths(-1), Today.AddYears(3), null);

    private async Task<DeliveryNoteResult> SubmitAsync(DeliveryNoteSubmission submission, int? supplierId = null)
    {
        await using var db = Db();
        return await Notes.SubmitFromErpAsync(db, supplierId ?? A, submission, "supplier-a");
    }

    [Fact]
    public async Task An_erp_note_is_created_submitted_with_its_source_and_reference()
    {
        var result = await SubmitAsync(Submission("ERP-0001",
            ByCode("WZ001", 30),
            new DeliveryNoteSubmissionLine(Data.GlovesLine.Id, null, 20, "E-2", null, Today.AddYears(1), "REG-GLOVES")));

        Assert.Empty(result.Errors);
        Assert.False(result.Existing);
        await using var db = Db();
        var note = await db.DeliveryNotes.Include(n => n.Lines).SingleAsync();
        Assert.Equal((DeliveryNoteStatus.Submitted, DeliveryNoteSource.Api, "ERP-0001", "DN202611220001"), (note.Status, note.Source, note.ExternalRef, note.No));
        Assert.Equal(PortalTestData.SyringeRegistration, note.Lines.Single(l => l.ItemId == Data.Syringe.Id).RegistrationCertificateNo);
        var delivered = await db.PurchaseOrderLines.Where(l => l.PurchaseOrderId == Data.OrderA.Id).OrderBy(l => l.Id).Select(l => l.DeliveredQuantity).ToListAsync();
        Assert.Equal([30, 20], delivered);
        Assert.Equal(1, await db.Notifications.CountAsync());
    }

    [Fact]
    public async Task Resubmitting_the_same_reference_returns_the_first_note_and_delivers_nothing_twice()
    {
        var first = await SubmitAsync(Submission("ERP-0002", ByCode("WZ001", 30)));

        var again = await SubmitAsync(Submission("ERP-0002", ByCode("WZ001", 30)));

        Assert.True(again.Existing);
        Assert.Equal(first.Note!.No, again.Note!.No);
        await using var db = Db();
        Assert.Equal(1, await db.DeliveryNotes.CountAsync());
        Assert.Equal(30, (await db.PurchaseOrderLines.SingleAsync(l => l.Id == Data.SyringeLine.Id)).DeliveredQuantity);
    }

    [Fact]
    public async Task A_reference_used_for_another_order_is_refused()
    {
        PurchaseOrder second;
        await using (var db = Database.CreateUnaudited())
        {
            second = await PurchaseOrderBuilder.AddPublishedAsync(db, A, Data.WarehouseId, Calendar.UtcNow, (Data.Syringe, 10));
        }

        Assert.Empty((await SubmitAsync(Submission("ERP-0003", ByCode("WZ001", 5)))).Errors);

        var result = await SubmitAsync(Submission("ERP-0003", ByCode("WZ001", 5)) with { PurchaseOrderNo = second.No });

        Assert.Equal(PurchasingErrors.ExternalRefReused, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_same_reference_of_two_suppliers_makes_two_notes()
    {
        Assert.Empty((await SubmitAsync(Submission("ERP-0004", ByCode("WZ001", 5)))).Errors);

        var other = await SubmitAsync(new DeliveryNoteSubmission(Data.OrderB.No, "ERP-0004", Today, null, [ByCode("WZ003", 5)]), B);

        Assert.Empty(other.Errors);
        Assert.False(other.Existing);
    }

    [Fact]
    public async Task The_erp_cannot_deliver_against_another_suppliers_order()
    {
        var result = await SubmitAsync(Submission("ERP-0005", ByCode("WZ001", 5)), B);

        Assert.Equal(PurchasingErrors.NotFound, Assert.Single(result.Errors).Code);
        await using var db = Db();
        Assert.Equal(0, await db.DeliveryNotes.CountAsync());
    }

    [Fact]
    public async Task Erp_lines_are_checked_by_the_portals_rules_and_named_by_their_position()
    {
        var result = await SubmitAsync(Submission("ERP-0006",
            ByCode("WZ001", 10) with { ExpiryDate = Today.AddDays(-1) },
            ByCode("WZ002", 51) with { RegistrationCertificateNo = "REG" },
            ByCode("WZ002", 1, lot: "") with { RegistrationCertificateNo = "REG" }));

        Assert.Equal(
            [("Lines[0].ExpiryDate", PurchasingErrors.ExpiryPassed), ("Lines[1].Quantity", PurchasingErrors.QuantityAboveOpen), ("Lines[2].LotNumber", PurchasingErrors.Required)],
            result.Errors.Select(e => (e.Field, e.Code)).Order());
        await using var db = Db();
        Assert.Equal(0, await db.DeliveryNotes.CountAsync());
    }

    [Fact]
    public async Task An_item_code_not_on_the_order_is_reported_on_its_line()
    {
        var result = await SubmitAsync(Submission("ERP-0007", ByCode("WZ001", 1), ByCode("WZ003", 1)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Lines[1].ItemCode", PurchasingErrors.UnknownItemCode), (error.Field, error.Code));
    }

    [Fact]
    public async Task An_item_on_two_lines_of_the_order_is_named_by_its_order_line()
    {
        PurchaseOrder twice;
        await using (var db = Database.CreateUnaudited())
        {
            twice = await PurchaseOrderBuilder.AddPublishedAsync(db, A, Data.WarehouseId, Calendar.UtcNow, (Data.Syringe, 10), (Data.Syringe, 20));
        }

        var byCode = await SubmitAsync(new DeliveryNoteSubmission(twice.No, "ERP-0008", Today, null, [ByCode("WZ001", 1)]));
        var byLine = await SubmitAsync(new DeliveryNoteSubmission(twice.No, "ERP-0008", Today, null,
            [ByCode("WZ001", 20) with { ItemCode = null, OrderLineId = twice.Lines[1].Id }]));

        Assert.Equal(PurchasingErrors.AmbiguousItemCode, Assert.Single(byCode.Errors).Code);
        Assert.Empty(byLine.Errors);
    }

    [Fact]
    public async Task The_erp_reference_the_order_and_a_line_are_required()
    {
        var result = await SubmitAsync(new DeliveryNoteSubmission(" ", null, Today, null, []));
        var empty = await SubmitAsync(new DeliveryNoteSubmission(Data.OrderA.No, "ERP-0009", Today, null, []));

        Assert.Equal([nameof(DeliveryNoteSubmission.ExternalRef), nameof(DeliveryNoteSubmission.PurchaseOrderNo)], result.Errors.Select(e => e.Field));
        Assert.Equal(PurchasingErrors.NoteHasNoLines, Assert.Single(empty.Errors).Code);
    }
}
