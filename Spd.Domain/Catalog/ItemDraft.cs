namespace Spd.Domain.Catalog;

/// <summary>The editable fields of an item, as a form, the API and an import row give them.</summary>
public sealed record ItemDraft
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string Specification { get; init; } = "";

    public string? Model { get; init; }

    public string Unit { get; init; } = "";

    public string? PackUnit { get; init; }

    public int PackQuantity { get; init; } = 1;

    public int ManufacturerId { get; init; }

    public int SupplierId { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal? ChargePrice { get; init; }

    public ItemCategory Category { get; init; }

    public ManagementMode ManagementMode { get; init; }

    public TrackingMode TrackingMode { get; init; }

    public string? UdiDi { get; init; }

    public string? RegistrationCertificateNo { get; init; }

    public DateOnly? RegistrationCertificateExpiry { get; init; }

    public string? ChargeCode { get; init; }

    public string? NationalCode { get; init; }

    public StorageCondition StorageCondition { get; init; }

    public int? ShelfLifeMonths { get; init; }

    public bool IsConsignment { get; init; }

    public bool IsImplant { get; init; }

    public ItemStatus Status { get; init; } = ItemStatus.Active;

    public static ItemDraft From(Item item) => new()
    {
        Code = item.Code,
        Name = item.Name,
        Specification = item.Specification,
        Model = item.Model,
        Unit = item.Unit,
        PackUnit = item.PackUnit,
        PackQuantity = item.PackQuantity,
        ManufacturerId = item.ManufacturerId,
        SupplierId = item.SupplierId,
        UnitPrice = item.UnitPrice,
        ChargePrice = item.ChargePrice,
        Category = item.Category,
        ManagementMode = item.ManagementMode,
        TrackingMode = item.TrackingMode,
        UdiDi = item.UdiDi,
        RegistrationCertificateNo = item.RegistrationCertificateNo,
        RegistrationCertificateExpiry = item.RegistrationCertificateExpiry,
        ChargeCode = item.ChargeCode,
        NationalCode = item.NationalCode,
        StorageCondition = item.StorageCondition,
        ShelfLifeMonths = item.ShelfLifeMonths,
        IsConsignment = item.IsConsignment,
        IsImplant = item.IsImplant,
        Status = item.Status,
    };

    /// <summary>Trims text and turns blank optional text into null, so that "" and null never differ.</summary>
    public ItemDraft Normalized() => this with
    {
        Code = Code.Trim(),
        Name = Name.Trim(),
        Specification = Specification.Trim(),
        Model = Blank(Model),
        Unit = Unit.Trim(),
        PackUnit = Blank(PackUnit),
        UdiDi = Blank(UdiDi),
        RegistrationCertificateNo = Blank(RegistrationCertificateNo),
        ChargeCode = Blank(ChargeCode),
        NationalCode = Blank(NationalCode)?.ToUpperInvariant(),
    };

    public Item ToNewItem()
    {
        var item = new Item { Code = Code, Name = Name, Specification = Specification, Unit = Unit };
        ApplyTo(item);
        return item;
    }

    public void ApplyTo(Item item)
    {
        item.Code = Code;
        item.Name = Name;
        item.Specification = Specification;
        item.Model = Model;
        item.Unit = Unit;
        item.PackUnit = PackUnit;
        item.PackQuantity = PackQuantity;
        item.ManufacturerId = ManufacturerId;
        item.SupplierId = SupplierId;
        item.UnitPrice = UnitPrice;
        item.ChargePrice = ChargePrice;
        item.Category = Category;
        item.ManagementMode = ManagementMode;
        item.TrackingMode = TrackingMode;
        item.UdiDi = UdiDi;
        item.RegistrationCertificateNo = RegistrationCertificateNo;
        item.RegistrationCertificateExpiry = RegistrationCertificateExpiry;
        item.ChargeCode = ChargeCode;
        item.NationalCode = NationalCode;
        item.StorageCondition = StorageCondition;
        item.ShelfLifeMonths = ShelfLifeMonths;
        item.IsConsignment = IsConsignment;
        item.IsImplant = IsImplant;
        item.Status = Status;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
