using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Domain.Departments;
using Spd.Tests.Domain.Traceability;
using Spd.Web.Components.Pages.Traceability;

namespace Spd.Tests.Web;

/// <summary>The trace page over the catheters' journey (<see cref="TraceJourney"/>): a code, a lot and a patient, each linking to the others.</summary>
public sealed class TracePageTests : Spd.Tests.Infrastructure.SpdBunitContext
{
    private readonly DepartmentFixture fixture;
    private readonly TraceJourney journey;

    public TracePageTests()
    {
        fixture = DepartmentFixture.CreateAsync().GetAwaiter().GetResult();
        journey = TraceJourney.CreateAsync(fixture).GetAwaiter().GetResult();
        Services.AddSingleton<IDbContextFactory<SpdDbContext>>(new FixtureContextFactory(fixture));
        Services.AddSingleton<TimeProvider>(fixture.Database.Clock);
        Authorization.SetAuthorized("warehouse").SetRoles(Roles.WarehouseKeeper);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        fixture.Dispose();
    }

    private IRenderedComponent<IComponent> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<TracePage>(1);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void A_code_shows_its_steps_in_order_and_links_its_patient_and_its_lot()
    {
        var page = RenderAt(TraceLinks.Unit(journey.Units[0].Code));

        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("[data-testid=trace-step]").Count));
        Assert.Equal(
            ["Shipped", "Received", "Labelled", "PutAway", "Dispatched", "DepartmentReceived", "Consumed"],
            page.FindAll("[data-testid=trace-step]").Select(s => s.GetAttribute("data-event")));
        Assert.Contains("供应商发货", page.Find("[data-testid=trace-timeline]").TextContent);
        Assert.Contains("关节外科", page.Find("[data-testid=trace-dispatch]").TextContent);
        Assert.Equal("/trace?patient=P0001", page.Find("[data-testid=trace-use] a").GetAttribute("href"));
        Assert.Equal($"/trace?item={fixture.Catheter.Code}&lot=L1", page.Find("[data-testid=trace-lot-link]").GetAttribute("href"));
        Assert.Contains("已使用", page.Find("[data-testid=trace-unit-status]").TextContent);
    }

    [Fact]
    public void An_item_and_lot_typed_in_the_box_show_both_patients_and_the_piece_left_in_stock()
    {
        var page = RenderAt($"/trace?q={Uri.EscapeDataString($"{fixture.Catheter.Code} L1")}");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=trace-lot]")));
        Assert.Contains("2", page.Find("[data-testid=figure-patients]").TextContent);
        Assert.Equal(["P0001", "P0002"], page.FindAll("[data-testid=trace-lot-uses] [data-testid=use-patient] a").Select(a => a.TextContent));
        Assert.Contains("A-01-01-01", page.Find("[data-testid=trace-lot-stock]").TextContent);
        Assert.Equal(TraceLinks.Unit(journey.Units[2].Code), page.FindAll("[data-testid=trace-lot-units] a").Last().GetAttribute("href"));
    }

    [Fact]
    public void A_patient_shows_the_consumables_used_with_the_doctor_and_the_charge()
    {
        var page = RenderAt("/trace?patient=P0001");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=trace-patient-uses]")));
        var uses = page.Find("[data-testid=trace-patient-uses]").TextContent;
        Assert.Contains("张三", page.Find("[data-testid=trace-patient]").TextContent);
        Assert.Contains("赵明", uses);
        Assert.Contains("待计费", uses);
        Assert.Equal(TraceLinks.Unit(journey.Units[0].Code), page.Find("[data-testid=use-unit]").GetAttribute("href"));
    }

    [Fact]
    public void Text_that_matches_nothing_says_so()
    {
        var page = RenderAt("/trace?q=nothing-like-this");

        page.WaitForAssertion(() => Assert.Contains("没有找到“nothing-like-this”", page.Find("[data-testid=trace-error]").TextContent));
    }

    private sealed class FixtureContextFactory(DepartmentFixture fixture) : IDbContextFactory<SpdDbContext>
    {
        public SpdDbContext CreateDbContext() => fixture.Database.Create();
    }
}
