using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Clinical;

namespace Spd.Tests.Web;

/// <summary>The handheld consumption page: patient, one scan field, coloured feedback with a beep, the session's consumptions with undo.</summary>
public sealed class ConsumePageTests : SpdBunitContext
{
    private const string PatientNo = "ZY26119001";
    private readonly string packCode = InternalCode.FixedPack(7001).Text;
    private readonly string implantCode = InternalCode.Piece(7002).Text;
    private readonly AnswerLosingFactory factory;

    public ConsumePageTests()
    {
        factory = new AnswerLosingFactory(Database);
        Services.AddSingleton<IDbContextFactory<SpdDbContext>>(factory);
        using var db = Database.CreateUnaudited();
        var (_, ward, _) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var store = new Warehouse { Code = "EJK001", Name = "关节外科二级库", Kind = WarehouseKind.Secondary, CampusId = ward.CampusId, OwnerDepartmentId = ward.Id };
        var syringe = MasterDataBuilder.NewItem("WZ1002", "一次性使用无菌注射器", "5ml", 0.8m, supplier, manufacturer);
        syringe.TrackingMode = TrackingMode.Pack;
        syringe.ManagementMode = ManagementMode.StockManaged;
        var implant = MasterDataBuilder.NewItem("WZ1004", "髋关节股骨柄", "Size 3", 12800m, supplier, manufacturer, ItemCategory.HighValue);
        implant.TrackingMode = TrackingMode.Unique;
        implant.ManagementMode = ManagementMode.OrderLinked;
        implant.ChargeCode = "C0310100100000000001";
        implant.ChargePrice = 13500m;
        var user = new SpdUser { UserName = "nurse", NormalizedUserName = "NURSE", DisplayName = "关节外科护士长 刘芳", DepartmentId = ward.Id };
        var role = new IdentityRole(Roles.DepartmentKeeper) { NormalizedName = Roles.DepartmentKeeper.ToUpperInvariant() };
        db.AddRange(store, syringe, implant, user, role);
        db.SaveChanges();
        var bin = new Location { Code = "E-01-01-01", Zone = "E", WarehouseId = store.Id };
        db.Add(bin);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        var units = new[]
        {
            new StockUnit { Code = packCode, Kind = StockUnitKind.Pack, ItemId = syringe.Id, LotNumber = "SY01", Quantity = 20, DepartmentId = ward.Id },
            new StockUnit { Code = implantCode, Kind = StockUnitKind.Piece, ItemId = implant.Id, LotNumber = "IM01", Serial = "SN7002" },
        };
        db.StockUnits.AddRange(units);
        db.SaveChanges();
        var ledger = new StockLedger(db, Database.Clock, "nurse");
        foreach (var unit in units)
        {
            Assert.True(ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.DepartmentReceipt, ItemId = unit.ItemId, LotNumber = unit.LotNumber, ExpiryDate = new DateOnly(2028, 1, 1),
                Quantity = unit.Quantity, UnitCost = 1m, To = new StockPosition(store.Id, bin.Id), StockUnitId = unit.Id,
                DocumentType = StockDocumentType.DepartmentReceipt, DocumentNo = "CK202611220001",
            }).GetAwaiter().GetResult().Succeeded);
        }

        Assert.Empty(StockLedger.SaveAsync(db).GetAwaiter().GetResult());
        var order = HisOrderIntake.ReceiveAsync(db, Database.Clock, new HisOrderMessage
        {
            OrderNo = "YZ9001", Patient = new HisPatientMessage(PatientNo, "张秀英"), EncounterNo = "ZYH9001", DepartmentCode = ward.Code,
            Operation = "全髋关节置换术", Lines = [new HisOrderLineMessage("WZ1004", null, 1)],
        }).GetAwaiter().GetResult();
        Assert.True(order.Succeeded);
        Authorization.SetAuthorized("nurse").SetRoles(Roles.DepartmentKeeper);
    }

    private IRenderedComponent<IComponent> RenderPage()
    {
        var page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<Consume>(1);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=consume-scan]")));
        return page;
    }

    private static void Scan(IRenderedComponent<IComponent> page, string code)
    {
        page.Find("input[data-testid=consume-scan]").Input(code);
        page.Find("[data-testid=consume-submit]").Closest("form")!.Submit();
    }

    private bool[] Beeps() => [.. JSInterop.Invocations["spd.beep"].Select(i => (bool)i.Arguments[0]!)];

    [Fact]
    public void The_page_is_one_column_with_the_patient_the_scan_field_and_the_session()
    {
        var page = RenderPage();

        Assert.NotNull(page.Find(".spd-pda[data-testid=consume-page]"));
        Assert.Contains("未选择患者", page.Find("[data-testid=consume-patient]").TextContent);
        Assert.Contains("关节外科二级库", page.Find("[data-testid=consume-store-name]").TextContent);
        Assert.Contains("还没有扫码消耗", page.Find("[data-testid=consume-session]").TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void A_pack_scan_is_confirmed_in_green_with_a_beep_and_can_be_undone()
    {
        var page = RenderPage();

        Scan(page, packCode);

        page.WaitForAssertion(() => Assert.Contains("已消耗 一次性使用无菌注射器 × 20 支", page.Find("[data-testid=consume-feedback]").TextContent));
        Assert.Contains("mud-alert-filled-success", page.Find("[data-testid=consume-feedback]").ClassName);
        Assert.Contains($"定数包 {packCode}", page.Find("[data-testid=consume-row]").TextContent);
        Assert.Equal([true], Beeps());

        page.Find("[data-testid=consume-undo]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=consume-row-reversed]")));
        using var db = Database.Create();
        Assert.Equal(StockUnitStatus.InStock, db.StockUnits.Single(u => u.Code == packCode).Status);
    }

    [Fact]
    public void An_order_linked_item_without_a_patient_is_refused_in_red_and_after_the_wristband_it_is_charged()
    {
        var page = RenderPage();

        Scan(page, implantCode);
        page.WaitForAssertion(() => Assert.Contains("须计费到患者", page.Find("[data-testid=consume-feedback]").TextContent));
        Assert.Contains("mud-alert-filled-error", page.Find("[data-testid=consume-feedback]").ClassName);

        Scan(page, PatientNo);
        page.WaitForAssertion(() => Assert.Equal("张秀英", page.Find("[data-testid=consume-patient-name]").TextContent.Trim()));
        Assert.Contains("ZYH9001", page.Find("[data-testid=consume-patient-detail]").TextContent);

        Scan(page, implantCode);
        page.WaitForAssertion(() => Assert.Contains("已生成计费 ¥13,500.00", page.Find("[data-testid=consume-feedback]").TextContent));
        Assert.Contains("张秀英", page.Find("[data-testid=consume-row]").TextContent);
        Assert.Equal([false, true, true], Beeps());
    }

    [Fact]
    public void The_patient_can_be_chosen_from_todays_orders()
    {
        var page = RenderPage();

        page.Find("[data-testid=consume-orders-toggle]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=consume-order]")));
        page.Find("[data-testid=consume-order]").Click();

        page.WaitForAssertion(() => Assert.Equal("张秀英", page.Find("[data-testid=consume-patient-name]").TextContent.Trim()));
        Assert.Contains("YZ9001", page.Find("[data-testid=consume-patient-detail]").TextContent);
    }

    [Fact]
    public void A_scan_whose_answer_was_lost_is_resent_with_the_same_scan_id_and_used_once()
    {
        var page = RenderPage();
        factory.LoseNextAnswer = true;

        Scan(page, packCode);
        page.WaitForAssertion(() => Assert.Contains("结果未确认", page.Find("[data-testid=consume-feedback]").TextContent));
        page.Find("[data-testid=consume-retry]").Click();

        page.WaitForAssertion(() => Assert.Contains("未重复消耗", page.Find("[data-testid=consume-feedback]").TextContent));
        Assert.Single(page.FindAll("[data-testid=consume-row]"));
        Assert.Empty(page.FindAll("[data-testid=consume-retry]"));
        using var db = Database.Create();
        Assert.Equal(1, db.Consumptions.Count());
        Assert.Equal(1, db.ScanEvents.Count());
    }

    [Fact]
    public void A_user_without_a_department_is_told_so()
    {
        using (var db = Database.CreateUnaudited())
        {
            db.Users.Single().DepartmentId = null;
            db.SaveChanges();
        }

        var page = Render(builder =>
        {
            builder.OpenComponent<Consume>(0);
            builder.CloseComponent();
        });

        page.WaitForAssertion(() => Assert.Contains("未绑定科室", page.Find("[data-testid=consume-no-department]").TextContent));
        Assert.Empty(page.FindAll("input[data-testid=consume-scan]"));
    }

    /// <summary>Real contexts on the test database; once asked, the next save that writes succeeds but its caller never hears so (a lost answer).</summary>
    private sealed class AnswerLosingFactory(TestDatabase database) : IDbContextFactory<SpdDbContext>
    {
        public bool LoseNextAnswer { get; set; }

        public SpdDbContext CreateDbContext() =>
            new SqliteSpdDbContext(new DbContextOptionsBuilder<SqliteSpdDbContext>()
                .UseSqlite(database.Connection)
                .AddInterceptors(new ChangeStampInterceptor(database.Clock), new LoseAnswer(this))
                .Options);

        private sealed class LoseAnswer(AnswerLosingFactory factory) : SaveChangesInterceptor
        {
            public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
            {
                if (factory.LoseNextAnswer)
                {
                    factory.LoseNextAnswer = false;
                    throw new TimeoutException("The answer was lost on the way back.");
                }

                return ValueTask.FromResult(result);
            }
        }
    }
}
