using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;

namespace Spd.Domain.Organization;

public sealed record DepartmentRow(int Id, string Code, string Name, DepartmentType Type, string CostCenterCode, string CampusName, bool IsActive);

public sealed record DepartmentFilter(string? Search = null, DepartmentType? Type = null, int? CampusId = null);

public static class DepartmentList
{
    public static readonly SortKeys<Department> Sorts = SortKeys<Department>.ThenBy(d => d.Id)
        .Add("code", d => d.Code)
        .Add("name", d => d.NameInitials + d.Name)
        .Add("type", d => d.Type)
        .Add("costCenterCode", d => d.CostCenterCode)
        .Add("campusName", d => d.Campus!.Name);

    public static Task<PagedResult<DepartmentRow>> QueryAsync(
        SpdDbContext db, DepartmentFilter filter, PageRequest page, string? sortBy = null, bool descending = false, CancellationToken cancellationToken = default)
    {
        var departments = db.Departments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var initials = text.ToLowerInvariant();
            departments = departments.Where(d => d.Code.Contains(text) || d.Name.Contains(text) || d.NameInitials.Contains(initials)
                || d.CostCenterCode.Contains(text));
        }

        if (filter.Type is { } type)
        {
            departments = departments.Where(d => d.Type == type);
        }

        if (filter.CampusId is { } campusId)
        {
            departments = departments.Where(d => d.CampusId == campusId);
        }

        return departments
            .SortBy(Sorts, sortBy, descending)
            .Select(d => new DepartmentRow(d.Id, d.Code, d.Name, d.Type, d.CostCenterCode, d.Campus!.Name, d.IsActive))
            .ToPagedAsync(page, cancellationToken);
    }
}
