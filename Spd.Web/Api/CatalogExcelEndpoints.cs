using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Reporting.Excel;

namespace Spd.Web.Api;

/// <summary>Excel downloads of the catalogue and the suppliers (exports and import templates) and the HIS item dictionary.</summary>
public static class CatalogExcelEndpoints
{
    public static void MapCatalogExcelEndpoints(this RouteGroupBuilder api)
    {
        var staff = Roles.MasterDataReaders.Split(',');

        api.MapGet("/items/export.xlsx", async (SpdDbContext db, BusinessCalendar calendar, CancellationToken cancellationToken) =>
                Xlsx(await CatalogWorkbooks.ItemsAsync(db, cancellationToken), $"物资目录-{calendar.Today:yyyyMMdd}.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(staff));

        api.MapGet("/items/template.xlsx", async (SpdDbContext db, CancellationToken cancellationToken) =>
                Xlsx(await CatalogWorkbooks.ItemsTemplateAsync(db, cancellationToken), "物资目录导入模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(staff));

        api.MapGet("/suppliers/export.xlsx", async (SpdDbContext db, BusinessCalendar calendar, CancellationToken cancellationToken) =>
                Xlsx(await CatalogWorkbooks.SuppliersAsync(db, cancellationToken), $"供应商-{calendar.Today:yyyyMMdd}.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(staff));

        api.MapGet("/suppliers/template.xlsx", () => Xlsx(CatalogWorkbooks.SuppliersTemplate(), "供应商导入模板.xlsx"))
            .RequireAuthorization(policy => policy.RequireRole(staff));

        api.MapGet("/his/items.xlsx", async (DateTime? changedSince, SpdDbContext db, BusinessCalendar calendar, CancellationToken cancellationToken) =>
            {
                // A time without an offset is taken as UTC, as the JSON endpoint's timestamps are.
                var since = changedSince is { Kind: DateTimeKind.Unspecified } unspecified ? DateTime.SpecifyKind(unspecified, DateTimeKind.Utc) : changedSince?.ToUniversalTime();
                return Xlsx(await CatalogWorkbooks.HisItemsAsync(db, since, cancellationToken), $"HIS物资字典-{calendar.Today:yyyyMMdd}.xlsx");
            })
            .RequireAuthorization(policy => policy.RequireRole(MasterDataApi.Readers.Split(',')));
    }

    private static IResult Xlsx(byte[] content, string fileName) => Results.File(content, SheetWorkbook.ContentType, fileName);
}
