using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Tests.Infrastructure;
using static Spd.Tests.Domain.Departments.RequisitionTestKit;

namespace Spd.Tests.Domain.Departments;

/// <summary>限额管控: the ward's monthly quotas over its requisitions (ADR 9), warned at 80 % and 100 %, blocked above.</summary>
public sealed class QuotaTests
{
    [Theory]
    [InlineData(799, QuotaLevel.Normal)]
    [InlineData(800, QuotaLevel.Warning)]
    [InlineData(999.99, QuotaLevel.Warning)]
    [InlineData(1000, QuotaLevel.Full)]
    [InlineData(1000.01, QuotaLevel.Exceeded)]
    public void Usage_is_warned_from_80_percent_full_at_100_and_exceeded_above(decimal after, QuotaLevel expected) =>
        Assert.Equal(expected, QuotaCheck.LevelOf(after, 1000, new RequisitionOptions()));

    [Fact]
    public void The_thresholds_come_from_the_settings()
    {
        var options = new RequisitionOptions { QuotaWarningPercent = 70, QuotaLimitPercent = 110 };

        Assert.Equal(QuotaLevel.Warning, QuotaCheck.LevelOf(700, 1000, options));
        Assert.Equal(QuotaLevel.Warning, QuotaCheck.LevelOf(1050, 1000, options));
        Assert.Equal(QuotaLevel.Full, QuotaCheck.LevelOf(1100, 1000, options));
        Assert.Equal(QuotaLevel.Exceeded, QuotaCheck.LevelOf(1100.5m, 1000, options));
    }

    [Fact]
    public void Each_quota_measures_its_own_part_of_the_lines()
    {
        QuotaLine[] lines =
        [
            new(1, ItemCategory.LowValueCharged, 1.5m, 10),
            new(2, ItemCategory.HighValue, 100m, 2),
            new(3, ItemCategory.LowValueUncharged, 0.5m, 40),
        ];

        Assert.Equal(215m, QuotaCheck.Measure(QuotaKind.MonthlyAmount, null, lines));
        Assert.Equal(20m, QuotaCheck.Measure(QuotaKind.UnchargedAmount, null, lines));
        Assert.Equal(2m, QuotaCheck.Measure(QuotaKind.ItemQuantity, 2, lines));
    }

    [Fact]
    public async Task Requests_up_to_the_monthly_amount_pass_with_warnings_and_the_next_one_is_blocked()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddQuotaAsync(fixture, QuotaKind.MonthlyAmount, 1200m);

        var first = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 800)));
        await using (var db = fixture.Database.Create())
        {
            var usage = Assert.Single(await Service(fixture).QuotaAsync(db, first));
            Assert.Equal((0m, 960m, QuotaLevel.Warning), (usage.Used, usage.Requested, usage.Level));
        }

        var second = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 200)));
        Assert.Equal(RequisitionStatus.Submitted, second.Status);

        await using var check = fixture.Database.Create();
        var service = Service(fixture);
        var third = await service.SaveDraftAsync(check, Temporary(fixture, (fixture.Gauze, 1)), Nurse(fixture));
        var preview = Assert.Single(await service.QuotaAsync(check, third));
        Assert.Equal(1200m, preview.Used);
        Assert.Equal(1.2m, preview.Requested);
        Assert.Equal(QuotaLevel.Exceeded, preview.Level);

        var blocked = await Assert.ThrowsAsync<WorkflowException>(() => service.SubmitAsync(check, third.Id, third.Version, Nurse(fixture)));
        Assert.Equal(QuotaCheck.QuotaExceeded, blocked.Code);
        Assert.Equal("QuotaExceededMonthlyAmount", Assert.Single(blocked.Errors).Code);
        await using var after = fixture.Database.Create();
        Assert.Equal(RequisitionStatus.Draft, (await after.Requisitions.SingleAsync(r => r.Id == third.Id)).Status);
    }

    [Fact]
    public async Task A_blocked_request_passes_once_the_equipment_department_approves_it_over_quota()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddQuotaAsync(fixture, QuotaKind.ItemQuantity, 100m, fixture.Syringe);
        await SubmitAsync(fixture, Temporary(fixture, (fixture.Syringe, 100)));
        var service = Service(fixture);
        Requisition draft;
        await using (var db = fixture.Database.Create())
        {
            draft = await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Syringe, 40)) with { Priority = DispatchPriority.Emergency }, Nurse(fixture));
            var blocked = await Assert.ThrowsAsync<WorkflowException>(() => service.SubmitAsync(db, draft.Id, draft.Version, Nurse(fixture)));
            Assert.Equal("QuotaExceededItemQuantity", Assert.Single(blocked.Errors).Code);
        }

        await using (var db = fixture.Database.Create())
        {
            draft = await service.RequestOverQuotaAsync(db, draft.Id, draft.Version, Nurse(fixture));
        }

        Assert.Equal(RequisitionKind.OverQuota, draft.Kind);
        Assert.Equal(RequisitionStatus.PendingApproval, draft.Status);
        Assert.Equal(new DateOnly(2026, 11, 1), draft.ForMonth);
        Assert.Null(draft.SubmittedUtc);

        await using (var db = fixture.Database.Create())
        {
            draft = await service.ApproveAsync(db, draft.Id, draft.Version, Equipment, "术前备货，同意");
        }

        Assert.Equal(RequisitionStatus.Submitted, draft.Status);
        Assert.Equal(DispatchPriority.Emergency, draft.Priority);
        Assert.NotNull(draft.SubmittedUtc);
        Assert.Equal("equipment", draft.ApprovedBy);
        Assert.Equal(40, Assert.Single(draft.Lines).ApprovedQuantity);
        await using var read = fixture.Database.Create();
        var usage = Assert.Single(await QuotaCheck.UsageAsync(read, fixture.Ward.Id, new DateOnly(2026, 11, 1), [], null, new(fixture.Database.Clock), new RequisitionOptions()));
        Assert.Equal(140m, usage.Used);
        Assert.Equal(QuotaLevel.Exceeded, usage.Level);
    }

    [Fact]
    public async Task A_spent_quota_does_not_block_a_request_that_adds_nothing_to_it()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        Item cotton;
        await using (var db = fixture.Database.CreateUnaudited())
        {
            cotton = MasterDataBuilder.Registered(
                MasterDataBuilder.NewItem("WZ1009", "医用棉签", "10cm", 0.05m, fixture.Supplier, await db.Manufacturers.FirstAsync(), ItemCategory.LowValueUncharged), fixture.Today);
            db.Items.Add(cotton);
            await db.SaveChangesAsync();
        }

        await AddQuotaAsync(fixture, QuotaKind.MonthlyAmount, 100m);
        await AddQuotaAsync(fixture, QuotaKind.UnchargedAmount, 50m);
        await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 80)));

        var uncharged = await SubmitAsync(fixture, Temporary(fixture, (cotton, 1000)));

        Assert.Equal(RequisitionStatus.Submitted, uncharged.Status);
        await using var read = fixture.Database.Create();
        var usage = await QuotaCheck.UsageAsync(read, fixture.Ward.Id, new DateOnly(2026, 11, 1), [], null, new(fixture.Database.Clock), new RequisitionOptions());
        Assert.Equal([96m, 50m], usage.Select(u => u.Used));
        Assert.Equal([QuotaLevel.Warning, QuotaLevel.Full], usage.Select(u => u.Level));
        await using var db2 = fixture.Database.Create();
        var service = Service(fixture);
        var more = await service.SaveDraftAsync(db2, Temporary(fixture, (cotton, 1)), Nurse(fixture));
        var blocked = await Assert.ThrowsAsync<WorkflowException>(() => service.SubmitAsync(db2, more.Id, more.Version, Nurse(fixture)));
        Assert.Equal("QuotaExceededUnchargedAmount", Assert.Single(blocked.Errors).Code);
    }

    [Fact]
    public async Task Rejected_cancelled_and_waiting_requests_do_not_count()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddQuotaAsync(fixture, QuotaKind.MonthlyAmount, 1000m);
        var service = Service(fixture);
        var cancelled = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 100)));
        await using (var db = fixture.Database.Create())
        {
            await service.CancelAsync(db, cancelled.Id, cancelled.Version, Nurse(fixture));
            var waiting = await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 200)) with { Kind = RequisitionKind.OverQuota }, Nurse(fixture));
            waiting = await service.SubmitAsync(db, waiting.Id, waiting.Version, Nurse(fixture));
            Assert.Equal(RequisitionStatus.PendingApproval, waiting.Status);
            var rejected = await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 300)) with { Kind = RequisitionKind.OverQuota }, Nurse(fixture));
            rejected = await service.SubmitAsync(db, rejected.Id, rejected.Version, Nurse(fixture));
            await service.RejectAsync(db, rejected.Id, rejected.Version, Equipment, "本月已超支");
            await service.SaveDraftAsync(db, Temporary(fixture, (fixture.Gauze, 400)), Nurse(fixture));
        }

        await using var read = fixture.Database.Create();
        var usage = Assert.Single(await QuotaCheck.UsageAsync(read, fixture.Ward.Id, new DateOnly(2026, 11, 1), [], null, new(fixture.Database.Clock), new RequisitionOptions()));
        Assert.Equal(0m, usage.Used);
    }

    [Fact]
    public async Task A_request_counts_in_the_month_it_was_submitted_and_a_plan_in_the_month_it_is_for()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await AddQuotaAsync(fixture, QuotaKind.MonthlyAmount, 1000m);
        await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 100)));
        var plan = await SubmitAsync(fixture, Temporary(fixture, (fixture.Gauze, 50)) with { Kind = RequisitionKind.MonthlyPlan, Reason = null });
        await using (var db = fixture.Database.Create())
        {
            await Service(fixture).ApproveAsync(db, plan.Id, plan.Version, Equipment);
        }

        await using var read = fixture.Database.Create();
        var calendar = new Spd.Domain.Common.BusinessCalendar(fixture.Database.Clock);
        var november = Assert.Single(await QuotaCheck.UsageAsync(read, fixture.Ward.Id, new DateOnly(2026, 11, 1), [], null, calendar, new RequisitionOptions()));
        var december = Assert.Single(await QuotaCheck.UsageAsync(read, fixture.Ward.Id, new DateOnly(2026, 12, 1), [], null, calendar, new RequisitionOptions()));
        Assert.Equal(120m, november.Used);
        Assert.Equal(60m, december.Used);
    }
}
