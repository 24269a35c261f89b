using Microsoft.EntityFrameworkCore;
using Spd.Domain.Clinical;

namespace Spd.Tests.Domain.Clinical;

public sealed class HisOrderIntakeTests
{
    [Fact]
    public async Task A_resent_order_updates_the_order_patient_and_doctor_instead_of_adding_them_again()
    {
        using var scenario = await ClinicalScenario.CreateAsync();

        var resent = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.HipOrder, ClinicalScenario.ZhangSan, "张叁", "JZ001", ("WZ1004", 2))
            with { Doctor = new HisDoctorMessage("D001", "王建国主任"), DrgGroup = "IC19" });

        Assert.True(resent.Succeeded);
        Assert.False(resent.Created);
        Assert.Equal(("张叁", "王建国主任", "IC19", 2), (resent.Order!.PatientName, resent.Order.DoctorName, resent.Order.DrgGroup, resent.Order.Lines.Single().Quantity));
        await using var db = scenario.Fixture.Database.Create();
        Assert.Equal(2, await db.HisOrders.CountAsync());
        Assert.Equal(2, await db.Patients.CountAsync());
        Assert.Equal(1, await db.Doctors.CountAsync());
        Assert.Equal(1, await db.HisOrderLines.CountAsync(l => l.HisOrder!.OrderNo == ClinicalScenario.HipOrder));
    }

    [Fact]
    public async Task Lines_name_the_item_by_item_code_or_charge_code_and_the_same_item_twice_is_one_line()
    {
        using var scenario = await ClinicalScenario.CreateAsync();

        var result = await scenario.ReceiveOrderAsync(ClinicalScenario.Order("YZ3", "ZY3", "王五", "JZ003") with
        {
            Lines = [new HisOrderLineMessage("WZ1004", null, 1), new HisOrderLineMessage(null, "C0310100100000000001", 2)],
        });

        Assert.True(result.Created);
        var line = Assert.Single(result.Order!.Lines);
        Assert.Equal(("WZ1004", 3, OrderStatus.Open, OrderSource.His), (line.ItemCode, line.Quantity, result.Order.Status, result.Order.Source));
    }

    [Fact]
    public async Task Unknown_items_departments_and_stock_managed_items_are_refused_line_by_line()
    {
        using var scenario = await ClinicalScenario.CreateAsync();

        var items = await scenario.ReceiveOrderAsync(ClinicalScenario.Order("YZ4", "ZY4", "赵六", "JZ004") with
        {
            Lines = [new HisOrderLineMessage("WZ9999", null, 1), new HisOrderLineMessage(null, "C9", 1), new HisOrderLineMessage("WZ1003", null, 1), new HisOrderLineMessage(null, null, 0)],
        });
        var department = await scenario.ReceiveOrderAsync(ClinicalScenario.Order("YZ4", "ZY4", "赵六", "JZ004", ("WZ1004", 1)) with { DepartmentCode = "K999" });
        var missing = await scenario.ReceiveOrderAsync(new HisOrderMessage { OrderNo = "YZ4" });

        Assert.Equal(
            [HisOrderIntake.NoSuchItem, HisOrderIntake.UnknownChargeCode, HisOrderIntake.NotOrderLinked, HisOrderIntake.LineItemRequired, HisOrderIntake.LineQuantity],
            items.Errors.Select(e => e.Code));
        Assert.Equal("Lines[2].ItemCode", items.Errors[2].Field);
        Assert.Equal(HisOrderIntake.UnknownDepartment, Assert.Single(department.Errors).Code);
        Assert.Equal(["Patient.PatientNo", "Patient.Name", "EncounterNo", "DepartmentCode"], missing.Errors.Select(e => e.Field));
        await using var db = scenario.Fixture.Database.Create();
        Assert.False(await db.HisOrders.AnyAsync(o => o.OrderNo == "YZ4"));
    }

    [Fact]
    public async Task A_line_cannot_be_set_below_what_was_used_and_a_used_line_left_out_keeps_its_use()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.LiSi);

        var lower = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.LiSiOrder, ClinicalScenario.LiSi, "李四", "JZ002", ("WZ1004", 0)));
        var none = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.LiSiOrder, ClinicalScenario.LiSi, "李四", "JZ002") with { Lines = [] });

        Assert.Equal(HisOrderIntake.LineQuantity, Assert.Single(lower.Errors).Code);
        Assert.True(none.Succeeded);
        var kept = Assert.Single(none.Order!.Lines);
        Assert.Equal((1, 1, OrderStatus.Completed), (kept.Quantity, kept.ConsumedQuantity, none.Order.Status));
    }

    [Fact]
    public async Task Setting_a_used_line_below_its_use_is_refused_naming_the_use()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.LiSi);
        await scenario.ScanAsync(implants[1].Code, ClinicalScenario.LiSi);
        await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.LiSiOrder, ClinicalScenario.LiSi, "李四", "JZ002", ("WZ1004", 3)));

        var lower = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.LiSiOrder, ClinicalScenario.LiSi, "李四", "JZ002", ("WZ1004", 1)));

        var problem = Assert.Single(lower.Errors);
        Assert.Equal((HisOrderIntake.BelowConsumed, "Lines[0].Quantity"), (problem.Code, problem.Field));
        Assert.Equal(["WZ1004", 1, 2], problem.Arguments);
    }

    [Fact]
    public async Task An_order_with_consumption_cannot_be_cancelled_and_one_without_can()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implant = (await scenario.ImplantsInWardAsync())[0];
        await scenario.ScanAsync(implant.Code, ClinicalScenario.ZhangSan);

        var used = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.HipOrder, ClinicalScenario.ZhangSan, "张三", "JZ001", ("WZ1004", 1)) with { Cancelled = true });
        var unused = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(ClinicalScenario.LiSiOrder, ClinicalScenario.LiSi, "李四", "JZ002", ("WZ1004", 2)) with { Cancelled = true });

        var problem = Assert.Single(used.Errors);
        Assert.Equal(HisOrderIntake.OrderHasConsumption, problem.Code);
        Assert.Equal("WZ1004 × 1", problem.Arguments[1]);
        Assert.Equal(OrderStatus.Cancelled, unused.Order!.Status);
        Assert.Equal(ConsumptionScanning.OrderCancelled,
            Assert.Single((await scenario.ScanAsync((await scenario.ImplantsInWardAsync(1, "IM2612"))[0].Code, ClinicalScenario.LiSi, ClinicalScenario.LiSiOrder)).Errors).Code);
    }

    [Fact]
    public async Task A_cancelled_order_sent_again_without_the_cancellation_is_open_again()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var order = ClinicalScenario.Order(ClinicalScenario.HipOrder, ClinicalScenario.ZhangSan, "张三", "JZ001", ("WZ1004", 1));
        await scenario.ReceiveOrderAsync(order with { Cancelled = true });

        var reopened = await scenario.ReceiveOrderAsync(order);

        Assert.Equal(OrderStatus.Open, reopened.Order!.Status);
    }

    [Fact]
    public async Task His_cannot_change_an_order_a_scan_created()
    {
        using var scenario = await ClinicalScenario.CreateAsync();
        var implants = await scenario.ImplantsInWardAsync(2);
        await scenario.ScanAsync(implants[0].Code, ClinicalScenario.ZhangSan);
        var extra = (await scenario.ScanAsync(implants[1].Code, ClinicalScenario.ZhangSan)).Consumption!;

        var result = await scenario.ReceiveOrderAsync(ClinicalScenario.Order(extra.OrderNo!, ClinicalScenario.ZhangSan, "张三", "JZ001", ("WZ1004", 5)));

        Assert.Equal(HisOrderIntake.ScanOrder, Assert.Single(result.Errors).Code);
    }
}
