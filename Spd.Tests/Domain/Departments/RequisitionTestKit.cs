using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Security;

namespace Spd.Tests.Domain.Departments;

/// <summary>The people and shortcuts the requisition tests share.</summary>
internal static class RequisitionTestKit
{
    public static readonly WorkflowActor Equipment = new("equipment", new HashSet<string> { Roles.EquipmentDept });

    public static WorkflowActor Nurse(DepartmentFixture fixture) => new("nurse", new HashSet<string> { Roles.DepartmentKeeper }, fixture.Ward.Id);

    public static Requisitions Service(DepartmentFixture fixture, RequisitionOptions? options = null) => new(fixture.Database.Clock, options ?? new RequisitionOptions());

    public static RequisitionDraft Temporary(DepartmentFixture fixture, params (Item Item, int Quantity)[] lines) => new()
    {
        Kind = RequisitionKind.Temporary,
        DepartmentId = fixture.Ward.Id,
        WarehouseId = fixture.WardStore.Id,
        Reason = "手术量增加",
        Lines = [.. lines.Select(l => new RequisitionLineDraft(l.Item.Id, l.Quantity))],
    };

    /// <summary>Saves the draft and submits it as the ward's nurse, each step in its own context as the screens do.</summary>
    public static async Task<Requisition> SubmitAsync(DepartmentFixture fixture, RequisitionDraft draft, RequisitionOptions? options = null)
    {
        var service = Service(fixture, options);
        Requisition saved;
        await using (var db = fixture.Database.Create())
        {
            saved = await service.SaveDraftAsync(db, draft, Nurse(fixture));
        }

        await using (var db = fixture.Database.Create())
        {
            return await service.SubmitAsync(db, saved.Id, saved.Version, Nurse(fixture));
        }
    }

    public static async Task<DepartmentQuota> AddQuotaAsync(DepartmentFixture fixture, QuotaKind kind, decimal limit, Item? item = null)
    {
        await using var db = fixture.Database.Create();
        return await DepartmentQuotas.SaveAsync(db, new QuotaDraft(null, fixture.Ward.Id, kind, item?.Id, limit), Equipment, fixture.Database.Clock);
    }
}
