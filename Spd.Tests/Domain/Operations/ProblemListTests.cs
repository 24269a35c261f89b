using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Operations;
using Spd.Domain.Organization;
using Spd.Domain.Security;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Operations;

public sealed class ProblemListTests : IAsyncLifetime
{
    private DepartmentFixture f = null!;
    private Department spine = null!;

    public async Task InitializeAsync()
    {
        f = await DepartmentFixture.CreateAsync();
        await using var db = f.Database.Create();
        spine = new Department { Code = "K002", Name = "脊柱外科", CostCenterCode = "CC002", Type = DepartmentType.Clinical, CampusId = f.Ward.CampusId };
        db.Departments.Add(spine);
        db.AssistantAssignments.Add(new AssistantAssignment { UserName = "assistant", DepartmentId = f.Ward.Id });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private static WorkflowActor Assistant => new("assistant", new HashSet<string> { Roles.OperationsAssistant });

    private static WorkflowActor Equipment => new("equipment", new HashSet<string> { Roles.EquipmentDept });

    private static WorkflowActor Auditor => new("auditor", new HashSet<string> { Roles.Auditor });

    private Problems Problems => new(f.Database.Clock);

    private ProblemDraft Draft(int departmentId, string description = "二级库高值耗材未及时扫码消耗", int dueInDays = 7) =>
        new(departmentId, ProblemCategory.ServiceProcess, description, "护士长 刘芳", f.Today.AddDays(dueInDays));

    private async Task<ProblemRow> CreateAsync(WorkflowActor actor, int departmentId, string description = "二级库高值耗材未及时扫码消耗")
    {
        await using var db = f.Database.Create();
        var result = await Problems.CreateAsync(db, actor, Draft(departmentId, description));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return result.Problem!;
    }

    private async Task<PagedResult<ProblemRow>> ListAsync(WorkflowActor actor, ProblemFilter? filter = null)
    {
        await using var db = f.Database.Create();
        return await ProblemList.QueryAsync(db, await ProblemScope.ForAsync(db, actor), filter ?? new ProblemFilter(), new BusinessCalendar(f.Database.Clock).Today, new PageRequest());
    }

    [Fact]
    public async Task An_assistant_sees_and_logs_problems_of_their_departments_only_while_the_equipment_department_sees_all()
    {
        await CreateAsync(Assistant, f.Ward.Id, "关节外科问题");
        await CreateAsync(Equipment, spine.Id, "脊柱外科问题");

        await using (var db = f.Database.Create())
        {
            var refused = await Problems.CreateAsync(db, Assistant, Draft(spine.Id));
            Assert.Equal(Problems.ProblemOutOfScope, Assert.Single(refused.Errors).Code);
            var auditor = await Problems.CreateAsync(db, Auditor, Draft(f.Ward.Id));
            Assert.Equal(Problems.ProblemOutOfScope, Assert.Single(auditor.Errors).Code);
        }

        Assert.Equal(["关节外科问题"], (await ListAsync(Assistant)).Items.Select(p => p.Description));
        Assert.Equal(2, (await ListAsync(Equipment)).TotalCount);
        Assert.Equal(2, (await ListAsync(Auditor)).TotalCount);
        Assert.Equal(["脊柱外科问题"], (await ListAsync(Equipment, new ProblemFilter(DepartmentId: spine.Id))).Items.Select(p => p.Description));

        var other = (await ListAsync(Equipment, new ProblemFilter(DepartmentId: spine.Id))).Items[0];
        await using (var db = f.Database.Create())
        {
            var edit = await Problems.ChangeStatusAsync(db, Assistant, other.Id, other.Version, ProblemStatus.InProgress, null);
            Assert.Equal(Problems.ProblemOutOfScope, Assert.Single(edit.Errors).Code);
        }
    }

    [Fact]
    public async Task A_problem_goes_open_in_progress_resolved_with_its_resolution_and_closed_stays_closed()
    {
        var problem = await CreateAsync(Assistant, f.Ward.Id);
        Assert.Equal((ProblemStatus.Open, "assistant"), (problem.Status, problem.FoundBy));

        await using var db = f.Database.Create();
        var started = (await Problems.ChangeStatusAsync(db, Assistant, problem.Id, problem.Version, ProblemStatus.InProgress, null)).Problem!;
        var unexplained = await Problems.ChangeStatusAsync(db, Assistant, started.Id, started.Version, ProblemStatus.Resolved, "  ");
        f.Database.Clock.Advance(TimeSpan.FromDays(2));
        var resolved = (await Problems.ChangeStatusAsync(db, Assistant, started.Id, started.Version, ProblemStatus.Resolved, "增加扫码提醒，已连续一周无漏扫")).Problem!;
        var reopened = await Problems.ChangeStatusAsync(db, Assistant, resolved.Id, resolved.Version, ProblemStatus.InProgress, null);
        var stale = await Problems.ChangeStatusAsync(db, Assistant, problem.Id, problem.Version, ProblemStatus.Dropped, "重复");

        Assert.Equal(ProblemStatus.InProgress, started.Status);
        Assert.Equal("Required", Assert.Single(unexplained.Errors).Code);
        Assert.Equal((ProblemStatus.Resolved, "增加扫码提醒，已连续一周无漏扫", f.Database.Clock.GetUtcNow().UtcDateTime),
            (resolved.Status, resolved.Resolution, resolved.ResolvedUtc!.Value));
        Assert.Equal(Problems.ProblemTransition, Assert.Single(reopened.Errors).Code);
        Assert.Equal(Problems.ProblemChanged, Assert.Single(stale.Errors).Code);
    }

    [Fact]
    public async Task A_problem_still_open_after_its_due_date_is_overdue_and_a_closed_one_never_is()
    {
        var late = await CreateAsync(Assistant, f.Ward.Id, "逾期问题");
        var done = await CreateAsync(Assistant, f.Ward.Id, "已解决问题");
        await using (var db = f.Database.Create())
        {
            await Problems.ChangeStatusAsync(db, Assistant, done.Id, done.Version, ProblemStatus.Resolved, "已处理");
            Assert.Equal(Problems.DueDateInPast, (await Problems.CreateAsync(db, Assistant, Draft(f.Ward.Id, dueInDays: -1))).Errors.Single().Code);
        }

        f.Database.Clock.Advance(TimeSpan.FromDays(8));
        var today = f.Today.AddDays(8);
        var rows = (await ListAsync(Assistant)).Items;

        Assert.True(rows.Single(r => r.Id == late.Id).IsOverdue(today));
        Assert.False(rows.Single(r => r.Id == late.Id).IsOverdue(f.Today.AddDays(7)));
        Assert.False(rows.Single(r => r.Id == done.Id).IsOverdue(today));
        Assert.Equal([late.Id], (await ListAsync(Assistant, new ProblemFilter(OverdueOnly: true))).Items.Select(r => r.Id));
    }

    [Fact]
    public void The_resolution_rate_is_resolved_over_found_less_dropped_per_department_and_overall()
    {
        // By hand: 关节外科 5 found, 3 resolved, 1 dropped, 1 open → 3 / (5 − 1) = 75 %;
        // 脊柱外科 2 found, both dropped → n/a; 眼科 2 found, 1 open, 1 in progress → 0 %.
        // Overall 9 found, 3 resolved, 3 dropped → 3 / 6 = 50 %.
        (int, string, ProblemStatus)[] problems =
        [
            (1, "关节外科", ProblemStatus.Resolved), (1, "关节外科", ProblemStatus.Resolved), (1, "关节外科", ProblemStatus.Resolved),
            (1, "关节外科", ProblemStatus.Dropped), (1, "关节外科", ProblemStatus.Open),
            (2, "脊柱外科", ProblemStatus.Dropped), (2, "脊柱外科", ProblemStatus.Dropped),
            (3, "眼科", ProblemStatus.Open), (3, "眼科", ProblemStatus.InProgress),
        ];

        var departments = ProblemResolutionRate.PerDepartment(problems).ToDictionary(d => d.DepartmentName);
        var overall = ProblemResolutionRate.Overall(problems.Select(p => p.Item3));

        Assert.Equal((5, 3, 1, 1, 0.75m), (departments["关节外科"].Found, departments["关节外科"].Resolved, departments["关节外科"].Dropped, departments["关节外科"].Open,
            departments["关节外科"].Rate));
        Assert.Null(departments["脊柱外科"].Rate);
        Assert.Equal(0m, departments["眼科"].Rate);
        Assert.Equal((9, 3, 0.5m), (overall.Found, overall.Resolved, overall.Rate));
        Assert.Null(ProblemResolutionRate.Overall([]).Rate);
    }

    [Fact]
    public async Task The_rates_read_from_the_database_follow_the_users_scope()
    {
        var problem = await CreateAsync(Assistant, f.Ward.Id);
        await CreateAsync(Equipment, spine.Id);
        await using var db = f.Database.Create();
        await Problems.ChangeStatusAsync(db, Assistant, problem.Id, problem.Version, ProblemStatus.Resolved, "已处理");

        var mine = await ProblemList.RatesAsync(db, await ProblemScope.ForAsync(db, Assistant));
        var all = await ProblemList.RatesAsync(db, await ProblemScope.ForAsync(db, Equipment));

        Assert.Equal([("关节外科", (decimal?)1m)], mine.Departments.Select(d => (d.DepartmentName, d.Rate)));
        Assert.Equal((2, 0.5m), (all.Overall.Found, all.Overall.Rate));
    }

    [Fact]
    public async Task The_equipment_department_sets_which_departments_an_assistant_looks_after()
    {
        await using var db = f.Database.Create();
        db.Users.Add(new SpdUser { UserName = "assistant", DisplayName = "运营助理 孙悦" });
        await db.SaveChangesAsync();
        var role = new Microsoft.AspNetCore.Identity.IdentityRole(Roles.OperationsAssistant) { NormalizedName = Roles.OperationsAssistant.ToUpperInvariant() };
        db.Roles.Add(role);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = db.Users.Single().Id, RoleId = role.Id });
        await db.SaveChangesAsync();

        Assert.Empty(await AssistantAssignments.SetAsync(db, "assistant", [spine.Id]));
        Assert.Equal(AssistantAssignments.NotAnAssistant, (await AssistantAssignments.SetAsync(db, "nobody", [spine.Id])).Single().Code);

        var row = Assert.Single(await AssistantAssignments.ListAsync(db));
        Assert.Equal(["脊柱外科"], row.Departments.Select(d => d.Name));
        Assert.True((await Problems.CreateAsync(db, Assistant, Draft(spine.Id))).Succeeded);
        Assert.False((await Problems.CreateAsync(db, Assistant, Draft(f.Ward.Id))).Succeeded);
    }
}
