using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages.Catalog;

namespace Spd.Tests.Web;

public sealed class ItemFormTests : SpdBunitContext
{
    private readonly int itemId;

    public ItemFormTests()
    {
        Authorization.SetAuthorized("equipment").SetRoles(Roles.EquipmentDept);
        using var db = Database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        var item = MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.45m, supplier, manufacturer);
        item.TrackingMode = TrackingMode.Pack;
        db.Items.Add(item);
        db.SaveChanges();
        itemId = item.Id;
    }

    private IRenderedComponent<IComponent> RenderForm() => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<ItemForm>(1);
        builder.AddAttribute(2, nameof(ItemForm.Id), (int?)itemId);
        builder.CloseComponent();
    });

    [Fact]
    public void A_wrong_check_digit_is_shown_at_the_field_and_nothing_is_saved()
    {
        var form = RenderForm();
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("input[data-testid=item-udi]")));

        form.Find("input[data-testid=item-udi]").Change("06930050000017");
        form.Find("[data-testid=item-save]").Click();

        form.WaitForAssertion(() =>
        {
            Assert.Contains("校验位错误（应为 6）", form.Find("[data-testid=item-form-errors]").TextContent);
            Assert.Contains("校验位错误", form.Markup);
        });
        using var db = Database.CreateUnaudited();
        Assert.Null(db.Items.Single().UdiDi);
    }

    [Fact]
    public void A_valid_change_is_saved_and_opens_the_item()
    {
        var form = RenderForm();
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("input[data-testid=item-udi]")));

        form.Find("input[data-testid=item-udi]").Change(RegistryCodes.Gtin14("0693005000001"));
        form.Find("[data-testid=item-save]").Click();

        form.WaitForAssertion(() => Assert.EndsWith($"/items/{itemId}", Services.GetRequiredService<NavigationManager>().Uri));
        using var db = Database.CreateUnaudited();
        Assert.Equal("06930050000016", db.Items.Single().UdiDi);
        Assert.Equal(1, db.Items.Single().Version);
    }
}
