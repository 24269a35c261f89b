namespace Spd.Domain.Seeding;

/// <summary>Which reference hospital to generate on an empty database (DOMAIN.md §1).</summary>
public enum SeedProfile
{
    None,

    /// <summary>The provincial orthopaedic hospital: 2 campuses, 2 central and 45 secondary warehouses, 3,000 items.</summary>
    Demo,

    /// <summary>The PUMC scale: 6 central and 280 secondary warehouses, 30,000 items.</summary>
    Large,
}

/// <summary>Section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public SeedProfile Profile { get; set; } = SeedProfile.None;

    /// <summary>Months of warehouse history written when the hospital is first seeded (0 = none).</summary>
    public int HistoryMonths { get; set; } = 12;

    /// <summary>Items each central warehouse stocks in that history.</summary>
    public int HistoryItemsPerCentral { get; set; } = 24;
}
