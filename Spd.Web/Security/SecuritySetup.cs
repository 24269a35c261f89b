using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

public static class SecuritySetup
{
    private const string SelectorScheme = "Spd";

    public static void AddSpdSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SecurityOptions.Section);
        builder.Services.Configure<SecurityOptions>(section);
        var security = section.Get<SecurityOptions>() ?? new SecurityOptions();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditActor>();
        builder.Services.AddScoped<IAuditActor>(services => services.GetRequiredService<AuditActor>());
        builder.Services.AddScoped<SignInService>();
        builder.Services.AddScoped<SignatureVerifier>();

        builder.Services
            .AddIdentity<SpdUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = security.Password.RequiredLength;
                options.Password.RequireUppercase = security.Password.RequireUppercase;
                options.Password.RequireLowercase = security.Password.RequireLowercase;
                options.Password.RequireDigit = security.Password.RequireDigit;
                options.Password.RequireNonAlphanumeric = security.Password.RequireNonAlphanumeric;
                options.Lockout.MaxFailedAccessAttempts = security.LockoutFailures;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutWindowMinutes);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SpdDbContext>()
            .AddClaimsPrincipalFactory<SpdClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Spd.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = SelectorScheme;
                options.DefaultAuthenticateScheme = SelectorScheme;
                options.DefaultChallengeScheme = SelectorScheme;
                options.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                        ? ApiKeyAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        // Deny by default: every endpoint and page needs a signed-in user unless it says otherwise.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
