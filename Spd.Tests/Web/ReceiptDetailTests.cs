using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Warehousing;
using Spd.Web.Components.Pages.Warehousing;

namespace Spd.Tests.Web;

public sealed class ReceiptDetailTests : Spd.Tests.Infrastructure.SpdBunitContext
{
    private readonly ReceivingFixture f;
    private readonly Receipt receipt;
    private readonly DeliveryNote note;

    public ReceiptDetailTests()
    {
        f = ReceivingFixture.CreateAsync(Database).GetAwaiter().GetResult();
        Services.AddSingleton(f.Receiving);
        Services.AddSingleton(f.Labeling);
        Services.AddSingleton(Options.Create(f.Options));
        var order = f.OrderAsync((f.Gauze, 100), (f.Swab, 50), (f.Stent, 2)).GetAwaiter().GetResult();
        note = f.NoteAsync(order, (0, 100, "G1", f.Today.AddYears(3)), (1, 50, "S1", f.Today.AddDays(120)), (2, 2, "T1", f.Today.AddYears(2))).GetAwaiter().GetResult();
        receipt = f.StartAsync(note).GetAwaiter().GetResult();
        f.CheckAsync(receipt, note.Lines[0], lot: "G9").GetAwaiter().GetResult();
        f.CheckAsync(receipt, note.Lines[1], arrived: 40).GetAwaiter().GetResult();
    }

    private IRenderedComponent<IComponent> RenderAs(string role)
    {
        Authorization.SetAuthorized("keeper").SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<ReceiptDetail>(2);
            builder.AddAttribute(3, nameof(ReceiptDetail.Id), receipt.Id);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void A_refused_line_shows_its_reason_with_the_note_and_label_values()
    {
        var page = RenderAs(Roles.WarehouseKeeper);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=line-refusal]")));
        Assert.Equal("批号不符：配送单为 G1，实物为 G9", page.Find("[data-testid=line-refusal]").TextContent.Trim());
        Assert.Contains("拒收 100 支", page.Markup);
    }

    [Fact]
    public void Each_line_shows_its_remaining_shelf_life_against_the_rule()
    {
        var page = RenderAs(Roles.WarehouseKeeper);

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=line-shelf-life]").Count));
        var shelfLives = page.FindAll("[data-testid=line-shelf-life]").Select(e => e.TextContent.Trim()).ToList();
        Assert.StartsWith("剩余 120 天，须 ≥ 91 天", shelfLives[1]);
        Assert.EndsWith("须剩效期的 50%", shelfLives[1]);
        Assert.Contains("须剩 12 个月", shelfLives[2]);
        Assert.Contains("少到 10 支", page.Find("[data-testid=line-short]").TextContent);
    }

    [Fact]
    public void The_keeper_may_check_the_line_still_open()
    {
        var keeper = RenderAs(Roles.WarehouseKeeper);

        keeper.WaitForAssertion(() => Assert.Single(keeper.FindAll("[data-testid^=check-line-]")));
        Assert.Equal($"check-line-{note.Lines[2].Id}", keeper.Find("[data-testid^=check-line-]").GetAttribute("data-testid"));
    }

    [Fact]
    public void The_auditor_reads_the_receipt_but_checks_nothing()
    {
        var auditor = RenderAs(Roles.Auditor);

        auditor.WaitForAssertion(() => Assert.NotEmpty(auditor.FindAll("[data-testid=line-refusal]")));
        Assert.Empty(auditor.FindAll("[data-testid^=check-line-]"));
    }

    [Fact]
    public void Scanning_the_manufacturers_label_in_the_check_fills_the_item_lot_and_expiry_from_the_label()
    {
        var page = RenderAs(Roles.WarehouseKeeper);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid^=check-line-]")));

        page.Find("[data-testid^=check-line-]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=check-item]")));
        page.Find("input[data-testid=check-item]").Input($"(01)06901234567892(17){f.Today.AddYears(2):yyMMdd}(10)T7(21)SN1");
        page.Find("input[data-testid=check-item]").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Equal("T7", page.Find("input[data-testid=check-lot]").GetAttribute("value")));
        Assert.Equal(f.Today.AddYears(2).ToString("yyyy-MM-dd"), page.Find("input[data-testid=check-expiry]").GetAttribute("value"));
        Assert.Equal(f.Stent.Code, page.Find("input[data-testid=check-item]").GetAttribute("value"));
    }
}
