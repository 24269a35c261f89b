using System.Security.Claims;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Web.Security;

namespace Spd.Web.Api;

public static class StockApi
{
    /// <summary>Hospital staff and HIS read all stock; a supplier reads only the consignment stock it owns.</summary>
    public const string Readers = $"{Roles.MasterDataReaders},{Roles.HisIntegration},{Roles.Supplier}";

    public static void MapStockApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stock", async (int? warehouseId, int? itemId, string? search, StockState? state, int? page, int? pageSize, string? sortBy, bool? descending,
                ClaimsPrincipal user, SpdDbContext db, CancellationToken ct) =>
                Paging.TryCreate(page, pageSize, out var request, out var problem)
                    ? Results.Ok(await StockList.QueryAsync(db,
                        new StockFilter(warehouseId, itemId, search, state, OnlyOwnerSupplierId: SupplierScope.Restriction(user)),
                        request, sortBy, descending ?? false, ct))
                    : problem!)
            .RequireAuthorization(policy => policy.RequireRole(Readers.Split(',')));
    }
}
