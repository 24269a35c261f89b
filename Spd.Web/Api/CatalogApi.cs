using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Api;

/// <summary>One item as the API reads and writes it: the editable fields plus identity and version.</summary>
public sealed record ItemResource(int Id, int Version, ItemDraft Item, string ManufacturerName, string SupplierName, DateTime ChangedUtc);

public static class CatalogApi
{
    /// <summary>Who maintains the catalogue (users, or API keys bound to these roles).</summary>
    public const string Editors = $"{Roles.Admin},{Roles.EquipmentDept}";

    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        var readers = MasterDataApi.Readers.Split(',');

        api.MapGet("/items/{id:int}", async (int id, SpdDbContext db, HttpContext http, CancellationToken cancellationToken) =>
                await db.Items.AsNoTracking().Include(i => i.Manufacturer).Include(i => i.Supplier).FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
                    ? WithETag(http, item.Version, Results.Ok(Resource(item)))
                    : Results.Problem($"Item {id} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapPost("/items", async (ItemDraft draft, SpdDbContext db, CancellationToken cancellationToken) =>
            {
                var result = await ItemEditor.CreateAsync(db, draft, cancellationToken);
                return result.Succeeded
                    ? Results.Created($"/api/v1/items/{result.Item!.Id}", new { result.Item.Id, result.Item.Version })
                    : Invalid(result.Errors);
            })
            .RequireAuthorization(policy => policy.RequireRole(Editors.Split(',')));

        api.MapPut("/items/{id:int}", async (int id, ItemDraft draft, [FromHeader(Name = "If-Match")] string? ifMatch, SpdDbContext db, HttpContext http,
                CancellationToken cancellationToken) =>
            {
                if (!TryParseETag(ifMatch, out var version))
                {
                    return Results.Problem(
                        "Send the item's ETag in If-Match (GET it first), so that a change made meanwhile is not overwritten.",
                        statusCode: StatusCodes.Status428PreconditionRequired);
                }

                var result = await ItemEditor.UpdateAsync(db, id, draft, version, cancellationToken);
                return result switch
                {
                    { Succeeded: true } => WithETag(http, result.Item!.Version, Results.NoContent()),
                    { Errors: [{ Code: "NotFound" } notFound] } => Results.Problem(notFound.Message, statusCode: StatusCodes.Status404NotFound),
                    { Errors: [{ Code: ItemEditor.ConcurrencyCode } concurrent] } => Results.Problem(concurrent.Message, statusCode: StatusCodes.Status412PreconditionFailed),
                    _ => Invalid(result.Errors),
                };
            })
            .RequireAuthorization(policy => policy.RequireRole(Editors.Split(',')));

        api.MapGet("/his/items", async (DateTime? changedSince, int? page, int? pageSize, SpdDbContext db, CancellationToken cancellationToken) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await HisItemSync.QueryAsync(db, changedSince?.ToUniversalTime(), request, cancellationToken))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(readers));
    }

    private static ItemResource Resource(Item item) =>
        new(item.Id, item.Version, ItemDraft.From(item), item.Manufacturer?.Name ?? "", item.Supplier?.Name ?? "", item.ChangedUtc);

    private static IResult Invalid(IReadOnlyList<ValidationError> errors) =>
        Results.ValidationProblem(errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    private static IResult WithETag(HttpContext http, int version, IResult result)
    {
        http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
        return result;
    }

    private static bool TryParseETag(string? value, out int version) =>
        int.TryParse(value?.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version);
}
