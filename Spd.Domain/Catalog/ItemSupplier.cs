namespace Spd.Domain.Catalog;

/// <summary>A further supplier of an item, with its own price.</summary>
public sealed class ItemSupplier
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public decimal UnitPrice { get; set; }

    public bool IsActive { get; set; } = true;
}
