using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Seeding;

/// <summary>
/// A generated hospital as an object graph: references between the entities are navigation
/// properties, so the lists can be inserted into any provider. Locations hang off
/// <see cref="Warehouse.Locations"/>, certificates off <see cref="Supplier.Certificates"/> and
/// <see cref="Manufacturer.Certificates"/>.
/// </summary>
public sealed record HospitalData(
    IReadOnlyList<Campus> Campuses,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Warehouse> Warehouses,
    IReadOnlyList<Supplier> Suppliers,
    IReadOnlyList<Manufacturer> Manufacturers,
    IReadOnlyList<Item> Items)
{
    public static HospitalData Empty { get; } = new([], [], [], [], [], []);
}
