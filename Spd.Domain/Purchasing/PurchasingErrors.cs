namespace Spd.Domain.Purchasing;

/// <summary>Codes of the supplier-portal rules; screens translate <c>Validation.{Code}</c>, the API returns the English message.</summary>
public static class PurchasingErrors
{
    public const string NotFound = nameof(NotFound);
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);

    /// <summary>Someone changed the order or note since the screen read it.</summary>
    public const string ChangedMeanwhile = nameof(ChangedMeanwhile);

    public const string OrderNotPublished = nameof(OrderNotPublished);
    public const string OrderNotOpen = nameof(OrderNotOpen);
    public const string DeliveryDateInPast = nameof(DeliveryDateInPast);
    public const string DeliveryDateTooLate = nameof(DeliveryDateTooLate);

    public const string LineComplete = nameof(LineComplete);
    public const string AlreadyShort = nameof(AlreadyShort);
    public const string NotShort = nameof(NotShort);
    public const string ShortAfterReceipt = nameof(ShortAfterReceipt);

    public const string NoteNotDraft = nameof(NoteNotDraft);
    public const string NoteHasNoLines = nameof(NoteHasNoLines);
    public const string UnknownOrderLine = nameof(UnknownOrderLine);
    public const string UnknownItemCode = nameof(UnknownItemCode);
    public const string AmbiguousItemCode = nameof(AmbiguousItemCode);
    public const string ExternalRefReused = nameof(ExternalRefReused);
    public const string QuantityPositive = nameof(QuantityPositive);
    public const string QuantityAboveOpen = nameof(QuantityAboveOpen);
    public const string ProductionInFuture = nameof(ProductionInFuture);
    public const string ExpiryNotAfterProduction = nameof(ExpiryNotAfterProduction);
    public const string ExpiryPassed = nameof(ExpiryPassed);
}
