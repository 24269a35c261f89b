using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Security;

namespace Spd.Web.Api;

/// <summary>Reads a scanned code (GS1, HIBC, MA, GTIN or an Spd label) for handhelds, the relay and the HIS.</summary>
public static class ScanApi
{
    /// <summary>Everyone who handles goods and scans them, the HIS (implants recorded at the bedside) and the device relay.</summary>
    public const string Scanners =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.OperationsAssistant},{Roles.Supplier},{Roles.HisIntegration},{Roles.Device}";

    public static void MapScanApi(this RouteGroupBuilder api)
    {
        // The 200 body is the parsed code's own type (UdiCode or InternalCode), with its kind and ISO dates.
        api.MapPost("/scans/parse", (ScanRequest request, BusinessCalendar calendar) =>
            {
                var result = BarcodeParser.Parse(request.Code, calendar.Today);
                return result.Succeeded ? Results.Ok<object>(result.Code) : Unreadable(result.Error);
            })
            .RequireAuthorization(policy => policy.RequireRole(Scanners.Split(',')));
    }

    public sealed record ScanRequest(string? Code);

    private static IResult Unreadable(ScanError error) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { ["code"] = [error.Message] },
            title: "The code could not be read.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["errorCode"] = error.Code,
                ["arguments"] = error.Arguments,
                ["position"] = error.Position,
            });
}
