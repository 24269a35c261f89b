using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Domain.Admission;

/// <summary>
/// The requests and substitutions a person may see: a department sees its own requests, a supplier
/// the substitutions of its own items, the offices everything. A hospital files some hundred
/// requests a year, so the lists load whole and filter "waiting for me" by the workflow's own rules.
/// </summary>
public static class AdmissionList
{
    private static readonly string[] OfficeRoles =
        [Roles.Admin, Roles.EquipmentDept, Roles.AdmissionCommittee, Roles.PriceOffice, Roles.InsuranceOffice, Roles.Auditor];

    public static bool SeesEveryDepartment(WorkflowActor actor) => OfficeRoles.Any(actor.IsIn);

    public static async Task<IReadOnlyList<AdmissionRequest>> RequestsAsync(SpdDbContext db, WorkflowActor actor, AdmissionStatus? status, bool waitingForMe, CancellationToken cancellationToken = default)
    {
        var query = db.AdmissionRequests.AsNoTracking().Include(r => r.Department).Include(r => r.Steps).AsSplitQuery();
        if (!SeesEveryDepartment(actor))
        {
            query = query.Where(r => r.DepartmentId == actor.DepartmentId);
        }

        if (status is { } only)
        {
            query = query.Where(r => r.Status == only);
        }

        var requests = await query.OrderByDescending(r => r.SubmittedUtc).ToListAsync(cancellationToken);
        return waitingForMe ? [.. requests.Where(r => AdmissionWorkflow.WaitsFor(r, actor))] : requests;
    }

    public static bool CanSee(AdmissionRequest request, WorkflowActor actor) =>
        SeesEveryDepartment(actor) || request.DepartmentId == actor.DepartmentId;

    public static async Task<IReadOnlyList<Substitution>> SubstitutionsAsync(SpdDbContext db, WorkflowActor actor, SubstitutionStatus? status, bool waitingForMe, CancellationToken cancellationToken = default)
    {
        var query = db.Substitutions.AsNoTracking().Include(s => s.OldItem).Include(s => s.NewItem).Include(s => s.Steps).AsSplitQuery();
        if (actor.IsIn(Roles.Supplier) && !SeesEveryDepartment(actor))
        {
            var own = actor.SupplierId ?? -1;
            query = query.Where(s => s.ProposingSupplierId == own || s.OldItem!.SupplierId == own || s.NewItem!.SupplierId == own);
        }

        if (status is { } only)
        {
            query = query.Where(s => s.Status == only);
        }

        var substitutions = await query.OrderByDescending(s => s.ProposedUtc).ToListAsync(cancellationToken);
        return waitingForMe ? [.. substitutions.Where(s => SubstitutionWorkflow.Allowed(s, actor).Count > 0)] : substitutions;
    }

    public static bool CanSee(Substitution substitution, WorkflowActor actor) =>
        !actor.IsIn(Roles.Supplier) || SeesEveryDepartment(actor)
        || (actor.SupplierId is { } own && (substitution.ProposingSupplierId == own || substitution.OldItem?.SupplierId == own || substitution.NewItem?.SupplierId == own));

    /// <summary>Display names of the people in a history, by user name (a deleted account shows its user name).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(SpdDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var names = userNames.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.OrdinalIgnoreCase, cancellationToken);
    }
}
