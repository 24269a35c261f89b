namespace Spd.Domain.Inventory;

/// <summary>Whether stock may be taken. Quarantined stock (隔离) moves only to return or scrap.</summary>
public enum StockState
{
    Available,

    /// <summary>隔离: bad, recalled, expired or refused goods, set apart physically and in the system.</summary>
    Quarantined,

    /// <summary>在途: dispatched to this warehouse and not yet signed for; only the department's receipt or a return takes it.</summary>
    InTransit,
}

/// <summary>What a ledger entry did to stock.</summary>
public enum StockMovementKind
{
    /// <summary>入库: goods accepted from a supplier.</summary>
    Receipt,

    /// <summary>上架: from the receiving area to a fixed location.</summary>
    PutAway,

    /// <summary>移库: between locations or warehouses.</summary>
    Transfer,

    /// <summary>出库: dispatched towards a department.</summary>
    Dispatch,

    /// <summary>科室验收: received by a department warehouse.</summary>
    DepartmentReceipt,

    /// <summary>消耗: used on a patient or in a department.</summary>
    Consumption,

    /// <summary>退货: back to the supplier or the central warehouse.</summary>
    Return,

    /// <summary>盘盈盘亏 and other book corrections.</summary>
    Adjustment,

    /// <summary>隔离: available → quarantined.</summary>
    Quarantine,

    /// <summary>解除隔离: quarantined → available.</summary>
    Release,

    /// <summary>报损 / 销毁.</summary>
    Scrap,
}

/// <summary>The business document a ledger entry belongs to.</summary>
public enum StockDocumentType
{
    Receipt,
    PutAway,
    Stocktake,
    Recall,
    Transfer,
    Dispatch,
    DepartmentReceipt,
    Consumption,
    Return,
    Scrap,
    Seed,
}
