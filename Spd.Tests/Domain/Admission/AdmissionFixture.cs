using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Admission;

/// <summary>A department, a supplier with one item in use, and the people of the admission flow.</summary>
public abstract class AdmissionFixture : IDisposable
{
    protected AdmissionFixture()
    {
        using var db = Database.CreateUnaudited();
        (Supplier, Manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        (_, Department, _) = MasterDataBuilder.AddOrganisationAsync(db).GetAwaiter().GetResult();
        var other = new Department { Code = "K002", Name = "脊柱外科", CostCenterCode = "CC002", Type = DepartmentType.Clinical, CampusId = Department.CampusId };
        OldItem = MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.8m, Supplier, Manufacturer);
        OldItem.ChargeCode = "SF0001";
        db.AddRange(other, OldItem);
        db.SaveChanges();
        OtherDepartment = other;
        Workflow = new AdmissionWorkflow(Database.Clock);
    }

    protected TestDatabase Database { get; } = new();

    protected AdmissionWorkflow Workflow { get; }

    protected Supplier Supplier { get; }

    protected Manufacturer Manufacturer { get; }

    protected Department Department { get; }

    protected Department OtherDepartment { get; }

    protected Item OldItem { get; }

    protected WorkflowActor Nurse => new("nurse", new HashSet<string> { Roles.DepartmentKeeper }, Department.Id);

    protected WorkflowActor Head => new("head", new HashSet<string> { Roles.Clinician }, Department.Id, IsDepartmentHead: true);

    protected WorkflowActor OtherHead => new("otherhead", new HashSet<string> { Roles.Clinician }, OtherDepartment.Id, IsDepartmentHead: true);

    protected WorkflowActor Equipment => new("equipment", new HashSet<string> { Roles.EquipmentDept });

    protected WorkflowActor Equipment2 => new("equipment2", new HashSet<string> { Roles.EquipmentDept });

    protected WorkflowActor Committee => new("committee", new HashSet<string> { Roles.AdmissionCommittee });

    protected WorkflowActor Price => new("price", new HashSet<string> { Roles.PriceOffice });

    protected WorkflowActor Insurance => new("insurance", new HashSet<string> { Roles.InsuranceOffice });

    protected WorkflowActor Admin => new("admin", new HashSet<string> { Roles.Admin });

    protected SpdDbContext Db() => Database.Create();

    protected AdmissionApplication Application => new()
    {
        ItemName = "一次性使用无菌注射器（安全型）",
        Specification = "5ml",
        Model = "AQ-5",
        ManufacturerName = Manufacturer.Name,
        SupplierId = Supplier.Id,
        Category = ItemCategory.LowValueCharged,
        Reason = "防针刺伤，替代普通注射器",
        ExpectedAnnualQuantity = 20000,
        EstimatedUnitPrice = 1.2m,
        ReplacesItemId = OldItem.Id,
    };

    protected async Task<int> SubmitAsync(WorkflowActor? applicant = null)
    {
        await using var db = Db();
        return (await Workflow.SubmitAsync(db, Application, applicant ?? Nurse)).Id;
    }

    protected ItemDraft Draft(AdmissionRequest request) => new()
    {
        Code = "WZ900",
        Name = request.ItemName,
        Specification = request.Specification,
        Model = request.Model,
        Unit = "支",
        ManufacturerId = Manufacturer.Id,
        SupplierId = Supplier.Id,
        UnitPrice = request.EstimatedUnitPrice,
        Category = request.Category,
        ManagementMode = ManagementMode.StockManaged,
        TrackingMode = TrackingMode.Bulk,
    };

    /// <summary>Takes a fresh request to the given status along the legal path.</summary>
    protected async Task<int> RequestAtAsync(AdmissionStatus status)
    {
        var id = await SubmitAsync();
        var path = new (AdmissionStatus Reached, Func<SpdDbContext, Task> Act)[]
        {
            (AdmissionStatus.HeadApproved, db => Workflow.HeadApproveAsync(db, id, Head)),
            (AdmissionStatus.EquipmentReviewed, db => Workflow.EquipmentReviewAsync(db, id, Equipment)),
            (AdmissionStatus.CommitteeApproved, db => Workflow.CommitteeApproveAsync(db, id, Committee)),
            (AdmissionStatus.ItemCreated, async db => await Workflow.CreateItemAsync(db, id, Draft((await AdmissionWorkflow.FindAsync(db, id))!), Equipment)),
            (AdmissionStatus.ChargeCodeSet, db => Workflow.SetChargeCodeAsync(db, id, "SF0900", 1.5m, Price)),
            (AdmissionStatus.Active, db => Workflow.SetNationalCodeAsync(db, id, "C0310000000000000001", Insurance)),
        };
        if (status is AdmissionStatus.Rejected or AdmissionStatus.Withdrawn)
        {
            await using var db = Db();
            await (status == AdmissionStatus.Rejected ? Workflow.RejectAsync(db, id, Head, "不需要") : Workflow.WithdrawAsync(db, id, Nurse));
            return id;
        }

        foreach (var (reached, act) in path.TakeWhile(p => p.Reached <= status && status != AdmissionStatus.Submitted))
        {
            await using var db = Db();
            await act(db);
        }

        return id;
    }

    protected async Task<AdmissionRequest> ReadAsync(int id)
    {
        await using var db = Db();
        return (await AdmissionWorkflow.FindAsync(db, id))!;
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
