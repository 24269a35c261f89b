using System.Globalization;
using System.Text.RegularExpressions;
using Spd.Domain.Common;

namespace Spd.Domain.Purchasing;

/// <summary>The date and courier of a delivery note.</summary>
public sealed record DeliveryNoteHeader(DateOnly? DeliveryDate, string? Courier)
{
    public DeliveryNoteHeader Normalized() => this with { Courier = DeliveryNoteValidator.Clean(Courier) };
}

/// <summary>One line of a delivery note as the supplier enters it: which order line, how many, and the lot's data (批号, 生产日期, 效期, 注册证).</summary>
public sealed record DeliveryLineInput(
    long OrderLineId, int Quantity, string? LotNumber, DateOnly? ProductionDate, DateOnly? ExpiryDate, string? RegistrationCertificateNo)
{
    public DeliveryLineInput Normalized() => this with
    {
        LotNumber = DeliveryNoteValidator.Clean(LotNumber),
        RegistrationCertificateNo = DeliveryNoteValidator.Clean(RegistrationCertificateNo),
    };
}

/// <summary>
/// The delivery-note rules, the same for the portal and <c>POST /api/v1/delivery-notes</c>. Field names are
/// those of <see cref="DeliveryLineInput"/> and <see cref="DeliveryNoteHeader"/>; an error of a whole note's
/// line is named <c>Lines[i].Field</c> (<see cref="LineField"/>).
/// </summary>
public static partial class DeliveryNoteValidator
{
    public const int LotMaxLength = 40;
    public const int RegistrationMaxLength = 64;
    public const int CourierMaxLength = 100;
    public const int ExternalRefMaxLength = 64;

    public static IReadOnlyList<ValidationError> Header(DeliveryNoteHeader header, DateOnly today)
    {
        header = header.Normalized();
        var errors = new List<ValidationError>();
        if (header.DeliveryDate is not { } date)
        {
            errors.Add(new(nameof(DeliveryNoteHeader.DeliveryDate), PurchasingErrors.Required, "The delivery date is required."));
        }
        else if (date < today)
        {
            errors.Add(new(nameof(DeliveryNoteHeader.DeliveryDate), PurchasingErrors.DeliveryDateInPast, $"The delivery date {date:yyyy-MM-dd} is in the past."));
        }

        MaxLength(errors, nameof(DeliveryNoteHeader.Courier), header.Courier, CourierMaxLength);
        return errors;
    }

    /// <summary>The rules of one line on its own; the quantity against the order is <see cref="Quantities"/>.</summary>
    public static IReadOnlyList<ValidationError> Line(DeliveryLineInput line, DateOnly today)
    {
        line = line.Normalized();
        var errors = new List<ValidationError>();
        if (line.Quantity <= 0)
        {
            errors.Add(new(nameof(DeliveryLineInput.Quantity), PurchasingErrors.QuantityPositive, "The quantity must be more than zero."));
        }

        Required(errors, nameof(DeliveryLineInput.LotNumber), line.LotNumber, LotMaxLength);
        if (line.ProductionDate is { } produced && produced > today)
        {
            errors.Add(new(nameof(DeliveryLineInput.ProductionDate), PurchasingErrors.ProductionInFuture, $"The production date {produced:yyyy-MM-dd} is in the future."));
        }

        if (line.ExpiryDate is not { } expiry)
        {
            errors.Add(new(nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.Required, "The expiry date is required."));
        }
        else if (line.ProductionDate is { } production && expiry <= production)
        {
            errors.Add(new(nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.ExpiryNotAfterProduction, "The expiry date must be after the production date."));
        }
        else if (expiry <= today)
        {
            // Goods that expire today cannot be used after receipt: they count as expired.
            errors.Add(new(nameof(DeliveryLineInput.ExpiryDate), PurchasingErrors.ExpiryPassed, $"The lot expired on {expiry:yyyy-MM-dd}.",
                expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        Required(errors, nameof(DeliveryLineInput.RegistrationCertificateNo), line.RegistrationCertificateNo, RegistrationMaxLength);
        return errors;
    }

    /// <summary>
    /// The lines' quantities against what is still to deliver per order line: adding up in the given order,
    /// the line that goes beyond it carries the error (one per order line).
    /// </summary>
    public static IReadOnlyList<(int Index, ValidationError Error)> Quantities(
        IReadOnlyList<DeliveryLineInput> lines, IReadOnlyDictionary<long, int> toDeliver)
    {
        var errors = new List<(int, ValidationError)>();
        var totals = new Dictionary<long, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Quantity <= 0 || !toDeliver.TryGetValue(line.OrderLineId, out var open) || totals.GetValueOrDefault(line.OrderLineId) < 0)
            {
                continue;
            }

            var total = totals.GetValueOrDefault(line.OrderLineId) + line.Quantity;
            if (total > open)
            {
                errors.Add((i, new ValidationError(nameof(DeliveryLineInput.Quantity), PurchasingErrors.QuantityAboveOpen,
                    $"Only {open} of the order line are still to deliver; the note's lines for it add up to {total}.", open, total)));
                total = -1;
            }

            totals[line.OrderLineId] = total;
        }

        return errors;
    }

    public static string LineField(int index, string field) => $"Lines[{index.ToString(CultureInfo.InvariantCulture)}].{field}";

    /// <summary>Splits <c>Lines[2].LotNumber</c> into (2, LotNumber); a field of the note itself has no index.</summary>
    public static (int? Line, string Field) SplitField(string field) =>
        LineFieldPattern().Match(field) is { Success: true } match
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value)
            : (null, field);

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Required(List<ValidationError> errors, string field, string? value, int maxLength)
    {
        if (value is null)
        {
            errors.Add(new(field, PurchasingErrors.Required, $"{field} is required."));
        }
        else
        {
            MaxLength(errors, field, value, maxLength);
        }
    }

    private static void MaxLength(List<ValidationError> errors, string field, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            errors.Add(new(field, PurchasingErrors.TooLong, $"{field} is longer than {maxLength} characters.", maxLength));
        }
    }

    [GeneratedRegex(@"^Lines\[(\d+)\]\.(.+)$")]
    private static partial Regex LineFieldPattern();
}
