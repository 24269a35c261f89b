using Spd.Domain.Clinical;

namespace Spd.Tests.Domain.Clinical;

public sealed class ChargeFeedTests
{
    [Fact]
    public async Task His_reads_the_ready_charges_from_a_moment_on_oldest_first_with_stable_ids()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var clock = scenario.Fixture.Database.Clock;
        var implants = await scenario.ImplantsInWardAsync(3);
        var first = (await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan)).Consumption!;
        clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi)).Consumption!;
        await scenario.ScanAsync(implants[2].Code, ClinicalScenario.LiSi, holdCharge: true);
        await using var db = scenario.Fixture.Database.Create();

        var all = await ChargeFeed.ReadyAsync(db, null);
        var later = await ChargeFeed.ReadyAsync(db, clock.GetUtcNow().UtcDateTime);

        Assert.Equal([first.ChargeId!.Value, second.ChargeId!.Value], all.Select(c => c.Id));
        var charge = all[0];
        Assert.Equal((ClinicalScenario.ZhangSan, "JZ001", ClinicalScenario.HipOrder, "C0310100100000000001", 13500m, first.No, "K001", "D001"),
            (charge.PatientNo, charge.EncounterNo, charge.OrderNo, charge.ChargeCode, charge.Amount, charge.ConsumptionNo, charge.DepartmentCode, charge.DoctorCode));
        Assert.Equal([second.ChargeId.Value], later.Select(c => c.Id));
    }

    [Fact]
    public async Task Acknowledging_twice_changes_nothing_the_second_time_and_reports_unknown_and_held_ids()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        var ready = (await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan)).Consumption!.ChargeId!.Value;
        var held = (await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi, holdCharge: true)).Consumption!.ChargeId!.Value;
        await using var db = scenario.Fixture.Database.Create();

        var once = await ChargeFeed.AcknowledgeAsync(db, scenario.Fixture.Database.Clock, [ready, held, 424242]);
        var twice = await ChargeFeed.AcknowledgeAsync(db, scenario.Fixture.Database.Clock, [ready, ready]);

        Assert.Equal([ready], once.Acknowledged);
        Assert.Empty(once.AlreadyAcknowledged);
        Assert.Equal([424242], once.Unknown);
        Assert.Equal([held], once.NotReady);
        Assert.Empty(twice.Acknowledged);
        Assert.Equal([ready], twice.AlreadyAcknowledged);
        Assert.Empty(await ChargeFeed.ReadyAsync(db, null));
    }
}
