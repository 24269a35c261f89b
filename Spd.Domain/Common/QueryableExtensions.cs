using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Spd.Domain.Common;

public static class QueryableExtensions
{
    public static async Task<PagedResult<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(page.Offset).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Orders by one of the allowed keys (an unknown name falls back to the default), then by the tie-breaker for a stable page order.</summary>
    public static IQueryable<T> SortBy<T>(this IQueryable<T> query, SortKeys<T> keys, string? field, bool descending) =>
        keys.Apply(query, field, descending);
}

/// <summary>The columns a list may be sorted by, by name (case-insensitive); the first added is the default.</summary>
public sealed class SortKeys<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreaker;
    private Func<IQueryable<T>, bool, IOrderedQueryable<T>>? defaultKey;

    private SortKeys(Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreaker) => this.tieBreaker = tieBreaker;

    public static SortKeys<T> ThenBy<TKey>(Expression<Func<T, TKey>> tieBreaker) => new(q => q.ThenBy(tieBreaker));

    public IEnumerable<string> Names => keys.Keys;

    public SortKeys<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        Func<IQueryable<T>, bool, IOrderedQueryable<T>> order = (q, descending) => descending ? q.OrderByDescending(key) : q.OrderBy(key);
        defaultKey ??= order;
        keys[name] = order;
        return this;
    }

    internal IQueryable<T> Apply(IQueryable<T> query, string? field, bool descending)
    {
        var order = field is not null && keys.TryGetValue(field, out var chosen) ? chosen : defaultKey
            ?? throw new InvalidOperationException("No sort key was added.");
        return tieBreaker(order(query, descending));
    }
}
