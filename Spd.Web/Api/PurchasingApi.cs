using System.Security.Claims;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Web.Security;

namespace Spd.Web.Api;

/// <summary>Purchase orders for the supplier's ERP and HIS. A supplier only ever reaches its own orders.</summary>
public static class PurchasingApi
{
    /// <summary>Hospital staff who follow orders, the suppliers (their own) and the HIS integration.</summary>
    public const string OrderReaders =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.Finance},{Roles.Auditor},{Roles.Supplier},{Roles.HisIntegration}";

    public static void MapPurchasingApi(this RouteGroupBuilder api)
    {
        var readers = OrderReaders.Split(',');

        api.MapGet("/purchase-orders", async (int? supplierId, PurchaseOrderStatus? status, int? page, int? pageSize, ClaimsPrincipal user, SpdDbContext db,
                CancellationToken cancellationToken) =>
            {
                if (!Paging.TryCreate(page, pageSize, out var request, out var problem))
                {
                    return problem!;
                }

                var own = SupplierScope.Restriction(user);
                if (own is { } only && supplierId is { } asked && asked != only)
                {
                    return Results.Problem("A supplier reads its own purchase orders only.", statusCode: StatusCodes.Status403Forbidden);
                }

                return Results.Ok(await PurchaseOrderList.QueryAsync(db, new PurchaseOrderFilter(own ?? supplierId, status), request, cancellationToken: cancellationToken));
            })
            .RequireAuthorization(policy => policy.RequireRole(readers));

        api.MapGet("/purchase-orders/{id:int}", async (int id, ClaimsPrincipal user, SpdDbContext db, CancellationToken cancellationToken) =>
                await PurchaseOrderList.FindAsync(db, id, SupplierScope.Restriction(user), cancellationToken) is { } order
                    ? Results.Ok(order)
                    : Results.Problem($"Purchase order {id} was not found.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole(readers));
    }
}
