using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Organization;
using Spd.Domain.Warehousing;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

/// <summary>
/// Requisitions as the department-supply flow leaves them (submitted, approved quantity set), more wards, and the
/// dispatch steps run through the domain services, on top of <see cref="DepartmentFixture"/>.
/// </summary>
internal static class DispatchingSetup
{
    private static int requisitionSequence;

    public static async Task<Requisition> SubmitRequisitionAsync(this DepartmentFixture fixture, IReadOnlyList<(Item Item, int Quantity)> lines,
        DispatchPriority priority = DispatchPriority.Normal, Department? department = null, Warehouse? ward = null)
    {
        await using var db = fixture.Database.Create();
        var now = fixture.Database.Clock.GetUtcNow().UtcDateTime;
        var requisition = new Requisition
        {
            No = $"SL20261122{Interlocked.Increment(ref requisitionSequence):0000}",
            Kind = RequisitionKind.Temporary,
            Status = RequisitionStatus.Submitted,
            Priority = priority,
            DepartmentId = (department ?? fixture.Ward).Id,
            WarehouseId = (ward ?? fixture.WardStore).Id,
            SupplyingWarehouseId = fixture.Central.Id,
            RequestedBy = "nurse",
            CreatedUtc = now,
            SubmittedUtc = now,
            Lines = [.. lines.Select(l => new RequisitionLine { ItemId = l.Item.Id, Quantity = l.Quantity, ApprovedQuantity = l.Quantity })],
        };
        db.Requisitions.Add(requisition);
        await db.SaveChangesAsync();
        return requisition;
    }

    /// <summary>Another ward with its own secondary warehouse (and a shelf), supplied by the central warehouse on <paramref name="route"/>.</summary>
    public static async Task<(Department Department, Warehouse Store)> AddWardAsync(this DepartmentFixture fixture, string code, string name, string route, bool receiveAtDispatch = false)
    {
        await using var db = fixture.Database.Create();
        var department = new Department { Code = code, Name = name, CostCenterCode = "CC" + code, Type = DepartmentType.Clinical, CampusId = fixture.Ward.CampusId };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var store = new Warehouse
        {
            Code = "EJ" + code, Name = name + "二级库", Kind = WarehouseKind.Secondary, CampusId = fixture.Ward.CampusId,
            OwnerDepartmentId = department.Id, SupplyingWarehouseId = fixture.Central.Id,
        };
        db.Warehouses.Add(store);
        db.DepartmentSupplies.Add(new DepartmentSupply { DepartmentId = department.Id, Route = route, ReceiveAtDispatch = receiveAtDispatch });
        await db.SaveChangesAsync();
        db.Locations.Add(new Location { Code = "E-01", WarehouseId = store.Id });
        await db.SaveChangesAsync();
        return (department, store);
    }

    public static async Task<WaveRun> CreateWavesAsync(this DepartmentFixture fixture)
    {
        await using var db = fixture.Database.Create();
        var result = await new WavePlanner(fixture.Database.Clock).CreateWavesAsync(db, fixture.Central.Id, "warehouse");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        return result.Value!;
    }

    public static async Task<Dispatch> DispatchOfAsync(this DepartmentFixture fixture, Requisition requisition)
    {
        await using var db = fixture.Database.Create();
        return await db.Dispatches.AsNoTracking().Include(d => d.Lines).Where(d => d.RequisitionId == requisition.Id).OrderByDescending(d => d.Id).FirstAsync();
    }

    public static async Task<PickCheckResult> CheckAsync(this DepartmentFixture fixture, Dispatch dispatch, string code, int? locationId = null)
    {
        await using var db = fixture.Database.Create();
        return await new PickCheck(fixture.Database.Clock).CheckAsync(db, dispatch.Id, code, locationId);
    }

    /// <summary>Scans every line of the dispatch (units by code, loose lines by item code at their location) and dispatches it.</summary>
    public static async Task<Dispatch> CheckAndDispatchAsync(this DepartmentFixture fixture, Dispatch dispatch, string courier = "王师傅")
    {
        foreach (var line in dispatch.Lines)
        {
            var code = await CodeOfAsync(fixture, line);
            var result = await fixture.CheckAsync(dispatch, code, line.StockUnitId is null ? line.LocationId : null);
            Assert.True(result.Outcome is PickCheckOutcome.Checked or PickCheckOutcome.AlreadyChecked, result.Problem?.Code);
        }

        await using var db = fixture.Database.Create();
        var dispatched = await new DispatchWorkflow(fixture.Database.Clock).DispatchAsync(db, dispatch.Id, courier, "BOX-01", "warehouse");
        Assert.True(dispatched.Succeeded, string.Join("; ", dispatched.Errors.Select(e => e.Code)));
        return dispatched.Value!;
    }

    public static async Task<string> CodeOfAsync(this DepartmentFixture fixture, DispatchLine line)
    {
        await using var db = fixture.Database.Create();
        return line.StockUnitId is { } id
            ? await db.StockUnits.Where(u => u.Id == id).Select(u => u.Code).FirstAsync()
            : await db.Items.Where(i => i.Id == line.ItemId).Select(i => i.Code).FirstAsync();
    }
}
