using Spd.Domain.Catalog;
using Spd.Domain.Organization;

namespace Spd.Domain.Clinical;

public enum OrderSource
{
    /// <summary>Sent by HIS with its bound items.</summary>
    His,

    /// <summary>Created by a scan of an order-linked item without an order (扫码生成医嘱).</summary>
    Scan,
}

public enum OrderStatus
{
    Open,

    /// <summary>Every bound item consumed.</summary>
    Completed,

    Cancelled,
}

/// <summary>医嘱: a patient's order with the consumables bound to it; for order-linked items it is the requisition.</summary>
public sealed class HisOrder
{
    public int Id { get; set; }

    /// <summary>The HIS order number, unique; a resent order updates, never duplicates.</summary>
    public required string OrderNo { get; set; }

    public int PatientId { get; set; }

    public Patient? Patient { get; set; }

    /// <summary>就诊号 / 住院号.</summary>
    public required string EncounterNo { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int? DoctorId { get; set; }

    public Doctor? Doctor { get; set; }

    public int? SurgeryId { get; set; }

    public Surgery? Surgery { get; set; }

    /// <summary>The procedure or operation the order is for.</summary>
    public string? Operation { get; set; }

    /// <summary>DRG 病组 code, when HIS knows it.</summary>
    public string? DrgGroup { get; set; }

    public OrderSource Source { get; set; }

    public OrderStatus Status { get; set; }

    public DateTime OrderedUtc { get; set; }

    public DateTime ChangedUtc { get; set; }

    public List<HisOrderLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public sealed class HisOrderLine
{
    public long Id { get; set; }

    public int HisOrderId { get; set; }

    public HisOrder? HisOrder { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int Quantity { get; set; }

    public int ConsumedQuantity { get; set; }
}
