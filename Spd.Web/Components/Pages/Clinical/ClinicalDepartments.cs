using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Web.Security;

namespace Spd.Web.Components.Pages.Clinical;

/// <summary>What a record list may show a user: their own department only, or every department with a choice among those that used stock.</summary>
public sealed record ClinicalDepartments(int? Only, IReadOnlyList<(int Id, string Name)> Choices)
{
    public static async Task<ClinicalDepartments> LoadAsync(SpdDbContext db, ClaimsPrincipal user)
    {
        if (await ClinicalScope.DepartmentAsync(db, user) is { } only)
        {
            return new ClinicalDepartments(only, []);
        }

        var used = await db.Departments.AsNoTracking()
            .Where(d => db.Consumptions.Any(c => c.DepartmentId == d.Id))
            .OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Name })
            .ToListAsync();
        return new ClinicalDepartments(null, [.. used.Select(d => (d.Id, d.Name))]);
    }

    /// <summary>The department to filter by: always the user's own when restricted.</summary>
    public int? Filter(int? chosen) => Only ?? chosen;
}
