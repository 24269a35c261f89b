using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Spd.Domain.Common;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Portal;
using Spd.Web.Security;

namespace Spd.Tests.Web;

public sealed class DeliveryNotePageTests : SpdBunitContext
{
    /// <summary>Renders wait for the database; the machine is shared, so the default second is not always enough.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly PortalTestData data;
    private readonly DeliveryNotes notes;

    public DeliveryNotePageTests()
    {
        using (var db = Database.CreateUnaudited())
        {
            data = PortalTestData.CreateAsync(db, Database.Clock.GetUtcNow().UtcDateTime).GetAwaiter().GetResult();
        }

        notes = new DeliveryNotes(new BusinessCalendar(Database.Clock));
        SignInAs(data.SupplierA.Id);
    }

    private DateOnly Today => new BusinessCalendar(Database.Clock).Today;

    private void SignInAs(int supplierId) =>
        Authorization.SetAuthorized("supplier").SetRoles(Roles.Supplier)
            .SetClaims(new Claim(SpdClaimsFactory.SupplierClaim, supplierId.ToString(CultureInfo.InvariantCulture)));

    private async Task<DeliveryNote> DraftAsync(params DeliveryLineInput[] lines)
    {
        await using var db = Database.Create();
        var note = (await notes.CreateDraftAsync(db, data.SupplierA.Id, data.OrderA.Id, new DeliveryNoteHeader(Today, null))).Note!;
        foreach (var line in lines)
        {
            Assert.Empty(await notes.AddLineAsync(db, data.SupplierA.Id, note.Id, note.Version, line));
        }

        return note;
    }

    private DeliveryLineInput Lot(PurchaseOrderLine line, int quantity) => new(line.Id, quantity, "LOT-7", Today.AddMonths(-1), Today.AddYears(2), null);

    private IRenderedComponent<IComponent> RenderPage(int noteId) => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MyDeliveryNote>(2);
        builder.AddAttribute(3, nameof(MyDeliveryNote.Id), noteId);
        builder.CloseComponent();
    });

    [Fact]
    public async Task A_draft_without_lines_offers_no_submit_button_and_says_how_to_add_lots()
    {
        var note = await DraftAsync();

        var page = RenderPage(note.Id);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=note-lines-empty]")), Patience);
        Assert.Empty(page.FindAll("[data-testid=note-submit]"));
        Assert.Equal(2, page.FindAll("[data-testid=note-add-line]").Count);
        Assert.Contains(note.No, page.Markup);
    }

    [Fact]
    public async Task A_draft_with_lines_offers_submit_and_shows_the_items_master_fields_as_text()
    {
        var note = await DraftAsync(Lot(data.SyringeLine, 30));

        var page = RenderPage(note.Id);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=note-submit]")), Patience);
        var line = page.Find("[data-testid=note-line]");
        Assert.Equal("一次性使用无菌注射器", line.QuerySelector("[data-testid=note-line-name]")!.TextContent);
        Assert.Empty(page.Find("[data-testid=note-lines]").QuerySelectorAll("input, textarea, select"));
        Assert.Contains(PortalTestData.SyringeRegistration, line.TextContent);
    }

    [Fact]
    public async Task The_lot_dialog_edits_only_the_lots_data_and_shows_the_master_fields_read_only()
    {
        var note = await DraftAsync();
        var page = RenderPage(note.Id);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=note-add-line]").Count), Patience);

        page.FindAll("[data-testid=note-add-line]")[0].Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=line-dialog]")), Patience);
        var dialog = page.Find("[data-testid=line-dialog]");
        var master = dialog.QuerySelector("[data-testid=line-master]")!;
        Assert.Contains("一次性使用无菌注射器", master.TextContent);
        Assert.Contains("5ml", master.TextContent);
        Assert.Contains("0.80", master.TextContent);
        Assert.Empty(master.QuerySelectorAll("input, textarea, select"));
        var editable = dialog.QuerySelectorAll("input").Select(i => i.GetAttribute("data-testid")).Where(id => id is not null).Order().ToList();
        Assert.Equal(["line-expiry", "line-lot", "line-production", "line-quantity", "line-registration"], editable);
        Assert.Equal(PortalTestData.SyringeRegistration, page.Find("input[data-testid=line-registration]").GetAttribute("value"));
        Assert.Equal("100", page.Find("input[data-testid=line-quantity]").GetAttribute("value"));
    }

    [Fact]
    public async Task A_lot_without_number_expiry_or_registration_shows_each_error_under_its_field()
    {
        var note = await DraftAsync();
        var page = RenderPage(note.Id);
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=note-add-line]").Count), Patience);
        page.FindAll("[data-testid=note-add-line]")[1].Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=line-save]")), Patience);

        page.Find("[data-testid=line-save]").Click();

        // Lot, expiry and registration number (the gloves have none in the catalogue) are each marked under their field.
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=line-dialog] .mud-input-helper-text").Count(e => e.TextContent.Trim() == "必填项。")), Patience);
        Assert.Empty(page.FindAll("[data-testid=line-error]"));
    }

    [Fact]
    public async Task A_submitted_note_is_read_only_and_links_to_its_printable_form()
    {
        var note = await DraftAsync(Lot(data.SyringeLine, 30));
        await using (var db = Database.Create())
        {
            Assert.Empty(await notes.SubmitAsync(db, data.SupplierA.Id, note.Id, note.Version, "supplier"));
        }

        var page = RenderPage(note.Id);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=note-print]")), Patience);
        Assert.Equal($"/api/v1/delivery-notes/{note.No}/pdf", page.Find("[data-testid=note-print]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=note-submit]"));
        Assert.Empty(page.FindAll("[data-testid=note-add-line]"));
        Assert.Empty(page.FindAll("[data-testid=note-line-edit], [data-testid=note-line-remove]"));
        Assert.Empty(page.FindAll("[data-testid=note-header]"));
    }

    [Fact]
    public async Task Another_suppliers_note_is_not_found()
    {
        var note = await DraftAsync(Lot(data.SyringeLine, 30));
        SignInAs(data.SupplierB.Id);

        var page = RenderPage(note.Id);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=not-found]")), Patience);
        Assert.DoesNotContain(note.No, page.Markup);
    }
}
