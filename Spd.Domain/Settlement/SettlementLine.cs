using Spd.Domain.Catalog;
using Spd.Domain.Clinical;

namespace Spd.Domain.Settlement;

/// <summary>
/// What the hospital owes a supplier for consignment stock used on a patient: the stock became the
/// hospital's at that moment (即入即出). Monthly statements gather these lines.
/// </summary>
public sealed class SettlementLine
{
    public long Id { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public long ConsumptionId { get; set; }

    public Consumption? Consumption { get; set; }

    public int ItemId { get; set; }

    public Item? Item { get; set; }

    public string LotNumber { get; set; } = "";

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }

    public DateTime AtUtc { get; set; }
}
