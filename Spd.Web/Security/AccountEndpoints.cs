using Microsoft.AspNetCore.Mvc;

namespace Spd.Web.Security;

public static class AccountEndpoints
{
    public static void MapSpdAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The idle timer in idle.js posts this form with reason=idle.
        endpoints.MapPost("/account/logout", async ([FromForm] string? reason, SignInService signIn) =>
        {
            await signIn.SignOutAsync(reason == "idle" ? "Idle timeout" : null);
            return Results.LocalRedirect(reason == "idle" ? "/account/login?idle=true" : "/account/login");
        });
    }
}
