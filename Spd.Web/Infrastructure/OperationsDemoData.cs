using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Operations;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Security;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): the demo assistant looks after the demo nurse's department and the next two clinical
/// departments, and half a year of problems found across departments — in the seed's proportion (230 found, 213
/// solved), scaled to 46 found and 42 resolved, one dropped, three still open, one of them overdue — logged and
/// closed through <see cref="Problems"/> on a simulated clock. Once: nothing is done when problems exist.
/// </summary>
public static class OperationsDemoData
{
    public const string Assistant = "assistant";

    private const int AssistantDepartments = 3;
    private const int Found = 46;
    private const int HistoryDays = 180;

    private static readonly string[] Owners = ["护士长 刘芳", "科主任 黄志强", "器械护士 王丽", "科室秘书 陈静", "设备科 李建国", "SPD 库管 张伟"];

    private static readonly (ProblemCategory Category, string Description, string Resolution)[] Findings =
    [
        (ProblemCategory.Efficiency, "二级库定数包补货周期偏长，周一上午常缺注射器", "补货周期由每周一次改为每周两次，近四周无缺货"),
        (ProblemCategory.Efficiency, "高值耗材扫码消耗平均滞后 2 天，月末集中补扫", "术后当日扫码纳入护士长日查，滞后降至当日"),
        (ProblemCategory.Efficiency, "临时申领占比过高，未按定数周期申领", "按近三个月用量调整定数上限，临时申领减少六成"),
        (ProblemCategory.Efficiency, "定数包标签未集中存放，回收率不足九成", "护士站设标签回收盒，每日交 SPD 回收"),
        (ProblemCategory.ServiceProcess, "周三下午配送多次晚于约定时间", "调整配送路线，周三改为上午送达"),
        (ProblemCategory.ServiceProcess, "签收单未及时返回库房", "签收后由配送员当班带回，纳入考核"),
        (ProblemCategory.ServiceProcess, "护士不清楚退货原因如何选择", "完成退货流程培训并张贴操作卡"),
        (ProblemCategory.ServiceProcess, "医嘱绑定耗材后未扫码，存在漏计费风险", "PDA 增加未扫码提醒，漏扫清零"),
        (ProblemCategory.ServiceProcess, "科室验收未逐项核对批号效期", "验收改为逐包扫码核对"),
        (ProblemCategory.EquipmentEfficiency, "输液泵闲置率高，部分长期未使用", "6 台调剂至急诊科，使用率提升"),
        (ProblemCategory.EquipmentEfficiency, "呼吸机借用登记不完整", "借用改为系统登记，纸质登记停用"),
        (ProblemCategory.EquipmentEfficiency, "PDA 电池老化，扫码时常中断", "更换电池 4 块，增配备用 PDA"),
        (ProblemCategory.MaterialCost, "同病组止血材料费用高于组均值", "与科室讨论使用指征，次均费用回落"),
        (ProblemCategory.MaterialCost, "低值不收费耗材月用量增长 25%", "设定单品限额并每周通报"),
        (ProblemCategory.MaterialCost, "吻合器单价高，建议评估国产替代", "完成国产产品准入，替代使用"),
        (ProblemCategory.MaterialCost, "纱布类开包后未用完即丢弃", "改用小规格包装，浪费减少"),
        (ProblemCategory.MaterialCost, "科室限额连续两月超过 80% 预警线", "复核限额与收入比，调整申领计划"),
        (ProblemCategory.Other, "二级库温湿度记录缺失 3 天", "补记并设每日提醒"),
        (ProblemCategory.Other, "库位标识不清，效期标签被遮挡", "重新制作库位标识，近效期前置"),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.DepartmentProblems.AnyAsync())
        {
            return;
        }

        var departments = await db.Departments.AsNoTracking().Where(d => d.Type == DepartmentType.Clinical && d.IsActive).OrderBy(d => d.Id).Select(d => d.Id).Take(9).ToListAsync();
        if (departments.Count == 0 || !await db.Users.AnyAsync(u => u.UserName == Assistant))
        {
            return;
        }

        var mine = departments.Take(AssistantDepartments).ToList();
        await AssistantAssignments.SetAsync(db, Assistant, mine);

        var assistant = new WorkflowActor(Assistant, new HashSet<string> { Roles.OperationsAssistant });
        var equipment = new WorkflowActor("equipment", new HashSet<string> { Roles.EquipmentDept });
        var today = calendar.Today;
        var random = new Random(230);
        var clock = new SimulatedClock(calendar.UtcNow);
        var problems = new Problems(clock);
        for (var i = 0; i < Found; i++)
        {
            // The assistant's own departments get half of the problems, and the ones still open.
            var department = i % 2 == 0 ? mine[i / 2 % mine.Count] : departments[i % departments.Count];
            var actor = mine.Contains(department) ? assistant : equipment;
            var (category, description, resolution) = Findings[i % Findings.Length];
            var fate = i switch
            {
                0 => ProblemStatus.Open,
                2 => ProblemStatus.InProgress,
                4 => ProblemStatus.InProgress,
                7 => ProblemStatus.Dropped,
                _ => ProblemStatus.Resolved,
            };
            // Open problems are recent; the one in progress since three weeks is overdue.
            var foundDaysAgo = fate switch
            {
                ProblemStatus.Open => 3,
                ProblemStatus.InProgress => i == 2 ? 21 : 6,
                _ => random.Next(20, HistoryDays),
            };
            var found = today.AddDays(-foundDaysAgo);
            clock.Set(At(calendar, found, 9 + random.Next(8)));
            var due = fate == ProblemStatus.InProgress && foundDaysAgo > 14 ? found.AddDays(14) : found.AddDays(7 + random.Next(3) * 7);
            var created = await problems.CreateAsync(db, actor, new ProblemDraft(department, category, description, Owners[random.Next(Owners.Length)], due));
            var row = created.Problem ?? throw new InvalidOperationException($"Demo problem refused: {created.Errors[0].Message}");
            if (fate == ProblemStatus.Open)
            {
                continue;
            }

            clock.Set(At(calendar, found.AddDays(1), 10));
            row = (await problems.ChangeStatusAsync(db, actor, row.Id, row.Version, ProblemStatus.InProgress, null)).Problem!;
            if (fate is ProblemStatus.Resolved or ProblemStatus.Dropped)
            {
                clock.Set(At(calendar, found.AddDays(2 + random.Next(Math.Min(16, foundDaysAgo - 2))), 16));
                await problems.ChangeStatusAsync(db, actor, row.Id, row.Version, fate, fate == ProblemStatus.Dropped ? "与已登记问题重复，合并处理" : resolution);
            }
        }
    }

    private static DateTimeOffset At(BusinessCalendar calendar, DateOnly day, int hour) =>
        new(calendar.ToUtc(day.ToDateTime(new TimeOnly(hour, 0))), TimeSpan.Zero);
}
