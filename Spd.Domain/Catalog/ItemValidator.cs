using System.Text.RegularExpressions;
using Spd.Domain.Common;

namespace Spd.Domain.Catalog;

/// <summary>
/// The one set of item rules, used by the item form, <c>POST/PUT /api/v1/items</c> and the Excel
/// import. Field names are those of <see cref="ItemDraft"/>.
/// </summary>
public static partial class ItemValidator
{
    /// <param name="draft">The item as it would be saved (normalised).</param>
    /// <param name="lookup">The rest of the catalogue.</param>
    /// <param name="current">The item as it is now, for an edit; null for a new item.</param>
    /// <param name="itemId">The id of the edited item, so that it does not collide with itself.</param>
    public static IReadOnlyList<ValidationError> Validate(ItemDraft draft, CatalogLookup lookup, ItemDraft? current = null, int? itemId = null)
    {
        var errors = new List<ValidationError>();
        void Add(string field, string code, string message, params object[] arguments) =>
            errors.Add(new ValidationError(field, code, message, arguments));

        Required(nameof(ItemDraft.Code), draft.Code, 32);
        Required(nameof(ItemDraft.Name), draft.Name, 200);
        Required(nameof(ItemDraft.Specification), draft.Specification, 200);
        Required(nameof(ItemDraft.Unit), draft.Unit, 16);
        Optional(nameof(ItemDraft.Model), draft.Model, 100);
        Optional(nameof(ItemDraft.PackUnit), draft.PackUnit, 16);
        Optional(nameof(ItemDraft.RegistrationCertificateNo), draft.RegistrationCertificateNo, 64);
        Optional(nameof(ItemDraft.ChargeCode), draft.ChargeCode, 32);

        if (draft.Code.Length > 0 && lookup.ItemWithCode(draft.Code, itemId) is not null)
        {
            Add(nameof(ItemDraft.Code), "DuplicateCode", $"Item code {draft.Code} is already used.", draft.Code);
        }

        if (!lookup.Manufacturers.ContainsKey(draft.ManufacturerId))
        {
            Add(nameof(ItemDraft.ManufacturerId), "UnknownManufacturer", "Choose a known manufacturer.");
        }

        if (!lookup.Suppliers.TryGetValue(draft.SupplierId, out var supplier))
        {
            Add(nameof(ItemDraft.SupplierId), "UnknownSupplier", "Choose a known supplier.");
        }
        else if (supplier.Blacklisted && current?.SupplierId != draft.SupplierId)
        {
            // Existing items of a supplier blacklisted later stay editable; nobody may choose it anew.
            Add(nameof(ItemDraft.SupplierId), "BlacklistedSupplier", $"Supplier {supplier.Code} is blacklisted.", supplier.Code);
        }

        if (draft.UnitPrice < 0)
        {
            Add(nameof(ItemDraft.UnitPrice), "NegativePrice", "The price cannot be negative.");
        }

        if (draft.ChargePrice < 0)
        {
            Add(nameof(ItemDraft.ChargePrice), "NegativePrice", "The price cannot be negative.");
        }

        if (draft.PackQuantity < 1)
        {
            Add(nameof(ItemDraft.PackQuantity), "PackQuantityAtLeastOne", "A pack holds at least one unit.");
        }
        else if (draft.PackQuantity > 1 && draft.PackUnit is null)
        {
            Add(nameof(ItemDraft.PackUnit), "PackUnitRequired", "Name the pack unit when a pack holds more than one unit.");
        }

        if (draft.ShelfLifeMonths is < 1 or > 600)
        {
            Add(nameof(ItemDraft.ShelfLifeMonths), "ShelfLifeRange", "Shelf life is 1 to 600 months.");
        }

        if (draft.UdiDi is { } udi && !RegistryCodes.IsValidGtin14(udi))
        {
            if (udi.Length == 14 && udi.All(char.IsAsciiDigit))
            {
                var expected = RegistryCodes.Gs1CheckDigit(udi[..13]);
                Add(nameof(ItemDraft.UdiDi), "GtinCheckDigit", $"UDI-DI {udi} has a wrong check digit (expected {expected}).", udi, expected);
            }
            else
            {
                Add(nameof(ItemDraft.UdiDi), "GtinFormat", "UDI-DI is a GTIN-14: exactly 14 digits.", udi);
            }
        }

        if (draft.NationalCode is { } national && !NationalCodeFormat().IsMatch(national))
        {
            Add(nameof(ItemDraft.NationalCode), "NationalCodeFormat", "The national insurance code is C followed by 19 digits.", national);
        }

        if (draft.RegistrationCertificateExpiry is not null && draft.RegistrationCertificateNo is null)
        {
            Add(nameof(ItemDraft.RegistrationCertificateNo), "CertificateNumberRequired", "Give the registration certificate number with its expiry.");
        }

        CheckCategoryRules();
        return errors;

        void CheckCategoryRules()
        {
            var charged = draft.Category != ItemCategory.LowValueUncharged;
            if (!charged && draft.ChargeCode is not null)
            {
                Add(nameof(ItemDraft.ChargeCode), "UnchargedWithChargeCode", "An uncharged consumable has no charge code.");
            }

            if (!charged && draft.ManagementMode == ManagementMode.OrderLinked)
            {
                Add(nameof(ItemDraft.ManagementMode), "OrderLinkedNeedsCharge", "Order-linked items are charged to the patient; choose a charged category.");
            }

            if (draft.ChargeCode is { } chargeCode && lookup.ItemWithChargeCode(chargeCode, itemId) is not null)
            {
                Add(nameof(ItemDraft.ChargeCode), "DuplicateChargeCode", $"Charge code {chargeCode} belongs to another item.", chargeCode);
            }

            if (draft.Category == ItemCategory.HighValue && draft.TrackingMode != TrackingMode.Unique)
            {
                Add(nameof(ItemDraft.TrackingMode), "HighValueTrackedUniquely", "High-value consumables carry one code per piece.");
            }
        }

        void Required(string field, string value, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, "Required", $"{field} is required.");
            }
            else
            {
                Optional(field, value, maxLength);
            }
        }

        void Optional(string field, string? value, int maxLength)
        {
            if (value is { Length: > 0 } && value.Length > maxLength)
            {
                Add(field, "TooLong", $"{field} is longer than {maxLength} characters.", maxLength);
            }
        }
    }

    [GeneratedRegex("^C[0-9]{19}$")]
    private static partial Regex NationalCodeFormat();
}
