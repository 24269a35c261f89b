using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

public sealed record WarehouseRow(
    int Id, string Code, string Name, WarehouseKind Kind, string CampusName, string? OwnerDepartmentName, string? SupplyingWarehouseName, int LocationCount, bool IsActive);

public sealed record WarehouseFilter(string? Search = null, WarehouseKind? Kind = null, int? CampusId = null);

public static class WarehouseList
{
    public static readonly SortKeys<Warehouse> Sorts = SortKeys<Warehouse>.ThenBy(w => w.Id)
        .Add("code", w => w.Code)
        .Add("name", w => w.Name)
        .Add("kind", w => w.Kind)
        .Add("campusName", w => w.Campus!.Name)
        .Add("ownerDepartmentName", w => w.OwnerDepartment!.Name)
        .Add("locationCount", w => w.Locations.Count);

    public static Task<PagedResult<WarehouseRow>> QueryAsync(
        SpdDbContext db, WarehouseFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        var warehouses = db.Warehouses.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            warehouses = warehouses.Where(w => w.Code.Contains(text) || w.Name.Contains(text)
                || (w.OwnerDepartment != null && w.OwnerDepartment.Name.Contains(text)));
        }

        if (filter.Kind is { } kind)
        {
            warehouses = warehouses.Where(w => w.Kind == kind);
        }

        if (filter.CampusId is { } campusId)
        {
            warehouses = warehouses.Where(w => w.CampusId == campusId);
        }

        return warehouses
            .SortBy(Sorts, sortBy, descending)
            .Select(w => new WarehouseRow(
                w.Id, w.Code, w.Name, w.Kind, w.Campus!.Name,
                w.OwnerDepartment == null ? null : w.OwnerDepartment.Name,
                w.SupplyingWarehouse == null ? null : w.SupplyingWarehouse.Name,
                w.Locations.Count, w.IsActive))
            .ToPagedAsync(page, cancellationToken);
    }
}
