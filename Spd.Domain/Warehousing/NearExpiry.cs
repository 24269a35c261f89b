using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;

namespace Spd.Domain.Warehousing;

/// <summary>How close to its expiry a lot is: already expired, inside the urgent window, or inside the warning window.</summary>
public enum ExpiryBand
{
    Expired,
    Urgent,
    Warning,
}

/// <summary>The alert window of one item category, in days before expiry.</summary>
public sealed class ExpiryWindow
{
    public int WarningDays { get; set; } = 90;

    public int UrgentDays { get; set; } = 30;

    public bool IsValid => UrgentDays >= 0 && WarningDays >= UrgentDays;

    /// <summary>The band of a lot expiring on <paramref name="expiry"/>; none when it is further off than the warning window.</summary>
    public ExpiryBand? BandOf(DateOnly expiry, DateOnly today)
    {
        var days = expiry.DayNumber - today.DayNumber;
        return days < 0 ? ExpiryBand.Expired : days <= UrgentDays ? ExpiryBand.Urgent : days <= WarningDays ? ExpiryBand.Warning : null;
    }
}

/// <summary>
/// Section <c>Expiry</c>: near-expiry windows (DOMAIN.md §4.9: 90 / 30 days by default, configurable per
/// item category, e.g. <c>Expiry:Categories:HighValue:WarningDays = 180</c>) and when the daily alert runs.
/// </summary>
public sealed class ExpiryOptions
{
    public const string Section = "Expiry";

    public int WarningDays { get; set; } = 90;

    public int UrgentDays { get; set; } = 30;

    /// <summary>Categories whose window differs from the default; a value left out keeps the default's.</summary>
    public Dictionary<ItemCategory, CategoryExpiryWindow> Categories { get; set; } = [];

    /// <summary>Quartz cron expression, in the hospital's time zone; 07:00 every day by default.</summary>
    public string Cron { get; set; } = "0 0 7 * * ?";

    public bool IsValid => Enum.GetValues<ItemCategory>().All(c => For(c).IsValid);

    public ExpiryWindow For(ItemCategory category)
    {
        var own = Categories.GetValueOrDefault(category);
        return new ExpiryWindow { WarningDays = own?.WarningDays ?? WarningDays, UrgentDays = own?.UrgentDays ?? UrgentDays };
    }
}

/// <summary>One category's window in <see cref="ExpiryOptions.Categories"/>.</summary>
public sealed class CategoryExpiryWindow
{
    public int? WarningDays { get; set; }

    public int? UrgentDays { get; set; }
}

public sealed record NearExpiryFilter(int? WarehouseId = null, ItemCategory? Category = null, ExpiryBand? Band = null, string? Search = null, int? DepartmentId = null);

public sealed record NearExpiryRow(
    long BalanceId,
    int Version,
    int WarehouseId,
    string WarehouseName,
    WarehouseKind WarehouseKind,
    string? DepartmentName,
    string? LocationCode,
    int ItemId,
    string ItemCode,
    string ItemName,
    string Specification,
    string Unit,
    ItemCategory Category,
    string LotNumber,
    DateOnly ExpiryDate,
    int Quantity,
    decimal UnitCost)
{
    public decimal Value => Quantity * UnitCost;

    public int DaysLeft(DateOnly today) => ExpiryDate.DayNumber - today.DayNumber;
}

/// <summary>Lines, pieces and value of near-expiry stock in one warehouse and band.</summary>
public sealed record NearExpiryCount(int WarehouseId, ExpiryBand Band, int Lines, int Quantity, decimal Value);

/// <summary>
/// 近效期: available stock (quarantined stock is already set apart) whose expiry falls inside its
/// category's warning window, expired stock still on the shelf included, soonest first.
/// </summary>
public static class NearExpiry
{
    public static Task<PagedResult<NearExpiryRow>> QueryAsync(
        SpdDbContext db, ExpiryOptions options, DateOnly today, NearExpiryFilter filter, PageRequest page, CancellationToken ct = default) =>
        Balances(db, options, today, filter)
            .OrderBy(b => b.ExpiryDate).ThenBy(b => b.Warehouse!.Code).ThenBy(b => b.Id)
            .Select(b => new NearExpiryRow(
                b.Id, b.Version, b.WarehouseId, b.Warehouse!.Name, b.Warehouse.Kind,
                b.Warehouse.OwnerDepartment == null ? null : b.Warehouse.OwnerDepartment.Name,
                b.Location == null ? null : b.Location.Code,
                b.ItemId, b.Item!.Code, b.Item.Name, b.Item.Specification, b.Item.Unit, b.Item.Category,
                b.LotNumber, b.ExpiryDate!.Value, b.Quantity, b.UnitCost))
            .ToPagedAsync(page, ct);

    /// <summary>Near-expiry stock per warehouse and band: the daily alert and the totals above the list.</summary>
    public static async Task<IReadOnlyList<NearExpiryCount>> CountAsync(
        SpdDbContext db, ExpiryOptions options, DateOnly today, NearExpiryFilter filter, CancellationToken ct = default)
    {
        // Decimal sums do not translate on SQLite, and the rows inside the window are few: add them up here.
        var rows = await Balances(db, options, today, filter with { Band = null })
            .Select(b => new { b.WarehouseId, b.Item!.Category, Expiry = b.ExpiryDate!.Value, b.Quantity, b.UnitCost })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => (r.WarehouseId, Band: options.For(r.Category).BandOf(r.Expiry, today)!.Value, r.Quantity, Value: r.Quantity * r.UnitCost))
            .Where(r => filter.Band is not { } band || r.Band == band)
            .GroupBy(r => (r.WarehouseId, r.Band))
            .OrderBy(g => g.Key.WarehouseId).ThenBy(g => g.Key.Band)
            .Select(g => new NearExpiryCount(g.Key.WarehouseId, g.Key.Band, g.Count(), g.Sum(r => r.Quantity), g.Sum(r => r.Value)))];
    }

    private static IQueryable<StockBalance> Balances(SpdDbContext db, ExpiryOptions options, DateOnly today, NearExpiryFilter filter)
    {
        var balances = db.StockBalances.AsNoTracking()
            .Where(b => b.State == StockState.Available && b.Quantity > 0 && b.ExpiryDate != null)
            .Where(InBand(options, today, filter.Band));
        if (filter.WarehouseId is { } warehouseId)
        {
            balances = balances.Where(b => b.WarehouseId == warehouseId);
        }

        if (filter.Category is { } category)
        {
            balances = balances.Where(b => b.Item!.Category == category);
        }

        if (filter.DepartmentId is { } departmentId)
        {
            balances = balances.Where(b => b.Warehouse!.OwnerDepartmentId == departmentId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            balances = balances.Where(b => b.LotNumber.Contains(text) || b.Item!.Code.Contains(text) || b.Item.Name.Contains(text) || b.Item.NameInitials.Contains(initials));
        }

        return balances;
    }

    /// <summary>
    /// Expiry between the band's bounds of each category's window, as one OR per category so that the
    /// database filters (and uses the expiry index) however the windows are configured.
    /// </summary>
    private static Expression<Func<StockBalance, bool>> InBand(ExpiryOptions options, DateOnly today, ExpiryBand? band)
    {
        var balance = Expression.Parameter(typeof(StockBalance), "b");
        var expiry = Expression.Property(balance, nameof(StockBalance.ExpiryDate));
        var category = Expression.Property(Expression.Property(balance, nameof(StockBalance.Item)), nameof(Item.Category));
        Expression? body = null;
        foreach (var value in Enum.GetValues<ItemCategory>())
        {
            var window = options.For(value);
            var (from, to) = band switch
            {
                ExpiryBand.Expired => ((DateOnly?)null, today.AddDays(-1)),
                ExpiryBand.Urgent => (today, today.AddDays(window.UrgentDays)),
                ExpiryBand.Warning => (today.AddDays(window.UrgentDays + 1), today.AddDays(window.WarningDays)),
                _ => (null, today.AddDays(window.WarningDays)),
            };
            Expression test = Expression.AndAlso(
                Expression.Equal(category, Expression.Constant(value)),
                Expression.LessThanOrEqual(expiry, Expression.Constant(to, typeof(DateOnly?))));
            if (from is { } start)
            {
                test = Expression.AndAlso(test, Expression.GreaterThanOrEqual(expiry, Expression.Constant(start, typeof(DateOnly?))));
            }

            body = body is null ? test : Expression.OrElse(body, test);
        }

        return Expression.Lambda<Func<StockBalance, bool>>(body!, balance);
    }
}
