using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Traceability;
using Spd.Web.Components.Layout;

namespace Spd.Web.Api;

/// <summary>追溯 for the HIS and the hospital's own systems: a code's whole life as a timeline.</summary>
public static class TraceApi
{
    public static void MapTraceApi(this RouteGroupBuilder api)
    {
        // Any code a unit carries: our SU/SK label, the manufacturer's UDI (with its serial) or the RFID tag.
        api.MapGet("/trace/{code}", async (string code, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
            {
                var target = await TraceSearch.FindAsync(db, code, calendar.Today, ct);
                return target is { Error: null, Kind: TraceTargetKind.Unit } && await UnitTrace.LoadAsync(db, target.UnitId!.Value, ct) is { } trace
                    ? Results.Ok(trace)
                    : Results.Problem(
                        target.Error?.Message is { } message ? string.Format(message, target.Error.Arguments) : $"{code} is not the code of a piece or pack.",
                        statusCode: StatusCodes.Status404NotFound,
                        extensions: new Dictionary<string, object?> { ["errorCode"] = target.Error?.Code ?? ScanLookup.NotFound });
            })
            .RequireAuthorization(policy => policy.RequireRole(PageRoles.TraceApi.Split(',')));
    }
}
