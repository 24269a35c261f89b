namespace Spd.Domain.Purchasing;

public enum Urgency
{
    /// <summary>普通预警: deliver within 24 h.</summary>
    Normal,

    /// <summary>紧急预警 (below safety stock): deliver within 8 h.</summary>
    Urgent,
}

public enum PurchasePlanStatus
{
    PendingApproval,
    Approved,
    Rejected,
}

public enum PurchasePlanLineStatus
{
    Open,

    /// <summary>Became a purchase order line.</summary>
    Ordered,

    /// <summary>Not ordered: blacklisted supplier or invalid certificates (<see cref="PurchasePlanLine.RefusalCode"/>).</summary>
    Refused,

    /// <summary>Taken out by the equipment department before approval.</summary>
    Removed,
}

public enum PurchaseOrderStatus
{
    /// <summary>Sent to the supplier portal, waiting for the delivery date.</summary>
    Published,

    /// <summary>交期确认: the supplier confirmed the delivery date.</summary>
    Confirmed,

    PartiallyReceived,
    Received,

    /// <summary>Closed with lines still short.</summary>
    Closed,

    Cancelled,
}

public enum DeliveryNoteStatus
{
    Draft,
    Submitted,

    /// <summary>The warehouse has started checking it.</summary>
    Receiving,

    Received,
}

public enum DeliveryNoteSource
{
    Portal,

    /// <summary>Submitted by the supplier's ERP through the API.</summary>
    Api,
}
