using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Inventory;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Warehousing;

namespace Spd.Tests.Web;

public sealed class RecallDetailTests : SpdBunitContext
{
    private readonly int recallId;

    /// <summary>A recall (12-hour deadline from now, 10:00 hospital time) of a gauze lot with stock, two pieces of it used on one patient.</summary>
    public RecallDetailTests()
    {
        using var db = Database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var (_, _, central) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var gauze = MasterDataBuilder.NewItem("WZ0001", "医用纱布块", "8cm×10cm", 1.2m, supplier, manufacturer);
        gauze.TrackingMode = TrackingMode.Bulk;
        db.Items.Add(gauze);
        db.SaveChanges();

        var ledger = new StockLedger(db, Database.Clock, "keeper");
        Assert.True(ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.Receipt, ItemId = gauze.Id, LotNumber = "G1", ExpiryDate = new DateOnly(2027, 6, 30), Quantity = 10, UnitCost = 1.2m,
            To = new StockPosition(central.Id, null), DocumentType = StockDocumentType.Receipt, DocumentNo = "RC202611220001",
        }).GetAwaiter().GetResult().Succeeded);
        Assert.True(ledger.PostAsync(new StockMove
        {
            Kind = StockMovementKind.Consumption, ItemId = gauze.Id, LotNumber = "G1", Quantity = 2, From = new StockPosition(central.Id, null),
            PatientId = "P0042", DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611220001",
        }).GetAwaiter().GetResult().Succeeded);
        db.SaveChanges();

        var result = Recalls.StartAsync(db, Database.Clock, "equipment", new RecallDraft(RecallKind.Recall, gauze.Id, null, null, "G1", "厂家召回")).GetAwaiter().GetResult();
        recallId = result.Recall!.Id;
    }

    private IRenderedComponent<IComponent> RenderAs(string user, string role)
    {
        Authorization.SetAuthorized(user).SetRoles(role);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<RecallDetail>(2);
            builder.AddAttribute(3, nameof(RecallDetail.Id), recallId);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void The_report_shows_the_deadline_and_the_time_left_the_quarantined_stock_and_the_patient()
    {
        Database.Clock.Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(15)));

        var page = RenderAs("warehouse", Roles.WarehouseKeeper);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recall-deadline]")));
        var deadline = page.Find("[data-testid=recall-deadline]");
        Assert.Equal("false", deadline.GetAttribute("data-overdue"));
        Assert.Contains("9 小时 45 分", deadline.TextContent);
        Assert.Contains("2026-11-22 22:00", deadline.TextContent);
        Assert.DoesNotContain("mud-alert-filled-error", deadline.ClassName);
        Assert.Equal("Quarantined", page.Find("[data-testid=recall-stock] [data-testid=stock-state]").GetAttribute("data-state"));
        Assert.Contains("P0042", page.Find("[data-testid=recall-patients]").TextContent);
        Assert.Contains("8", page.Find("[data-testid=figure-quarantined]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=recall-mark-reported]"));
        Assert.Equal($"/api/v1/recalls/{recallId}/report.xlsx", page.Find("[data-testid=recall-export]").GetAttribute("href"));
    }

    [Fact]
    public void An_unreported_recall_past_its_deadline_is_shown_overdue_in_red()
    {
        Database.Clock.Advance(TimeSpan.FromHours(13).Add(TimeSpan.FromMinutes(5)));

        var page = RenderAs("equipment", Roles.EquipmentDept);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recall-deadline]")));
        var deadline = page.Find("[data-testid=recall-deadline]");
        Assert.Equal("true", deadline.GetAttribute("data-overdue"));
        Assert.Contains("mud-alert-filled-error", deadline.ClassName);
        Assert.Contains("已超过上报期限 1 小时 5 分", deadline.TextContent);
    }

    [Fact]
    public void Marking_it_reported_records_the_time_and_ends_the_countdown()
    {
        Database.Clock.Advance(TimeSpan.FromHours(3));
        var page = RenderAs("warehouse", Roles.WarehouseKeeper);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recall-mark-reported]")));

        page.Find("[data-testid=recall-mark-reported]").Click();

        page.WaitForAssertion(() => Assert.Contains("已于 2026-11-22 13:00 上报", page.Find("[data-testid=recall-deadline]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=recall-mark-reported]"));
        using var db = Database.Create();
        Assert.Equal(Database.Clock.GetUtcNow().UtcDateTime, db.Recalls.AsNoTracking().Single().ReportedUtc);
    }

    [Fact]
    public void The_auditor_reads_the_report_without_actions()
    {
        var page = RenderAs("auditor", Roles.Auditor);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=recall-deadline]")));
        Assert.Empty(page.FindAll("[data-testid=recall-actions]"));
        Assert.NotEmpty(page.FindAll("[data-testid=recall-export]"));
    }
}
