using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Inventory;

/// <summary>One balance as the stock screens and <c>GET /api/v1/stock</c> show it.</summary>
public sealed record StockRow(
    long Id, int WarehouseId, string WarehouseName, int? LocationId, string? LocationCode, int ItemId, string ItemCode, string ItemName,
    string Specification, string Unit, string LotNumber, DateOnly? ExpiryDate, int? OwnerSupplierId, string? OwnerSupplierName,
    StockState State, int Quantity, decimal UnitCost)
{
    public decimal Value => Quantity * UnitCost;
}

/// <param name="OnlyOwnerSupplierId">A supplier sees only the consignment stock it owns.</param>
public sealed record StockFilter(
    int? WarehouseId = null, int? ItemId = null, string? Search = null, StockState? State = null, bool? Consignment = null, int? OnlyOwnerSupplierId = null);

public static class StockList
{
    public static readonly SortKeys<StockBalance> Sorts = SortKeys<StockBalance>.ThenBy(b => b.Id)
        .Add("itemCode", b => b.Item!.Code)
        .Add("itemName", b => b.Item!.NameInitials + b.Item.Name)
        .Add("warehouseName", b => b.Warehouse!.Name)
        .Add("locationCode", b => b.Location!.Code)
        .Add("lotNumber", b => b.LotNumber)
        .Add("expiryDate", b => b.ExpiryDate)
        .Add("quantity", b => b.Quantity);

    /// <summary>Balances with stock, by lot and owner; sorted by expiry unless asked otherwise.</summary>
    public static Task<PagedResult<StockRow>> QueryAsync(
        SpdDbContext db, StockFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken ct = default)
    {
        var balances = db.StockBalances.AsNoTracking().Where(b => b.Quantity > 0);
        if (filter.WarehouseId is { } warehouseId)
        {
            balances = balances.Where(b => b.WarehouseId == warehouseId);
        }

        if (filter.ItemId is { } itemId)
        {
            balances = balances.Where(b => b.ItemId == itemId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            balances = balances.Where(b => b.Item!.Code.Contains(text) || b.Item.Name.Contains(text) || b.Item.NameInitials.Contains(initials) || b.LotNumber.Contains(text));
        }

        if (filter.State is { } state)
        {
            balances = balances.Where(b => b.State == state);
        }

        if (filter.Consignment is { } consignment)
        {
            balances = consignment ? balances.Where(b => b.OwnerSupplierId != null) : balances.Where(b => b.OwnerSupplierId == null);
        }

        if (filter.OnlyOwnerSupplierId is { } owner)
        {
            balances = balances.Where(b => b.OwnerSupplierId == owner);
        }

        return balances
            .SortBy(Sorts, sortBy ?? "expiryDate", descending)
            .Select(b => new StockRow(
                b.Id, b.WarehouseId, b.Warehouse!.Name, b.LocationId, b.Location == null ? null : b.Location.Code,
                b.ItemId, b.Item!.Code, b.Item.Name, b.Item.Specification, b.Item.Unit, b.LotNumber, b.ExpiryDate,
                b.OwnerSupplierId, db.Suppliers.Where(s => s.Id == b.OwnerSupplierId).Select(s => s.Name).FirstOrDefault(),
                b.State, b.Quantity, b.UnitCost))
            .ToPagedAsync(page, ct);
    }
}
