using Spd.Domain.Clinical;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Api;

/// <summary>The operation schedule from HIS (or the anaesthesia system): an operation is sent again when it changes.</summary>
public static class SurgeriesApi
{
    public static void MapSurgeriesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/his/surgeries", async (SurgeryInput input, SpdDbContext db, Surgeries surgeries, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(input.No))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["no"] = ["HIS sends its schedule number."] });
                }

                var result = await surgeries.ScheduleAsync(db, input, ct);
                return result.Succeeded
                    ? Results.Ok(new { result.Value!.Id, result.Value.No, result.Value.Status })
                    : ApiProblems.Refused(result.Errors);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.HisIntegration, Roles.Admin));
    }
}
