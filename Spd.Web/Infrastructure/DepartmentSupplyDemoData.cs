using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo only (a seed profile): department supply so that its screens are not empty on a fresh start — delivery
/// settings for every ward with a secondary warehouse (the demo nurse's ward is delivered on today's weekday),
/// surgical kits, fixed-quantity limits and packs for the nurse's ward, a few requisitions of each kind raised and
/// decided through <see cref="Requisitions"/> over the last days, quotas sized so that the ward sits at its warning
/// level, and today's fixed-quantity run. Written once, recognised by its surgical kits.
/// </summary>
public static class DepartmentSupplyDemoData
{
    private const int Routes = 4;

    private static readonly (string Code, string Name, string Operations, (string Item, int Quantity)[] Lines)[] Kits =
    [
        ("TB-THA01", "全髋关节置换套包", "全髋关节置换术,髋关节翻修术",
            [("人工髋关节股骨柄(生物型)", 1), ("人工髋关节髋臼杯", 1), ("人工髋关节髋臼内衬", 1), ("人工髋关节陶瓷股骨头", 1), ("医用纱布块", 20)]),
        ("TB-TKA01", "全膝关节置换套包", "全膝关节置换术",
            [("人工膝关节股骨髁", 1), ("人工膝关节胫骨平台", 1), ("人工膝关节胫骨衬垫", 1), ("丙烯酸树脂骨水泥", 2)]),
        ("TB-PLIF01", "腰椎后路融合套包", "腰椎后路椎间融合术,腰椎管减压术",
            [("椎弓根螺钉(万向)", 4), ("脊柱连接棒", 2), ("腰椎椎间融合器(PEEK)", 1)]),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var db = await services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        if (await db.SurgicalKits.AnyAsync())
        {
            return;
        }

        var nurse = await WorkflowActor.LoadAsync(db, "nurse");
        var equipment = await WorkflowActor.LoadAsync(db, "equipment");
        var wards = await db.Warehouses.AsNoTracking()
            .Where(w => w.Kind == WarehouseKind.Secondary && w.IsActive && w.SupplyingWarehouseId != null && w.OwnerDepartment!.IsActive)
            .OrderBy(w => w.Code)
            .Select(w => new { w.Id, DepartmentId = w.OwnerDepartmentId!.Value, w.CampusId })
            .ToListAsync();
        var ward = wards.FirstOrDefault(w => w.DepartmentId == nurse?.DepartmentId);
        if (nurse is null || equipment is null || ward is null)
        {
            return;
        }

        await AddKitsAsync(db, clock);
        var now = calendar.UtcNow;
        var supplied = await db.DepartmentSupplies.Select(s => s.DepartmentId).ToListAsync();
        var departments = wards.Select(w => (w.DepartmentId, w.CampusId)).Distinct().Where(d => !supplied.Contains(d.DepartmentId)).ToList();
        for (var i = 0; i < departments.Count; i++)
        {
            var (departmentId, campusId) = departments[i];
            db.DepartmentSupplies.Add(new DepartmentSupply
            {
                DepartmentId = departmentId,
                CycleDays = 7,
                DeliveryDay = departmentId == ward.DepartmentId ? calendar.Today.DayOfWeek : (DayOfWeek)(1 + i % 5),
                Route = $"C{campusId}-R{1 + i % Routes}",
                ReceiveAtDispatch = i % 9 == 8,
                ChangedUtc = now,
            });
        }

        await db.SaveChangesAsync();
        var stocked = db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Active && i.ManagementMode == ManagementMode.StockManaged && !i.IsConsignment && i.TrackingMode != TrackingMode.Unique)
            .OrderBy(i => i.Code);
        var charged = await stocked.Where(i => i.Category == ItemCategory.LowValueCharged).Take(4).ToListAsync();
        var uncharged = await stocked.Where(i => i.Category == ItemCategory.LowValueUncharged).Take(3).ToListAsync();
        if (charged.Count < 4 || uncharged.Count < 3)
        {
            return;
        }

        await AddPacksAsync(db, ward.DepartmentId, await stocked.Where(i => i.TrackingMode == TrackingMode.Pack).Take(20).ToListAsync(), equipment, clock);
        await AddLimitsAsync(db, ward.Id, [.. charged, .. uncharged], equipment, clock);
        await AddRequisitionsAsync(db, ward.Id, ward.DepartmentId, charged, uncharged, nurse, equipment, calendar);
        await FixedQuantityReplenishment.RunAsync(db, clock, "system");
        await AddQuotasAsync(db, ward.DepartmentId, wards.Select(w => w.DepartmentId).Distinct().Where(d => d != ward.DepartmentId).Take(3), charged[0], equipment, clock);
    }

    private static async Task AddKitsAsync(SpdDbContext db, TimeProvider clock)
    {
        var items = new Dictionary<string, int>();
        foreach (var name in Kits.SelectMany(k => k.Lines.Select(l => l.Item)).Distinct())
        {
            if (await db.Items.Where(i => i.Status == ItemStatus.Active && i.Name.StartsWith(name)).OrderBy(i => i.Code).Select(i => (int?)i.Id).FirstOrDefaultAsync() is { } id)
            {
                items[name] = id;
            }
        }

        foreach (var (code, name, operations, lines) in Kits)
        {
            var kitLines = lines.Where(l => items.ContainsKey(l.Item)).Select(l => new SurgicalKitLine { ItemId = items[l.Item], Quantity = l.Quantity }).ToList();
            if (kitLines.Count > 0)
            {
                db.SurgicalKits.Add(new SurgicalKit { Code = code, Name = name, OperationTypes = operations, Lines = kitLines, ChangedUtc = clock.GetUtcNow().UtcDateTime });
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Packs of the ward for up to two pack-tracked items it has none of, sized as the consumption would suggest or 10.</summary>
    private static async Task AddPacksAsync(SpdDbContext db, int departmentId, IReadOnlyList<Item> packed, WorkflowActor equipment, TimeProvider clock)
    {
        var defined = await db.PackDefinitions.Where(p => p.DepartmentId == departmentId).Select(p => p.ItemId).ToListAsync();
        var usage = await PackDefinitions.UsagePerCycleAsync(db, departmentId, clock);
        foreach (var item in packed.Where(i => !defined.Contains(i.Id)).Take(2))
        {
            var size = PackDefinitions.SuggestSize(usage.GetValueOrDefault(item.Id)) ?? 10;
            await PackDefinitions.SaveAsync(db, new PackDraft(null, departmentId, item.Id, size), equipment, clock);
        }
    }

    /// <summary>Limits suggested from the ward's consumption where there is history, otherwise set for the demo items; all but two approved.</summary>
    private static async Task AddLimitsAsync(SpdDbContext db, int warehouseId, IReadOnlyList<Item> items, WorkflowActor equipment, TimeProvider clock)
    {
        await FixedQuantityLimits.RefreshSuggestionsAsync(db, warehouseId, clock);
        var limited = await db.FixedQuantityLimits.Where(l => l.WarehouseId == warehouseId).Select(l => l.ItemId).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (item, i) in items.Where(i => !limited.Contains(i.Id)).Select((item, i) => (item, i)))
        {
            var limit = 40 + 20 * i;
            db.FixedQuantityLimits.Add(new FixedQuantityLimit { WarehouseId = warehouseId, ItemId = item.Id, UpperLimit = limit, SuggestedLimit = limit, ChangedUtc = now });
        }

        await db.SaveChangesAsync();
        var ids = await db.FixedQuantityLimits.Where(l => l.WarehouseId == warehouseId).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        await FixedQuantityLimits.ApproveAsync(db, [.. ids.SkipLast(2)], takeSuggestion: true, equipment, clock);
    }

    /// <summary>
    /// A week of the ward's requisitions: temporary ones (one emergency, one cancelled, one left as a draft), over-quota
    /// requests approved, rejected and waiting, and next month's plan waiting for review when the deadline allows.
    /// </summary>
    private static async Task AddRequisitionsAsync(
        SpdDbContext db, int warehouseId, int departmentId, IReadOnlyList<Item> charged, IReadOnlyList<Item> uncharged,
        WorkflowActor nurse, WorkflowActor equipment, BusinessCalendar calendar)
    {
        var clock = new SimulatedClock(calendar.UtcNow.AddDays(-6));
        var service = new Requisitions(clock, new RequisitionOptions { MonthlyPlanDeadlineDay = 28 });
        RequisitionDraft Draft(RequisitionKind kind, string? reason, DispatchPriority priority, params (Item Item, int Quantity)[] lines) => new()
        {
            Kind = kind, DepartmentId = departmentId, WarehouseId = warehouseId, Reason = reason, Priority = priority,
            Lines = [.. lines.Select(l => new RequisitionLineDraft(l.Item.Id, l.Quantity))],
        };

        async Task<Requisition> SubmitAsync(RequisitionDraft draft)
        {
            var saved = await service.SaveDraftAsync(db, draft, nurse);
            clock.Advance(TimeSpan.FromMinutes(7));
            return await service.SubmitAsync(db, saved.Id, saved.Version, nurse);
        }

        await SubmitAsync(Draft(RequisitionKind.Temporary, "本周择期手术增加，常规补充", DispatchPriority.Normal, (charged[0], 60), (charged[1], 40), (uncharged[0], 100)));
        clock.Advance(TimeSpan.FromDays(1));
        await SubmitAsync(Draft(RequisitionKind.Temporary, "夜间抢救用量大，急需补充", DispatchPriority.Emergency, (charged[2], 20)));
        clock.Advance(TimeSpan.FromDays(1));
        var cancelled = await SubmitAsync(Draft(RequisitionKind.Temporary, "预计加台手术", DispatchPriority.Normal, (uncharged[1], 50)));
        await service.CancelAsync(db, cancelled.Id, cancelled.Version, nurse, "手术取消，不再需要");
        clock.Advance(TimeSpan.FromDays(1));
        var approved = await SubmitAsync(Draft(RequisitionKind.OverQuota, "骨科日间手术试点，本月用量超出限额", DispatchPriority.Normal, (charged[0], 30), (charged[3], 30)));
        clock.Advance(TimeSpan.FromHours(3));
        await service.ApproveAsync(db, approved.Id, approved.Version, equipment, "试点期间同意，下月调整限额",
            approved.Lines.ToDictionary(l => l.Id, l => l.ItemId == charged[3].Id ? 20 : l.Quantity));
        clock.Advance(TimeSpan.FromDays(1));
        var rejected = await SubmitAsync(Draft(RequisitionKind.OverQuota, "科室备用", DispatchPriority.Normal, (charged[1], 200)));
        clock.Advance(TimeSpan.FromHours(2));
        await service.RejectAsync(db, rejected.Id, rejected.Version, equipment, "备用理由不充分，请按实际消耗申领");
        clock.Advance(TimeSpan.FromDays(1));
        await SubmitAsync(Draft(RequisitionKind.OverQuota, "新开展关节镜手术，耗材需求增加", DispatchPriority.Emergency, (charged[2], 30), (uncharged[2], 40)));
        if (calendar.Today.Day <= 28)
        {
            clock.Set(calendar.UtcNow.AddHours(-2));
            await SubmitAsync(Draft(RequisitionKind.MonthlyPlan, null, DispatchPriority.Normal,
                [.. charged.Select((item, i) => (item, 200 + 50 * i)), .. uncharged.Select((item, i) => (item, 300 + 100 * i))]));
        }

        clock.Set(calendar.UtcNow.AddMinutes(-30));
        await service.SaveDraftAsync(db, Draft(RequisitionKind.Temporary, "下周手术排班待定", DispatchPriority.Normal, (uncharged[0], 30)), nurse);
    }

    /// <summary>
    /// The nurse's ward sits at about 85 % of its monthly amount, at half its uncharged quota and at its single-item
    /// limit, measured over the month's requests; a few other wards get a monthly amount.
    /// </summary>
    private static async Task AddQuotasAsync(SpdDbContext db, int departmentId, IEnumerable<int> others, Item keyItem, WorkflowActor equipment, TimeProvider clock)
    {
        var calendar = new BusinessCalendar(clock);
        var used = await QuotaCheck.UsedAsync(db, departmentId, QuotaCheck.FirstOfMonth(calendar.Today), null, calendar);
        var charged = QuotaCheck.Measure(QuotaKind.MonthlyAmount, null, used);
        var uncharged = QuotaCheck.Measure(QuotaKind.UnchargedAmount, null, used);
        var keyItemUsed = QuotaCheck.Measure(QuotaKind.ItemQuantity, keyItem.Id, used);
        await DepartmentQuotas.SaveAsync(db, new QuotaDraft(null, departmentId, QuotaKind.MonthlyAmount, null, Math.Max(200m, Math.Ceiling(charged / 0.85m / 10) * 10)), equipment, clock);
        await DepartmentQuotas.SaveAsync(db, new QuotaDraft(null, departmentId, QuotaKind.UnchargedAmount, null, Math.Max(200m, Math.Ceiling(uncharged * 2 / 10) * 10)), equipment, clock);
        await DepartmentQuotas.SaveAsync(db, new QuotaDraft(null, departmentId, QuotaKind.ItemQuantity, keyItem.Id, Math.Max(50m, keyItemUsed)), equipment, clock);
        foreach (var other in others)
        {
            await DepartmentQuotas.SaveAsync(db, new QuotaDraft(null, other, QuotaKind.MonthlyAmount, null, 30000m), equipment, clock);
        }
    }
}
