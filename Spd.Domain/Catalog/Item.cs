using Spd.Domain.Common;

namespace Spd.Domain.Catalog;

/// <summary>品规: one catalogue entry (item × specification × model × supplier).</summary>
public sealed class Item : IChangeStamped
{
    private string name = "";

    public int Id { get; set; }

    /// <summary>物资编码, the hospital's own code.</summary>
    public required string Code { get; set; }

    public required string Name
    {
        get => name;
        set => (name, NameInitials) = (value, Pinyin.Initials(value));
    }

    /// <summary>Pinyin initials of <see cref="Name"/>, lower case, kept for search (ycxsy → 一次性使用…).</summary>
    public string NameInitials { get; private set; } = "";

    public required string Specification { get; set; }

    public string? Model { get; set; }

    /// <summary>Base unit, e.g. 支, 个, 副.</summary>
    public required string Unit { get; set; }

    /// <summary>Pack unit, e.g. 盒, 箱.</summary>
    public string? PackUnit { get; set; }

    /// <summary>Base units in one pack unit.</summary>
    public int PackQuantity { get; set; } = 1;

    public int ManufacturerId { get; set; }

    public Manufacturer? Manufacturer { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    /// <summary>Purchase price per base unit (CNY).</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Price charged to the patient per base unit, from the price dictionary; none for uncharged items.</summary>
    public decimal? ChargePrice { get; set; }

    public ItemCategory Category { get; set; }

    public ManagementMode ManagementMode { get; set; }

    public TrackingMode TrackingMode { get; set; }

    /// <summary>UDI-DI as a GTIN-14.</summary>
    public string? UdiDi { get; set; }

    /// <summary>注册证 number.</summary>
    public string? RegistrationCertificateNo { get; set; }

    public DateOnly? RegistrationCertificateExpiry { get; set; }

    /// <summary>物价收费码: links the order, price and materials dictionaries.</summary>
    public string? ChargeCode { get; set; }

    /// <summary>国家医保耗材编码 (20 characters).</summary>
    public string? NationalCode { get; set; }

    public StorageCondition StorageCondition { get; set; }

    /// <summary>Shelf life from production, for the receiving rule on remaining shelf life.</summary>
    public int? ShelfLifeMonths { get; set; }

    /// <summary>寄售: supplier-owned until used.</summary>
    public bool IsConsignment { get; set; }

    /// <summary>植入.</summary>
    public bool IsImplant { get; set; }

    public ItemStatus Status { get; set; } = ItemStatus.Active;

    /// <summary>Other suppliers of the same SKU with their prices (the main one is <see cref="SupplierId"/>).</summary>
    public List<ItemSupplier> OtherSuppliers { get; set; } = [];

    public DateTime ChangedUtc { get; set; }

    /// <summary>Optimistic concurrency: an edit made on an older version is refused, not silently lost.</summary>
    public int Version { get; set; }
}
