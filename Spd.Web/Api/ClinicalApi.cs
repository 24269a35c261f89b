using System.Globalization;
using System.Security.Claims;
using Spd.Domain.Clinical;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Web.Security;

namespace Spd.Web.Api;

/// <summary>
/// The HIS integration and the scan endpoint (DOMAIN.md §4.7): HIS sends orders with their bound items and
/// polls the charges; PDAs, scanner relays and HIS post the scans that consume stock. Refusals are 422 problems
/// naming the rule in <c>errorCode</c>; a scan id seen before answers as it did the first time, marked <c>duplicate</c>.
/// </summary>
public static class ClinicalApi
{
    /// <summary>Who may consume stock by scanning: the department's staff, the device relays, and HIS (anaesthesia and OR systems).</summary>
    public const string Scanners = $"{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.Device},{Roles.HisIntegration}";

    public static void MapClinicalApi(this RouteGroupBuilder api)
    {
        api.MapPost("/his/orders", async (HisOrderMessage message, SpdDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HisOrderIntake.ReceiveAsync(db, clock, message, ct);
                return result switch
                {
                    { Succeeded: false } => Refused(result.Errors),
                    { Created: true } => Results.Created($"/api/v1/his/orders/{Uri.EscapeDataString(result.Order!.OrderNo)}", result.Order),
                    _ => Results.Ok(result.Order),
                };
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.HisIntegration));

        api.MapGet("/his/orders/{orderNo}", async (string orderNo, SpdDbContext db, CancellationToken ct) =>
                await HisOrderIntake.FindAsync(db, orderNo, ct) is { } order
                    ? Results.Ok(order)
                    : Results.Problem($"Order {orderNo} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole(Roles.HisIntegration));

        api.MapPost("/scans", async (ScanRequest request, ClaimsPrincipal user, SpdDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var reply = await new ConsumptionScanning(clock).ScanAsync(db, await ActorAsync(db, user, ct), new ConsumptionScan
                {
                    ScanId = request.ScanId ?? "",
                    Code = request.Code ?? "",
                    DeviceId = request.DeviceId,
                    Location = request.Location,
                    PatientNo = request.PatientNo,
                    EncounterNo = request.EncounterNo,
                    OrderNo = request.OrderNo,
                    Quantity = request.Quantity,
                }, ct);
                return reply switch
                {
                    { Succeeded: true } => Results.Ok(new ScanResponse(reply.Duplicate, reply.Consumption!)),
                    { Errors: [{ Code: StockLedger.StockChanged } conflict] } => Results.Problem(Text(conflict), statusCode: StatusCodes.Status409Conflict),
                    _ => Refused(reply.Errors, reply.Duplicate),
                };
            })
            .RequireAuthorization(policy => policy.RequireRole(Scanners.Split(',')));

        api.MapGet("/his/charges", async (DateTimeOffset? since, int? limit, SpdDbContext db, CancellationToken ct) =>
                limit is < 1 or > ChargeFeed.MaxLimit
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {ChargeFeed.MaxLimit}."] })
                    : Results.Ok(new ChargesResponse(await ChargeFeed.ReadyAsync(db, since?.UtcDateTime, limit ?? ChargeFeed.DefaultLimit, ct))))
            .RequireAuthorization(policy => policy.RequireRole(Roles.HisIntegration));

        api.MapPost("/his/charges/ack", async (AcknowledgeRequest request, SpdDbContext db, TimeProvider clock, CancellationToken ct) =>
                request.Ids is not { Count: > 0 and <= ChargeFeed.MaxAcknowledged } ids
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = [$"Send 1 to {ChargeFeed.MaxAcknowledged} charge ids."] })
                    : Results.Ok(await ChargeFeed.AcknowledgeAsync(db, clock, ids, ct)))
            .RequireAuthorization(policy => policy.RequireRole(Roles.HisIntegration));
    }

    /// <param name="Location">A department warehouse code or a scanned location label; a person's own department store by default.</param>
    /// <param name="Quantity">Base units of a bulk item scanned by item code; coded pieces and packs are used whole.</param>
    public sealed record ScanRequest(
        string? Code, string? ScanId, string? DeviceId, string? Location, string? PatientNo, string? EncounterNo, string? OrderNo, int? Quantity);

    public sealed record ScanResponse(bool Duplicate, ConsumptionView Consumption);

    public sealed record ChargesResponse(IReadOnlyList<HisCharge> Items);

    public sealed record AcknowledgeRequest(IReadOnlyList<long>? Ids);

    /// <summary>API keys of devices and HIS name the store with each scan; people scan in their own department (none: -1, refused).</summary>
    private static async Task<ScanActor> ActorAsync(SpdDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var name = user.Identity!.Name!;
        return user.Identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
            ? new ScanActor(name, null)
            : new ScanActor(name, await StockScope.DepartmentAsync(db, user, ct) ?? -1);
    }

    private static IResult Refused(IReadOnlyList<ValidationError> errors, bool duplicate = false) =>
        Results.ValidationProblem(
            errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(Text).ToArray()),
            title: "The request was refused.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["errorCode"] = errors[0].Code,
                ["arguments"] = errors[0].Arguments,
                ["duplicate"] = duplicate,
            });

    private static string Text(ValidationError error) => string.Format(CultureInfo.InvariantCulture, error.Message, error.Arguments);

    /// <summary><c>Lines[0].Quantity</c> → <c>lines[0].quantity</c>, as the request's JSON names it.</summary>
    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
