using Spd.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Persistence;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>
/// Demo admission requests in every status and a few substitutions, made by the demo users through
/// the real workflows so that every step and audit line is what a person would have produced.
/// Runs once, after the demo accounts; the steps span about 46 days and end a week or more before today.
/// </summary>
public static class AdmissionDemoSeeder
{
    private sealed record Sample(string Name, string Specification, ItemCategory Category, string Reason, int Quantity, decimal Price, AdmissionStatus Target, string Applicant = "nurse", bool Replaces = false);

    private static readonly Sample[] Samples =
    [
        new("可吸收带线锚钉", "Φ5.0mm", ItemCategory.HighValue, "肩袖修补术式增加，现用锚钉不可吸收，术后影像干扰大。", 120, 3680m, AdmissionStatus.Active, "doctor", Replaces: true),
        new("一次性使用关节镜刨削刀头", "4.0mm 全半径", ItemCategory.HighValue, "关节镜手术量增长，现有刀头规格不全。", 300, 980m, AdmissionStatus.ChargeCodeSet),
        new("骨水泥（含庆大霉素）", "40g", ItemCategory.HighValue, "翻修手术需抗生素骨水泥，降低感染风险。", 80, 1450m, AdmissionStatus.ItemCreated, "doctor"),
        new("一次性使用负压引流护创材料", "10×15cm", ItemCategory.LowValueCharged, "开放性创面处理，缩短换药周期。", 400, 268m, AdmissionStatus.CommitteeApproved),
        new("医用透明质酸钠凝胶", "2ml", ItemCategory.LowValueCharged, "关节腔注射，替代现用 2.5ml 规格，减少浪费。", 1500, 86m, AdmissionStatus.EquipmentReviewed, Replaces: true),
        new("一次性使用无菌手术膜", "30×45cm", ItemCategory.LowValueCharged, "现用手术膜黏性不足，术中易翘边。", 2000, 12.5m, AdmissionStatus.HeadApproved),
        new("一次性使用止血带", "成人型", ItemCategory.LowValueUncharged, "门诊换药室需要一次性止血带，避免交叉感染。", 5000, 1.2m, AdmissionStatus.Submitted),
        new("人工髋关节股骨柄（进口）", "12#", ItemCategory.HighValue, "个别患者骨质条件特殊，需进口短柄。", 20, 21800m, AdmissionStatus.Rejected, "doctor"),
        new("医用弹力绷带", "10cm×4.5m", ItemCategory.LowValueUncharged, "术后加压包扎。", 3000, 6.8m, AdmissionStatus.Withdrawn),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SpdDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (await db.AdmissionRequests.AnyAsync() || await db.Substitutions.AnyAsync())
            {
                return;
            }
        }

        var clock = new SimulatedClock(services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-55));
        var admissions = new AdmissionWorkflow(clock);
        var substitutions = new SubstitutionWorkflow(clock);
        var actors = new Dictionary<string, WorkflowActor>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            foreach (var name in new[] { "nurse", "doctor", AccountSeeder.DemoDepartmentHead, "equipment", "committee", "price", "insurance", "supplier" })
            {
                if (await WorkflowActor.LoadAsync(db, name) is { } actor)
                {
                    actors[name] = actor;
                }
            }
        }

        if (actors.Count < 8 || actors["supplier"].SupplierId is not { } supplierId)
        {
            return;
        }

        int manufacturerId;
        string manufacturerName;
        List<int> supplierItems;
        await using (var db = await factory.CreateDbContextAsync())
        {
            supplierItems = await db.Items.Where(i => i.SupplierId == supplierId && i.Status == ItemStatus.Active).OrderBy(i => i.Id).Select(i => i.Id).Take(12).ToListAsync();
            (manufacturerId, manufacturerName) = await db.Items.Where(i => i.SupplierId == supplierId).OrderBy(i => i.Id)
                .Select(i => new ValueTuple<int, string>(i.ManufacturerId, i.Manufacturer!.Name)).FirstAsync();
        }

        if (supplierItems.Count < 12)
        {
            return;
        }

        for (var index = 0; index < Samples.Length; index++)
        {
            await RequestAsync(index + 1, Samples[index], index == 0 ? supplierItems[0] : supplierItems[1]);
        }

        await SubstituteAsync(supplierItems[2], supplierItems[3], "原产品停产，新产品同规格、同价格。", SubstitutionStatus.Proposed);
        await SubstituteAsync(supplierItems[4], supplierItems[5], "新注册证产品，材质改进，价格上调 8%。", SubstitutionStatus.CommitteeReview);
        await SubstituteAsync(supplierItems[6], supplierItems[7], "包装规格调整，其余不变。", SubstitutionStatus.Approved);
        await SubstituteAsync(supplierItems[8], supplierItems[9], "原产品断货三个月。", SubstitutionStatus.Rejected);
        await SubstituteAsync(supplierItems[10], supplierItems[11], "厂家升级型号，临床操作方式有变化。", SubstitutionStatus.Approved, viaCommittee: true);

        async Task RequestAsync(int number, Sample sample, int replacedId)
        {
            clock.Advance(TimeSpan.FromHours(31));
            int id;
            await using (var db = await factory.CreateDbContextAsync())
            {
                id = (await admissions.SubmitAsync(db, new AdmissionApplication
                {
                    ItemName = sample.Name,
                    Specification = sample.Specification,
                    ManufacturerName = manufacturerName,
                    SupplierId = supplierId,
                    Category = sample.Category,
                    Reason = sample.Reason,
                    ExpectedAnnualQuantity = sample.Quantity,
                    EstimatedUnitPrice = sample.Price,
                    ReplacesItemId = sample.Replaces ? replacedId : null,
                }, actors[sample.Applicant])).Id;
            }

            var steps = new List<Func<SpdDbContext, Task>>();
            switch (sample.Target)
            {
                case AdmissionStatus.Rejected:
                    steps.Add(db => admissions.HeadApproveAsync(db, id, actors[AccountSeeder.DemoDepartmentHead], "同意申请"));
                    steps.Add(db => admissions.EquipmentReviewAsync(db, id, actors["equipment"], "资质齐全，提交委员会"));
                    steps.Add(db => admissions.RejectAsync(db, id, actors["committee"], "同类国产产品已能满足临床需要，暂不准入。"));
                    break;
                case AdmissionStatus.Withdrawn:
                    steps.Add(db => admissions.WithdrawAsync(db, id, actors[sample.Applicant], "科室库存仍可满足，暂缓申请"));
                    break;
                default:
                    var path = new (AdmissionStatus Reached, Func<SpdDbContext, Task> Act)[]
                    {
                        (AdmissionStatus.HeadApproved, db => admissions.HeadApproveAsync(db, id, actors[AccountSeeder.DemoDepartmentHead], "临床确有需要，同意")),
                        (AdmissionStatus.EquipmentReviewed, db => admissions.EquipmentReviewAsync(db, id, actors["equipment"], "性能与医保政策已核实")),
                        (AdmissionStatus.CommitteeApproved, db => admissions.CommitteeApproveAsync(db, id, actors["committee"], "委员会会议通过")),
                        (AdmissionStatus.ItemCreated, async db =>
                        {
                            var draft = await AdmissionWorkflow.SuggestDraftAsync(db, (await AdmissionWorkflow.FindAsync(db, id))!);
                            await admissions.CreateItemAsync(db, id, draft with { Code = $"XJ{number:00000}", Unit = "个", ManufacturerId = manufacturerId }, actors["equipment"]);
                        }),
                        (AdmissionStatus.ChargeCodeSet, db => admissions.SetChargeCodeAsync(db, id, $"CLZR{number:0000}", Math.Round(sample.Price * 1.05m, 2), actors["price"])),
                        (AdmissionStatus.Active, db => admissions.SetNationalCodeAsync(db, id, $"C99{number:00000000000000000}", actors["insurance"])),
                    };
                    steps.AddRange(path.Where(p => p.Reached <= sample.Target && sample.Target != AdmissionStatus.Submitted).Select(p => p.Act));
                    break;
            }

            foreach (var step in steps)
            {
                clock.Advance(TimeSpan.FromHours(22));
                await using var db = await factory.CreateDbContextAsync();
                await step(db);
            }
        }

        async Task SubstituteAsync(int oldItemId, int newItemId, string reason, SubstitutionStatus target, bool viaCommittee = false)
        {
            clock.Advance(TimeSpan.FromHours(27));
            int id;
            await using (var db = await factory.CreateDbContextAsync())
            {
                id = (await substitutions.ProposeAsync(db, oldItemId, newItemId, reason, actors["supplier"])).Id;
            }

            clock.Advance(TimeSpan.FromHours(20));
            await using (var db = await factory.CreateDbContextAsync())
            {
                switch (target)
                {
                    case SubstitutionStatus.Rejected:
                        await substitutions.RejectAsync(db, id, actors["equipment"], "断货为暂时情况，供应商已承诺恢复供货。");
                        break;
                    case SubstitutionStatus.CommitteeReview or SubstitutionStatus.Approved:
                        await substitutions.DecideAsync(db, id, viaCommittee || target == SubstitutionStatus.CommitteeReview, actors["equipment"],
                            target == SubstitutionStatus.CommitteeReview || viaCommittee ? "涉及价格或用法变化，提交委员会" : "同规格替代，设备科直接审批");
                        break;
                }
            }

            if (viaCommittee)
            {
                clock.Advance(TimeSpan.FromHours(48));
                await using var db = await factory.CreateDbContextAsync();
                await substitutions.CommitteeApproveAsync(db, id, actors["committee"], "委员会同意替代");
            }
        }
    }
}
