using Spd.Domain.Catalog;

namespace Spd.Web.Components.Pages.Admission;

/// <summary>An item, supplier or manufacturer as a picker shows it.</summary>
public sealed record ItemOption(int Id, string Text)
{
    public static ItemOption From(PartnerOption partner) => new(partner.Id, $"{partner.Code} {partner.Name}");
}
