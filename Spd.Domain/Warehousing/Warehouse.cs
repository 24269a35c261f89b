using Spd.Domain.Organization;

namespace Spd.Domain.Warehousing;

public enum WarehouseKind
{
    /// <summary>一级库 / 中心库 in the hospital.</summary>
    Central,

    /// <summary>院外中心库.</summary>
    OffSite,

    /// <summary>二级库, owned by a department (wards, OR, cath lab, endoscopy…).</summary>
    Secondary,

    /// <summary>三级库: smart cabinet, smart room or surgical cart.</summary>
    Tertiary,
}

/// <summary>库房.</summary>
public sealed class Warehouse
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public WarehouseKind Kind { get; set; }

    public int CampusId { get; set; }

    public Campus? Campus { get; set; }

    /// <summary>The department that owns a secondary or tertiary warehouse; none for central ones.</summary>
    public int? OwnerDepartmentId { get; set; }

    public Department? OwnerDepartment { get; set; }

    /// <summary>The warehouse that supplies this one (a secondary warehouse's central warehouse).</summary>
    public int? SupplyingWarehouseId { get; set; }

    public Warehouse? SupplyingWarehouse { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>养护: the allowed storage range; readings outside it are flagged.</summary>
    public decimal TemperatureMinC { get; set; } = 10;

    public decimal TemperatureMaxC { get; set; } = 30;

    public decimal HumidityMinPercent { get; set; } = 35;

    public decimal HumidityMaxPercent { get; set; } = 75;

    public List<Location> Locations { get; set; } = [];
}
