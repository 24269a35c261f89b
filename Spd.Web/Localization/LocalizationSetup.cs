using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace Spd.Web.Localization;

public static class LocalizationSetup
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static readonly CultureInfo[] Cultures = [new(Chinese), new(English)];

    public static void AddSpdLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudLocalizer, SpdMudLocalizer>();
    }

    public static void UseSpdLocalization(this WebApplication app) =>
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // Only the user's own choice (cookie) or an explicit query switches away from Chinese, not the browser's language.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

    public static void MapSpdLocalizationEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
            {
                if (Cultures.All(c => c.Name != culture))
                {
                    return Results.Problem($"Unsupported culture '{culture}'.", statusCode: StatusCodes.Status400BadRequest);
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
                return Results.LocalRedirect(redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//") ? redirectUri : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
