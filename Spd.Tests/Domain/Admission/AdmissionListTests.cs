using Spd.Domain.Admission;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Admission;

public sealed class AdmissionListTests : AdmissionFixture
{
    [Fact]
    public async Task A_department_sees_only_its_own_requests_and_the_offices_see_all()
    {
        await SubmitAsync();
        await SubmitAsync(new WorkflowActor("spine", new HashSet<string> { Roles.DepartmentKeeper }, OtherDepartment.Id));
        await using var db = Db();

        var own = await AdmissionList.RequestsAsync(db, Nurse, null, waitingForMe: false);
        var all = await AdmissionList.RequestsAsync(db, Equipment, null, waitingForMe: false);

        Assert.Equal([Department.Id], own.Select(r => r.DepartmentId));
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Waiting_for_me_lists_the_requests_at_my_step_only()
    {
        var submitted = await RequestAtAsync(AdmissionStatus.Submitted);
        var reviewed = await RequestAtAsync(AdmissionStatus.HeadApproved);
        await using var db = Db();

        Assert.Equal([submitted], (await AdmissionList.RequestsAsync(db, Head, null, waitingForMe: true)).Select(r => r.Id));
        Assert.Equal([reviewed], (await AdmissionList.RequestsAsync(db, Equipment, null, waitingForMe: true)).Select(r => r.Id));
        Assert.Empty(await AdmissionList.RequestsAsync(db, Nurse, null, waitingForMe: true));
        Assert.Equal([reviewed], (await AdmissionList.RequestsAsync(db, Equipment, AdmissionStatus.HeadApproved, waitingForMe: false)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_supplier_sees_only_the_substitutions_of_its_own_items()
    {
        int ownId;
        await using (var db = Db())
        {
            var (other, otherManufacturer) = await MasterDataBuilder.AddSupplierAsync(db, "GYS901", "另一医疗器械有限公司");
            var mine = MasterDataBuilder.NewItem("WZ002", "一次性使用无菌注射器", "5ml 新", 0.9m, Supplier, Manufacturer);
            var theirs = MasterDataBuilder.NewItem("WZ003", "医用外科口罩", "17.5×9.5cm", 0.3m, other, otherManufacturer);
            var theirsNew = MasterDataBuilder.NewItem("WZ004", "医用外科口罩", "17.5×9.5cm 新", 0.35m, other, otherManufacturer);
            db.AddRange(mine, theirs, theirsNew);
            await db.SaveChangesAsync();
            var workflow = new SubstitutionWorkflow(Database.Clock);
            ownId = (await workflow.ProposeAsync(db, OldItem.Id, mine.Id, "停产", Equipment)).Id;
            await workflow.ProposeAsync(db, theirs.Id, theirsNew.Id, "停产", Equipment);
        }

        await using var read = Db();
        var supplier = new WorkflowActor("supplier", new HashSet<string> { Roles.Supplier }, SupplierId: Supplier.Id);

        Assert.Equal([ownId], (await AdmissionList.SubstitutionsAsync(read, supplier, null, waitingForMe: false)).Select(s => s.Id));
        Assert.Equal(2, (await AdmissionList.SubstitutionsAsync(read, Equipment2, null, waitingForMe: false)).Count);
    }
}
