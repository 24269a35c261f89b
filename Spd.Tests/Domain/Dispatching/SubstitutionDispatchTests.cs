using Microsoft.EntityFrameworkCore;
using Spd.Domain.Admission;
using Spd.Domain.Catalog;
using Spd.Domain.Dispatching;
using Spd.Tests.Domain.Departments;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Dispatching;

public sealed class SubstitutionDispatchTests
{
    /// <summary>Gauze of another maker with the same name and specification, an approved substitute syringe, and an unrelated item, all stocked.</summary>
    private static async Task<(Item SameSpec, Item Approved, Item Unrelated)> CandidatesAsync(DepartmentFixture fixture)
    {
        await using var db = fixture.Database.Create();
        var manufacturer = new Manufacturer { Code = "CJ902", Name = "江南卫材" };
        db.Manufacturers.Add(manufacturer);
        await db.SaveChangesAsync();
        var sameSpec = MasterDataBuilder.NewItem("WZ2001", fixture.Gauze.Name, fixture.Gauze.Specification, 1.3m, fixture.Supplier, manufacturer);
        var approved = MasterDataBuilder.NewItem("WZ2002", "一次性使用无菌注射器（新）", "5ml 带针", 0.9m, fixture.Supplier, manufacturer);
        var unrelated = MasterDataBuilder.NewItem("WZ2003", "医用胶带", "1.25cm×9.1m", 2.1m, fixture.Supplier, manufacturer);
        foreach (var item in new[] { sameSpec, approved, unrelated })
        {
            item.TrackingMode = TrackingMode.Bulk;
        }

        db.Items.AddRange(sameSpec, approved, unrelated);
        await db.SaveChangesAsync();
        db.Substitutions.Add(new Substitution
        {
            OldItemId = fixture.Syringe.Id, NewItemId = approved.Id, Reason = "原厂停产", ProposedBy = "equipment", Status = SubstitutionStatus.Approved,
            ProposedUtc = fixture.Database.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        foreach (var item in new[] { sameSpec, approved, unrelated })
        {
            await fixture.ReceiveAsync(item, fixture.A2, "SUB1", fixture.Today.AddYears(1), 50);
        }

        return (sameSpec, approved, unrelated);
    }

    [Fact]
    public async Task A_short_line_is_dispatched_from_an_approved_substitute_and_the_substitution_is_recorded()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (_, approved, _) = await CandidatesAsync(fixture);
        var requisition = await fixture.SubmitRequisitionAsync([(fixture.Syringe, 40)]);
        await fixture.CreateWavesAsync();
        await using var db = fixture.Database.Create();
        var line = await db.RequisitionLines.SingleAsync();
        Assert.NotNull(line.ShortFlaggedUtc);
        var shortLine = Assert.Single(await DispatchList.ShortLinesAsync(db, fixture.Central.Id, fixture.Ward.Id));
        Assert.Equal(40, shortLine.Open);

        var result = await new WavePlanner(fixture.Database.Clock).SubstituteAsync(db, line.Id, approved.Id, "warehouse");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        var dispatch = await fixture.DispatchOfAsync(requisition);
        var substituted = Assert.Single(dispatch.Lines);
        Assert.Equal((approved.Id, fixture.Syringe.Id, 40), (substituted.ItemId, substituted.SubstitutedItemId!.Value, substituted.Quantity));
        Assert.Null(dispatch.WaveId);
        Assert.Equal(DispatchStatus.Picking, dispatch.Status);
        Assert.Empty(await DispatchList.ShortLinesAsync(db, fixture.Central.Id, null));
    }

    [Fact]
    public async Task A_substitute_must_be_an_approved_substitution_or_the_same_name_and_specification()
    {
        using var fixture = await DepartmentFixture.CreateAsync();
        var (sameSpec, _, unrelated) = await CandidatesAsync(fixture);
        await fixture.SubmitRequisitionAsync([(fixture.Gauze, 10)]);
        await fixture.CreateWavesAsync();
        await using var db = fixture.Database.Create();
        var line = await db.RequisitionLines.SingleAsync();
        var planner = new WavePlanner(fixture.Database.Clock);

        var options = await planner.SubstituteOptionsAsync(db, line.Id);
        var refused = await planner.SubstituteAsync(db, line.Id, unrelated.Id, "warehouse");

        Assert.Equal((sameSpec.Id, false, 50), (Assert.Single(options).ItemId, options[0].ApprovedSubstitution, options[0].Available));
        Assert.Equal(WavePlanner.NotASubstitute, Assert.Single(refused.Errors).Code);
    }
}
