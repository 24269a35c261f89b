using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Inventory;
using static Spd.Tests.Domain.Departments.RequisitionTestKit;

namespace Spd.Tests.Domain.Departments;

/// <summary>定数包 sizes suggested from the ward's usage, pack definitions, their labels, and surgical kit definitions.</summary>
public sealed class PacksAndKitsTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(2, 1)]
    [InlineData(70, 10)]
    [InlineData(80, 20)]
    [InlineData(400, 100)]
    [InlineData(10000, 1000)]
    public void A_pack_holds_about_a_quarter_of_a_cycles_usage_in_a_count_people_pack_by(int usagePerCycle, int? expected) =>
        Assert.Equal(expected, PackDefinitions.SuggestSize(usagePerCycle));

    [Fact]
    public async Task Packs_are_defined_for_pack_tracked_items_once_per_department_by_the_equipment_department_or_the_warehouse()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();
        var warehouse = new WorkflowActor("warehouse", new HashSet<string> { Spd.Domain.Security.Roles.WarehouseKeeper });

        var bulk = await Assert.ThrowsAsync<WorkflowException>(() =>
            PackDefinitions.SaveAsync(db, new PackDraft(null, fixture.Ward.Id, fixture.Gauze.Id, 10), warehouse, fixture.Database.Clock));
        var twice = await Assert.ThrowsAsync<WorkflowException>(() =>
            PackDefinitions.SaveAsync(db, new PackDraft(null, fixture.Ward.Id, fixture.Syringe.Id, 10), warehouse, fixture.Database.Clock));
        var nurse = await Assert.ThrowsAsync<WorkflowException>(() =>
            PackDefinitions.SaveAsync(db, new PackDraft(fixture.Packs.Id, fixture.Ward.Id, fixture.Syringe.Id, 10), Nurse(fixture), fixture.Database.Clock));
        var changed = await PackDefinitions.SaveAsync(db, new PackDraft(fixture.Packs.Id, fixture.Ward.Id, fixture.Syringe.Id, 25), warehouse, fixture.Database.Clock);

        Assert.Equal(PackDefinitions.NotPackTracked, Assert.Single(bulk.Errors).Code);
        Assert.Equal(PackDefinitions.Duplicate, Assert.Single(twice.Errors).Code);
        Assert.Equal(WorkflowErrors.WrongRole, nurse.Code);
        Assert.Equal(25, changed.PackSize);
    }

    [Fact]
    public async Task The_pack_list_shows_usage_per_cycle_the_suggested_size_and_packs_in_stock_and_their_labels()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InWard(), "P1", fixture.Today.AddYears(1), 3, packSize: 20);
        await using (var db = fixture.Database.Create())
        {
            var ledger = new StockLedger(db, new Spd.Tests.Infrastructure.ManualClock(fixture.Database.Clock.GetUtcNow().AddDays(-3)), "nurse");
            var unit = await db.StockUnits.OrderBy(u => u.Id).FirstAsync();
            Assert.True((await ledger.PostAsync(new StockMove
            {
                Kind = StockMovementKind.Consumption, ItemId = fixture.Syringe.Id, LotNumber = "P1", Quantity = 20, From = fixture.InWard(), StockUnitId = unit.Id,
                DocumentType = StockDocumentType.Consumption, DocumentNo = "XH202611190001",
            })).Succeeded);
            Assert.Empty(await StockLedger.SaveAsync(db));
        }

        await using var read = fixture.Database.Create();
        var row = Assert.Single(await PackDefinitions.ListAsync(read, fixture.Ward.Id, fixture.Database.Clock));
        var labels = await PackDefinitions.LabelsAsync(read, fixture.Packs.Id);

        Assert.Equal((20, 5m, 1, 2), (row.PackSize, row.UsagePerCycle, row.SuggestedSize, row.PacksInStock));
        Assert.Equal(2, labels!.Value.Units.Count);
        Assert.All(labels.Value.Units, u => Assert.Equal(("关节外科", 20, StockUnitKind.Pack), (u.DepartmentName, u.Quantity, u.Kind)));
    }

    [Fact]
    public async Task A_kit_needs_a_unique_code_a_name_an_operation_type_and_active_items_once_each()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using (var db = fixture.Database.CreateUnaudited())
        {
            (await db.Items.SingleAsync(i => i.Id == fixture.Catheter.Id)).Status = ItemStatus.Suspended;
            await db.SaveChangesAsync();
        }

        await using var context = fixture.Database.Create();
        var kit = await SurgicalKits.SaveAsync(context,
            new KitDraft(null, "tb-hip01", "全髋置换基础包", "全髋置换，髋关节翻修, 全髋置换", true, [new KitLineDraft(fixture.Gauze.Id, 20), new KitLineDraft(fixture.Syringe.Id, 4)]),
            Equipment, fixture.Database.Clock);
        Assert.Equal(("TB-HIP01", "全髋置换,髋关节翻修", 2), (kit.Code, kit.OperationTypes, kit.Lines.Count));

        var invalid = await Assert.ThrowsAsync<WorkflowException>(() => SurgicalKits.SaveAsync(context,
            new KitDraft(null, "TB-HIP01", " ", " ， ", true,
                [new KitLineDraft(fixture.Gauze.Id, 1), new KitLineDraft(fixture.Catheter.Id, 1), new KitLineDraft(fixture.Gauze.Id, 2), new KitLineDraft(fixture.Syringe.Id, 0)]),
            Equipment, fixture.Database.Clock));
        var empty = await Assert.ThrowsAsync<WorkflowException>(() =>
            SurgicalKits.SaveAsync(context, new KitDraft(null, "TB-KNEE", "全膝置换包", "全膝置换", true, []), Equipment, fixture.Database.Clock));
        var nurse = await Assert.ThrowsAsync<WorkflowException>(() =>
            SurgicalKits.SaveAsync(context, new KitDraft(kit.Id, "TB-HIP01", "全髋置换基础包", "全髋置换", true, [new KitLineDraft(fixture.Gauze.Id, 1)]), Nurse(fixture), fixture.Database.Clock));

        Assert.Equal(
            [
                (nameof(KitDraft.Name), "Required"),
                (nameof(KitDraft.OperationTypes), SurgicalKits.OperationTypesRequired),
                (nameof(KitDraft.Code), SurgicalKits.DuplicateKitCode),
                ("Lines[1]", Requisitions.ItemNotAvailable),
                ("Lines[2]", Requisitions.DuplicateItem),
                ("Lines[3]", "QuantityAtLeastOne"),
            ],
            invalid.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal(SurgicalKits.NoKitLines, Assert.Single(empty.Errors).Code);
        Assert.Equal(WorkflowErrors.WrongRole, nurse.Code);
    }

    [Fact]
    public async Task Changing_a_kit_keeps_the_lines_of_items_it_keeps()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await using var db = fixture.Database.Create();
        var kit = await SurgicalKits.SaveAsync(db,
            new KitDraft(null, "TB-KNEE", "全膝置换包", "全膝置换", true, [new KitLineDraft(fixture.Gauze.Id, 20), new KitLineDraft(fixture.Syringe.Id, 4)]),
            Equipment, fixture.Database.Clock);
        var gauzeLine = kit.Lines.Single(l => l.ItemId == fixture.Gauze.Id).Id;

        await using var edit = fixture.Database.Create();
        await SurgicalKits.SaveAsync(edit,
            new KitDraft(kit.Id, "TB-KNEE", "全膝置换包", "全膝置换,单髁置换", false, [new KitLineDraft(fixture.Gauze.Id, 30), new KitLineDraft(fixture.Catheter.Id, 1)]),
            Equipment, fixture.Database.Clock);

        await using var read = fixture.Database.Create();
        var saved = await SurgicalKits.FindAsync(read, kit.Id);
        Assert.Equal([(gauzeLine, fixture.Gauze.Id, 30), (saved!.Lines[1].Id, fixture.Catheter.Id, 1)], saved.Lines.Select(l => (l.Id, l.ItemId, l.Quantity)));
        Assert.False(saved.IsActive);
        Assert.Equal(["全膝置换", "单髁置换"], SurgicalKits.OperationTypesOf(saved));
    }
}
