using Microsoft.Extensions.Options;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Web.Components.Layout;

namespace Spd.Web.Api;

/// <summary>库存养护 for other systems and reports: near-expiry stock, recalls and the recall report (JSON and Excel).</summary>
public static class StockControlApi
{
    public static void MapStockControlApi(this RouteGroupBuilder api)
    {
        var readers = PageRoles.StockControl.Split(',');

        api.MapGet("/stock/near-expiry", async (int? warehouseId, ItemCategory? category, ExpiryBand? band, string? search, int? page, int? pageSize,
                SpdDbContext db, IOptions<ExpiryOptions> options, BusinessCalendar calendar, CancellationToken ct) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await NearExpiry.QueryAsync(db, options.Value, calendar.Today, new NearExpiryFilter(warehouseId, category, band, search), request, ct))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/recalls", async (string? search, RecallStatus? status, RecallKind? kind, int? page, int? pageSize, SpdDbContext db, CancellationToken ct) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await RecallList.QueryAsync(db, new RecallFilter(search, status, kind), request, ct))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/recalls/{id:int}", async (int id, SpdDbContext db, CancellationToken ct) =>
                await RecallReport.LoadAsync(db, id, ct) is { } report
                    ? Results.Ok(report)
                    : Results.Problem($"Recall {id} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/recalls/{id:int}/report.xlsx", async (int id, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                await RecallReport.LoadAsync(db, id, ct) is { } report
                    ? Results.File(RecallWorkbooks.Report(report, calendar), SheetWorkbook.ContentType, $"召回报告-{report.Recall.No}.xlsx")
                    : Results.Problem($"Recall {id} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole(readers));
    }
}
