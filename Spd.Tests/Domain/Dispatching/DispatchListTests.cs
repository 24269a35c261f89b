using Spd.Domain.Dispatching;
using Spd.Tests.Domain.Departments;

namespace Spd.Tests.Domain.Dispatching;

public sealed class DispatchListTests
{
    [Fact]
    public async Task A_department_keeper_sees_only_their_own_departments_dispatches_and_returns()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A1, "G1", fixture.Today.AddYears(1), 100);
        var (spine, spineStore) = await fixture.AddWardAsync("K002", "脊柱外科", "R1");
        var mine = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        var theirs = await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)], department: spine, ward: spineStore);
        await fixture.CreateWavesAsync();
        await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(mine));
        var spineDispatch = await fixture.CheckAndDispatchAsync(await fixture.DispatchOfAsync(theirs));
        await using (var db = fixture.Database.Create())
        {
            var signed = await new DepartmentReceiving(fixture.Database.Clock).SignAsync(db, spineDispatch.Id,
                [new Refusal(spineDispatch.Lines[0].Id, 2, ReturnReason.LabelError)], spine.Id, "spine-nurse");
            Assert.True(signed.Succeeded);
        }

        await using var read = fixture.Database.Create();

        var own = await DispatchList.DispatchesAsync(read, null, fixture.Ward.Id, null);
        var all = await DispatchList.DispatchesAsync(read, null, null, null);
        var ownReturns = await DispatchList.ReturnsAsync(read, null, fixture.Ward.Id);
        var spineReturns = await DispatchList.ReturnsAsync(read, null, spine.Id);
        var foreignNote = await DispatchList.DispatchAsync(read, spineDispatch.No, fixture.Ward.Id);

        Assert.Equal([fixture.Ward.Name], own.Select(d => d.DepartmentName));
        Assert.Equal(2, all.Count);
        Assert.Empty(ownReturns);
        Assert.Equal(ReturnReason.LabelError, Assert.Single(spineReturns).Reason);
        Assert.Null(foreignNote);
    }

    [Fact]
    public async Task The_wave_picking_list_is_sorted_by_location_code()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        await fixture.ReceiveAsync(fixture.Gauze, fixture.A2, "G1", fixture.Today.AddYears(1), 100);
        await fixture.ReceiveUnitsAsync(fixture.Catheter, fixture.InCentral(fixture.A1), "C1", fixture.Today.AddYears(1), 1);
        await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10), (fixture.Catheter, 1)]);
        var run = await fixture.CreateWavesAsync();
        await using var db = fixture.Database.Create();

        var wave = await DispatchList.WaveAsync(db, run.Waves[0].No);

        Assert.Equal([fixture.A1.Code, fixture.A2.Code], wave!.Lines.Select(l => l.LocationCode));
        Assert.Equal((1, 2, 0), (wave.Wave.Dispatches, wave.Wave.Lines, wave.Wave.CheckedLines));
    }
}
