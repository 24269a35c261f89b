using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Web.Components.Layout;

namespace Spd.Web.Api;

/// <summary>Stocktakes (盘点) for reading: the list, one variance report, and the report as the Excel sheet that is signed.</summary>
public static class StocktakesApi
{
    public static void MapStocktakesApi(this RouteGroupBuilder api)
    {
        var readers = PageRoles.Stocktakes.Split(',');

        api.MapGet("/stocktakes", async (StocktakeStatus? status, SpdDbContext db, CancellationToken ct) =>
                Results.Ok(await StocktakeReport.ListAsync(db, status, ct: ct)))
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/stocktakes/{id:int}", async (int id, bool? onlyVariances, SpdDbContext db, CancellationToken ct) =>
                await StocktakeReport.LoadAsync(db, id, onlyVariances ?? false, ct) is { } report ? Results.Ok(report) : NotFound(id))
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/stocktakes/{id:int}/variance.xlsx", async (int id, bool? onlyVariances, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                await StocktakeReport.LoadAsync(db, id, onlyVariances ?? false, ct) is { } report
                    ? Results.File(StocktakeWorkbooks.Variance(report, calendar), SheetWorkbook.ContentType, $"盘盈盘亏表-{report.Header.No}.xlsx")
                    : NotFound(id))
            .RequireAuthorization(policy => policy.RequireRole(readers));
    }

    private static IResult NotFound(int id) => Results.Problem($"Stocktake {id} was not found.", statusCode: StatusCodes.Status404NotFound);
}
