using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Domain.Warehousing;
using Spd.Web.Security;

namespace Spd.Web.Api;

public static class MasterDataApi
{
    /// <summary>Hospital staff and the HIS integration read the master data.</summary>
    public const string Readers = $"{Roles.MasterDataReaders},{Roles.HisIntegration}";

    public static void MapMasterDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/departments", async (string? search, DepartmentType? type, int? page, int? pageSize, string? sortBy, bool? descending,
                SpdDbContext db, CancellationToken cancellationToken) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await DepartmentList.QueryAsync(db, new DepartmentFilter(search, type), request, sortBy, descending ?? false, cancellationToken))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(Readers.Split(',')));

        api.MapGet("/warehouses", async (string? search, WarehouseKind? kind, int? page, int? pageSize, string? sortBy, bool? descending,
                SpdDbContext db, CancellationToken cancellationToken) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await WarehouseList.QueryAsync(db, new WarehouseFilter(search, kind), request, sortBy, descending ?? false, cancellationToken))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(Readers.Split(',')));

        api.MapGet("/items", async (string? search, ItemCategory? category, ItemStatus? status, int? page, int? pageSize, string? sortBy, bool? descending,
                SpdDbContext db, CancellationToken cancellationToken) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await ItemList.QueryAsync(db, new ItemFilter(search, category, status), request, sortBy, descending ?? false, cancellationToken))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(Readers.Split(',')));

        api.MapGet("/suppliers", async (string? search, int? page, int? pageSize, string? sortBy, bool? descending,
                ClaimsPrincipal user, SpdDbContext db, CancellationToken cancellationToken) =>
            {
                if (!Paging.TryCreate(page, pageSize, out var request, out var problem))
                {
                    return problem!;
                }

                var filter = new SupplierFilter(search, OnlySupplierId: SupplierScope.Restriction(user));
                return Results.Ok(await SupplierList.QueryAsync(db, filter, request, sortBy, descending ?? false, cancellationToken));
            })
            .RequireAuthorization(policy => policy.RequireRole([.. Readers.Split(','), Roles.Supplier]));

        api.MapGet("/suppliers/{id:int}", async (int id, ClaimsPrincipal user, SpdDbContext db, CancellationToken cancellationToken) =>
                SupplierScope.CanRead(user, id)
                    && await SupplierDetail.LoadAsync(db, id, cancellationToken) is { } supplier
                    ? Results.Ok(supplier)
                    : Results.Problem($"Supplier {id} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole([.. Readers.Split(','), Roles.Supplier]));
    }
}
