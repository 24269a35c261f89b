using Spd.Domain.Catalog;
using Spd.Domain.Organization;

namespace Spd.Domain.Departments;

public enum QuotaKind
{
    /// <summary>月度限额: the department's monthly amount (CNY) for charged consumables.</summary>
    MonthlyAmount,

    /// <summary>单品专项管控: a monthly quantity of one key item.</summary>
    ItemQuantity,

    /// <summary>定额: the monthly amount (CNY) of uncharged consumables.</summary>
    UnchargedAmount,
}

/// <summary>限额: a standing monthly limit of a department, warned at 80 % and blocked above 100 %.</summary>
public sealed class DepartmentQuota
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public QuotaKind Kind { get; set; }

    /// <summary>The key item of an <see cref="QuotaKind.ItemQuantity"/> quota.</summary>
    public int? ItemId { get; set; }

    public Item? Item { get; set; }

    /// <summary>CNY for amounts, base units for an item quantity.</summary>
    public decimal MonthlyLimit { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime ChangedUtc { get; set; }
}
