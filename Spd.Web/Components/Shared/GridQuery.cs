using MudBlazor;
using Spd.Domain.Common;

namespace Spd.Web.Components.Shared;

/// <summary>Turns a data grid's state into the page and sort the domain list queries take.</summary>
public static class GridQuery
{
    public static PageRequest Page<T>(GridState<T> state) => new(state.Page + 1, Math.Clamp(state.PageSize, 1, PageRequest.MaxPageSize));

    public static (string? Field, bool Descending) Sort<T>(GridState<T> state) =>
        state.SortDefinitions.FirstOrDefault() is { } sort ? (sort.SortBy, sort.Descending) : (null, false);

    public static GridData<T> Data<T>(PagedResult<T> result) => new() { Items = result.Items, TotalItems = result.TotalCount };
}
