using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Common;

namespace Spd.Tests.Domain.Clinical;

public sealed class ClinicalListTests
{
    [Fact]
    public async Task Consumptions_are_listed_newest_first_by_department_date_kind_and_search()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var fixture = scenario.Fixture;
        var implant = (await scenario.ImplantsInWardAsync())[0];
        var pack = (await fixture.ReceiveUnitsAsync(fixture.Syringe, fixture.InWard(), "SY03", fixture.Today.AddYears(2), 1, packSize: 20))[0];
        await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);
        fixture.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await scenario.ScanAsync(pack.Code);
        await using var db = fixture.Database.Create();
        var calendar = new BusinessCalendar(fixture.Database.Clock);

        var all = await ConsumptionList.QueryAsync(db, calendar, new ConsumptionFilter(fixture.Ward.Id, fixture.Today, fixture.Today), new PageRequest());
        var orderLinked = await ConsumptionList.QueryAsync(db, calendar, new ConsumptionFilter(Management: ManagementMode.OrderLinked), new PageRequest());
        var byPatient = await ConsumptionList.QueryAsync(db, calendar, new ConsumptionFilter(Search: "张三"), new PageRequest());
        var otherWard = await ConsumptionList.QueryAsync(db, calendar, new ConsumptionFilter(fixture.Ward.Id + 1), new PageRequest());
        var tomorrow = await ConsumptionList.QueryAsync(db, calendar, new ConsumptionFilter(From: fixture.Today.AddDays(1)), new PageRequest());

        Assert.Equal(["WZ1002", "WZ1004"], all.Items.Select(c => c.ItemCode));
        Assert.Equal((ChargeStatus?)ChargeStatus.Ready, orderLinked.Items.Single().ChargeStatus);
        Assert.Equal(ClinicalScenario.HipOrder, byPatient.Items.Single().OrderNo);
        Assert.Empty(otherWard.Items);
        Assert.Empty(tomorrow.Items);
    }

    [Fact]
    public async Task Charges_are_listed_by_status_with_the_total_of_what_is_selected()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan);
        await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi, holdCharge: true);
        await using var db = scenario.Fixture.Database.Create();
        var calendar = new BusinessCalendar(scenario.Fixture.Database.Clock);

        var held = await ChargeList.QueryAsync(db, calendar, new ChargeFilter(Status: ChargeStatus.Held), new PageRequest());

        Assert.Equal(ClinicalScenario.LiSi, held.Items.Single().PatientNo);
        Assert.Equal(27000m, await ChargeList.TotalAsync(db, calendar, new ChargeFilter(scenario.Fixture.Ward.Id)));
        Assert.Equal(0m, await ChargeList.TotalAsync(db, calendar, new ChargeFilter(Search: "nobody")));
    }
}
