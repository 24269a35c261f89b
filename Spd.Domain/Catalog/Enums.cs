namespace Spd.Domain.Catalog;

public enum ItemCategory
{
    /// <summary>高值耗材.</summary>
    HighValue,

    /// <summary>低值收费耗材.</summary>
    LowValueCharged,

    /// <summary>低值不收费耗材.</summary>
    LowValueUncharged,
}

public enum ManagementMode
{
    /// <summary>医嘱管理类: bound to a doctor's order, scanned per patient, charged automatically.</summary>
    OrderLinked,

    /// <summary>库存管理类: department stock, scanned on use.</summary>
    StockManaged,
}

public enum TrackingMode
{
    /// <summary>一物一码: UDI-PI, RFID EPC or an internal serial per piece.</summary>
    Unique,

    /// <summary>定数包: a fixed-quantity pack barcode.</summary>
    Pack,

    Bulk,
}

public enum ItemStatus
{
    /// <summary>Created from an admission; waits for its charge code and national code.</summary>
    Draft,

    Active,
    Suspended,
    Replaced,
}

public enum StorageCondition
{
    /// <summary>常温 (10–30 °C).</summary>
    Ambient,

    /// <summary>阴凉 (≤ 20 °C).</summary>
    Cool,

    /// <summary>冷藏 (2–8 °C), cold chain.</summary>
    Refrigerated,

    /// <summary>冷冻.</summary>
    Frozen,
}
