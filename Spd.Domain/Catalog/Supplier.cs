namespace Spd.Domain.Catalog;

/// <summary>供应商.</summary>
public sealed class Supplier
{
    private string name = "";

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name
    {
        get => name;
        set => (name, NameInitials) = (value, Pinyin.Initials(value));
    }

    /// <summary>Pinyin initials of <see cref="Name"/>, lower case, for search (gykg → 国药控股…).</summary>
    public string NameInitials { get; private set; } = "";

    /// <summary>统一社会信用代码 (18 characters).</summary>
    public string? CreditCode { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>黑名单: a blacklisted supplier receives no orders.</summary>
    public bool Blacklisted { get; private set; }

    public string? BlacklistReason { get; private set; }

    public DateOnly? BlacklistedOn { get; private set; }

    /// <summary>廉洁承诺书 signing date.</summary>
    public DateOnly? IntegrityPledgeDate { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Certificate> Certificates { get; set; } = [];

    public List<Item> Items { get; set; } = [];

    public void Blacklist(string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A blacklist entry needs a reason.", nameof(reason));
        }

        Blacklisted = true;
        BlacklistReason = reason.Trim();
        BlacklistedOn = on;
    }

    public void LiftBlacklist()
    {
        Blacklisted = false;
        BlacklistReason = null;
        BlacklistedOn = null;
    }
}
