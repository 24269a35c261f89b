using Spd.Domain.Catalog;

namespace Spd.Domain.Purchasing;

/// <summary>配送单 / 随货同行单: what the supplier ships against one purchase order; its QR code is <see cref="No"/>.</summary>
public sealed class DeliveryNote
{
    public int Id { get; set; }

    public required string No { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public int PurchaseOrderId { get; set; }

    public PurchaseOrder? PurchaseOrder { get; set; }

    public DeliveryNoteStatus Status { get; set; }

    public DeliveryNoteSource Source { get; set; }

    /// <summary>The supplier ERP's own number: a note resubmitted with it is not created twice.</summary>
    public string? ExternalRef { get; set; }

    public DateOnly DeliveryDate { get; set; }

    /// <summary>送货人 and phone.</summary>
    public string? Courier { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public List<DeliveryNoteLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public sealed class DeliveryNoteLine
{
    public long Id { get; set; }

    public int DeliveryNoteId { get; set; }

    public DeliveryNote? DeliveryNote { get; set; }

    public long PurchaseOrderLineId { get; set; }

    public PurchaseOrderLine? PurchaseOrderLine { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int Quantity { get; set; }

    public required string LotNumber { get; set; }

    public DateOnly? ProductionDate { get; set; }

    public DateOnly ExpiryDate { get; set; }

    public string? RegistrationCertificateNo { get; set; }

    public int AcceptedQuantity { get; set; }

    public int RefusedQuantity { get; set; }
}
