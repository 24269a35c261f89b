using Spd.Domain.Organization;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Seeding;

/// <summary>Campuses, departments with cost centres, and the warehouse tree with its locations.</summary>
internal static class OrganizationGenerator
{
    private const int CentralLevels = 4;
    private const int CentralBins = 4;
    private const int SecondaryLevels = 3;
    private const int SecondaryBins = 4;
    private const int CabinetLevels = 4;

    private static readonly string[] CentralNames = ["中心库", "高值耗材中心库"];

    public static Organization Generate(HospitalShape shape)
    {
        var campuses = shape.Campuses
            .Select((template, index) => new Campus { Code = $"YQ{index + 1:00}", Name = template.Name, Address = template.Address })
            .ToList();
        var departments = new DepartmentList();

        var platforms = new List<(PlatformTemplate Template, Department Department, int Campus)>();
        for (var campus = 0; campus < campuses.Count; campus++)
        {
            foreach (var template in OrganizationTemplates.Platforms.Where(p => campus == 0 || p.EveryCampus))
            {
                var name = shape.Campuses[campus].DepartmentPrefix + template.Name;
                platforms.Add((template, departments.Add(name, template.Type, campuses[campus]), campus));
            }
        }

        var wards = new List<Department>();
        for (var specialty = 0; specialty < OrganizationTemplates.Specialties.Length; specialty++)
        {
            var template = OrganizationTemplates.Specialties[specialty];
            var count = template.Wards(shape.Profile);
            for (var ward = 0; ward < count; ward++)
            {
                var name = count == 1 ? $"{template.Name}病区" : $"{template.Name}{OrganizationTemplates.WardNumerals[ward]}病区";
                // Wards of one specialty alternate between campuses, as branch campuses take over wards of the main one.
                wards.Add(departments.Add(name, DepartmentType.Clinical, campuses[(specialty + ward) % campuses.Count]));
            }
        }

        var warehouses = new WarehouseList();
        var centralOfCampus = new Warehouse?[campuses.Count];
        for (var i = 0; i < shape.CentralWarehouses; i++)
        {
            var campus = i % campuses.Count;
            var central = warehouses.Add("ZXK", 2, $"{campuses[campus].Name}{CentralNames[i / campuses.Count]}", WarehouseKind.Central, campuses[campus], null, null);
            AddCentralLocations(central);
            centralOfCampus[campus] ??= central;
        }

        for (var i = 0; i < shape.OffSiteWarehouses; i++)
        {
            var offSite = warehouses.Add("YWK", 2, i == 0 ? "院外中心库(SPD物流中心)" : $"院外中心库{i + 1}", WarehouseKind.OffSite, campuses[0], null, null);
            AddCentralLocations(offSite);
        }

        var secondaryStores = platforms
            .Where(p => p.Template.HasWarehouse)
            .Select(p => (Name: p.Department.Name + "二级库", Owner: p.Department, p.Campus))
            .Concat(wards.Select(w => (Name: w.Name + "二级库", Owner: w, Campus: campuses.IndexOf(w.Campus!))))
            .ToList();
        var missing = shape.SecondaryWarehouses - secondaryStores.Count;
        if (missing < 0)
        {
            throw new InvalidOperationException($"The {shape.Profile} profile has {secondaryStores.Count} wards and platforms with a store, more than {shape.SecondaryWarehouses} secondary warehouses.");
        }

        secondaryStores.AddRange(ExtraStores(shape, platforms).Take(missing));
        if (secondaryStores.Count < shape.SecondaryWarehouses)
        {
            throw new InvalidOperationException($"The {shape.Profile} profile cannot fill {shape.SecondaryWarehouses} secondary warehouses.");
        }

        var mainStores = new Dictionary<Department, Warehouse>();
        foreach (var (name, owner, campus) in secondaryStores)
        {
            var secondary = warehouses.Add("EJK", 3, name, WarehouseKind.Secondary, campuses[campus], owner, centralOfCampus[campus]);
            AddLocations(secondary, "常温区", SecondaryLevels, SecondaryBins);
            mainStores.TryAdd(owner, secondary);
        }

        var cabinetHosts = platforms.Where(p => p.Template.HostsSmartCabinets).Select(p => mainStores[p.Department]).ToList();
        for (var i = 0; i < shape.TertiaryPoints; i++)
        {
            var host = cabinetHosts[i % cabinetHosts.Count];
            var cabinet = warehouses.Add(
                "SJK", 3, $"{host.OwnerDepartment!.Name}高值耗材智能柜{i / cabinetHosts.Count + 1:00}", WarehouseKind.Tertiary, host.Campus!, host.OwnerDepartment, host);
            AddLocations(cabinet, "智能柜", CabinetLevels, 1);
        }

        return new Organization(campuses, departments.All, warehouses.All);
    }

    /// <summary>Further stores of the platforms first, then one outpatient clinic area per specialty and campus.</summary>
    private static IEnumerable<(string Name, Department Owner, int Campus)> ExtraStores(
        HospitalShape shape, List<(PlatformTemplate Template, Department Department, int Campus)> platforms)
    {
        foreach (var (template, department, campus) in platforms)
        {
            foreach (var store in template.ExtraWarehouses)
            {
                yield return (shape.Campuses[campus].DepartmentPrefix + store, department, campus);
            }
        }

        foreach (var specialty in OrganizationTemplates.Specialties)
        {
            foreach (var (_, outpatients, campus) in platforms.Where(p => p.Template.Name == OrganizationTemplates.OutpatientDepartment))
            {
                yield return ($"{shape.Campuses[campus].DepartmentPrefix}门诊{specialty.Name}诊区二级库", outpatients, campus);
            }
        }
    }

    private static void AddCentralLocations(Warehouse warehouse)
    {
        foreach (var (letter, zone, racks) in OrganizationTemplates.CentralZones)
        {
            for (var rack = 1; rack <= racks; rack++)
            {
                AddRack(warehouse, letter, zone, rack, CentralLevels, CentralBins);
            }
        }
    }

    private static void AddLocations(Warehouse warehouse, string zone, int levels, int bins) => AddRack(warehouse, "A", zone, 1, levels, bins);

    private static void AddRack(Warehouse warehouse, string letter, string zone, int rack, int levels, int bins)
    {
        for (var level = 1; level <= levels; level++)
        {
            for (var bin = 1; bin <= bins; bin++)
            {
                warehouse.Locations.Add(new Location { Code = $"{letter}-{rack:00}-{level:00}-{bin:00}", Zone = zone, Warehouse = warehouse });
            }
        }
    }

    /// <summary>Numbers departments and their cost centres: 1 clinical, 2 medical-technology, 3 support, 4 administrative (成本核算 classes).</summary>
    private sealed class DepartmentList
    {
        private readonly int[] costCenters = new int[4];

        public List<Department> All { get; } = [];

        public Department Add(string name, DepartmentType type, Campus campus)
        {
            var typeDigit = type switch
            {
                DepartmentType.Clinical => 1,
                DepartmentType.MedicalTechnology => 2,
                DepartmentType.Support => 3,
                _ => 4,
            };
            var department = new Department
            {
                Code = $"KS{All.Count + 1:0000}",
                Name = name,
                Type = type,
                CostCenterCode = $"CC{typeDigit}{++costCenters[typeDigit - 1]:000}",
                Campus = campus,
            };
            All.Add(department);
            return department;
        }
    }

    private sealed class WarehouseList
    {
        private readonly Dictionary<string, int> numbers = [];

        public List<Warehouse> All { get; } = [];

        public Warehouse Add(string prefix, int digits, string name, WarehouseKind kind, Campus campus, Department? owner, Warehouse? supplier)
        {
            numbers[prefix] = numbers.GetValueOrDefault(prefix) + 1;
            var warehouse = new Warehouse
            {
                Code = prefix + numbers[prefix].ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture),
                Name = name,
                Kind = kind,
                Campus = campus,
                OwnerDepartment = owner,
                SupplyingWarehouse = supplier,
            };
            All.Add(warehouse);
            return warehouse;
        }
    }
}

internal sealed record Organization(IReadOnlyList<Campus> Campuses, IReadOnlyList<Department> Departments, IReadOnlyList<Warehouse> Warehouses);
