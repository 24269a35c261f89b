using Bunit;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Components.Pages;

namespace Spd.Tests.Web;

public sealed class HomePageTests : SpdBunitContext
{
    [Fact]
    public void The_home_page_tells_each_role_what_to_do_next_and_offers_only_its_screens()
    {
        Authorization.SetAuthorized("finance").SetRoles(Roles.Finance).SetClaims(new System.Security.Claims.Claim("display_name", "财务处 周静"));

        var home = Render<Home>();

        Assert.Contains("您好，财务处 周静", home.Find("[data-testid=home-greeting]").TextContent);
        Assert.Contains("核对结算单与发票", home.Find("[data-testid=home-next-Finance]").TextContent);
        Assert.NotEmpty(home.FindAll("[data-testid='home-open-/items']"));
        Assert.Empty(home.FindAll("[data-testid='home-open-/audit']"));
    }

    [Fact]
    public void A_wall_display_gets_no_screen_cards_it_may_not_open()
    {
        Authorization.SetAuthorized("wall").SetRoles(Roles.WallDisplay);

        var home = Render<Home>();

        Assert.Empty(home.FindAll("[data-testid^=home-open-]"));
        Assert.NotEmpty(home.FindAll("[data-testid=home-next-WallDisplay]"));
    }
}
