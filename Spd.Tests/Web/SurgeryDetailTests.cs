using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Spd.Domain.Clinical;
using Spd.Domain.Security;
using Spd.Tests.Domain.Departments;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Clinical;

namespace Spd.Tests.Web;

public sealed class SurgeryDetailTests : SpdBunitContext
{
    private readonly int surgeryId;

    /// <summary>A hip operation of the joint surgery ward whose loaner set (two stems) has arrived in the ward's store.</summary>
    public SurgeryDetailTests()
    {
        var fixture = DepartmentFixture.CreateAsync(Database).GetAwaiter().GetResult();
        var surgeries = new Surgeries(Database.Clock);
        Services.AddSingleton(surgeries);
        using var db = Database.Create();
        db.Doctors.Add(new Doctor { Code = "D001", Name = "赵明", DepartmentId = fixture.Ward.Id, UserName = "doctor" });
        db.SaveChanges();
        surgeryId = surgeries.ScheduleAsync(db, new SurgeryInput
        {
            No = "HIS-SS-0001", PatientNo = "P0001", PatientName = "张三", EncounterNo = "ZY0001", DepartmentCode = fixture.Ward.Code,
            WarehouseCode = fixture.WardStore.Code, SurgeonCode = "D001", Operation = "全髋关节置换术", ScheduledUtc = Database.Clock.GetUtcNow().UtcDateTime.AddHours(3),
        }).GetAwaiter().GetResult().Value!.Id;
        Assert.True(surgeries.RequestKitAsync(db, surgeryId, fixture.Supplier.Id, [new KitRequestLine(fixture.Implant.Id, 2)], "doctor").GetAwaiter().GetResult().Succeeded);
        Assert.True(surgeries.ReceiveSetAsync(db, surgeryId, ["(01)06901234567892(17)281231(10)L8(21)S1", "(01)06901234567892(17)281231(10)L8(21)S2"], "nurse")
            .GetAwaiter().GetResult().Succeeded);
        db.Users.Add(new SpdUser { UserName = "nurse", DisplayName = "刘芳", DepartmentId = fixture.Ward.Id });
        db.SaveChanges();
        var implant = db.Items.Single(i => i.Id == fixture.Implant.Id);
        implant.RegistrationCertificateExpiry = fixture.Today.AddDays(-3);
        db.SaveChanges();
    }

    private IRenderedComponent<IComponent> RenderAsNurse()
    {
        Authorization.SetAuthorized("nurse").SetRoles(Roles.DepartmentKeeper);
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<SurgeryDetail>(3);
            builder.AddAttribute(4, nameof(SurgeryDetail.Id), surgeryId);
            builder.CloseComponent();
        });
    }

    [Fact]
    public void The_delivered_set_is_listed_and_signatures_wait_for_the_confirmation()
    {
        var page = RenderAsNurse();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=surgery-pieces] tbody tr").Count));
        Assert.All(page.FindAll("[data-testid=surgery-pieces] tbody tr"), row => Assert.Equal("Delivered", row.GetAttribute("data-status")));
        Assert.True(page.Find("[data-testid=sign-Surgeon]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=sign-Nurse]").HasAttribute("disabled"));
        Assert.Contains("张三", page.Find("[data-testid=surgery-summary]").TextContent);
    }

    [Fact]
    public void Confirming_with_an_expired_registration_certificate_says_which_certificate_and_stays_unconfirmed()
    {
        var page = RenderAsNurse();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=surgery-confirm]")));

        page.Find("[data-testid=surgery-confirm]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=surgery-error]")));
        Assert.Contains("证照不全", page.Find("[data-testid=surgery-error]").TextContent);
        Assert.Contains("注册证", page.Find("[data-testid=surgery-error]").TextContent);
        using var db = Database.Create();
        Assert.Equal(SurgeryStatus.SetDelivered, db.Surgeries.AsNoTracking().Single().Status);
    }
}
