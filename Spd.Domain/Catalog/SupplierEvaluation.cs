namespace Spd.Domain.Catalog;

/// <summary>A periodic evaluation of a supplier (供应商评价): scores 0–100 per aspect.</summary>
public sealed class SupplierEvaluation
{
    public int Id { get; set; }

    public int SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public int QualityScore { get; set; }

    public int DeliveryScore { get; set; }

    public int ServiceScore { get; set; }

    public int PriceScore { get; set; }

    public string? Comment { get; set; }

    public required string EvaluatedBy { get; set; }

    public DateOnly EvaluatedOn { get; set; }

    public decimal TotalScore => (QualityScore + DeliveryScore + ServiceScore + PriceScore) / 4m;
}
