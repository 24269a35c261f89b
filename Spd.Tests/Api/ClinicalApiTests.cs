using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Clinical;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

/// <summary>HIS orders in, scans from PDAs and relays, charges out; each test uses its own demo pieces and packs.</summary>
[Collection(WebCollection.Name)]
public sealed class ClinicalApiTests(SpdWebFactory factory)
{
    private const string DeviceKey = "test-ward-relay-key";

    [Fact]
    public async Task His_sends_an_order_the_nurse_scans_its_implant_twice_with_one_scan_id_and_his_gets_one_charge_to_post()
    {
        using var his = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);
        var (nurse, _) = await factory.SignInAsync("nurse");
        using (nurse)
        {
            var (departmentCode, implantCode) = await DemoWardAsync();
            var order = new
            {
                orderNo = "YZ-API-0001",
                patient = new { patientNo = "ZY-API-0001", name = "孙丽华" },
                encounterNo = "ZYH-API-0001",
                departmentCode,
                doctor = new { code = "YS1003", name = "王建军" },
                operation = "全髋关节置换术",
                drgGroup = "IC29",
                lines = new[] { new { itemCode = implantCode, quantity = 1 } },
            };

            var created = await his.PostAsJsonAsync("/api/v1/his/orders", order);
            var resent = await his.PostAsJsonAsync("/api/v1/his/orders", order);
            var scan = new { code = ClinicalDemoData.ImplantCode(1), scanId = "api-scan-0001", deviceId = "PDA-12", patientNo = "ZY-API-0001" };
            var first = await nurse.PostAsJsonAsync("/api/v1/scans", scan);
            var again = await nurse.PostAsJsonAsync("/api/v1/scans", scan);

            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
            var againBody = await again.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(firstBody.GetProperty("duplicate").GetBoolean());
            Assert.True(againBody.GetProperty("duplicate").GetBoolean());
            Assert.Equal(firstBody.GetProperty("consumption").GetRawText(), againBody.GetProperty("consumption").GetRawText());
            var consumption = firstBody.GetProperty("consumption");
            Assert.Equal(("YZ-API-0001", "Ready", "PDA-12", "nurse"),
                (consumption.GetProperty("orderNo").GetString(), consumption.GetProperty("chargeStatus").GetString(), consumption.GetProperty("deviceId").GetString(),
                    consumption.GetProperty("userName").GetString()));

            var chargeId = consumption.GetProperty("chargeId").GetInt64();
            var charges = await his.GetFromJsonAsync<JsonElement>("/api/v1/his/charges?since=2000-01-01T00:00:00Z&limit=1000");
            var mine = charges.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("patientNo").GetString() == "ZY-API-0001").ToList();
            Assert.Equal([chargeId], mine.Select(c => c.GetProperty("id").GetInt64()));
            Assert.Equal("YZ-API-0001", mine[0].GetProperty("orderNo").GetString());

            var ack = await (await his.PostAsJsonAsync("/api/v1/his/charges/ack", new { ids = new[] { chargeId, 987654321L } })).Content.ReadFromJsonAsync<JsonElement>();
            var ackAgain = await (await his.PostAsJsonAsync("/api/v1/his/charges/ack", new { ids = new[] { chargeId } })).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(chargeId, ack.GetProperty("acknowledged")[0].GetInt64());
            Assert.Equal(987654321L, ack.GetProperty("unknown")[0].GetInt64());
            Assert.Equal(0, ackAgain.GetProperty("acknowledged").GetArrayLength());
            Assert.Equal(chargeId, ackAgain.GetProperty("alreadyAcknowledged")[0].GetInt64());
            var after = await his.GetFromJsonAsync<JsonElement>("/api/v1/his/charges");
            Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == chargeId);

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
            Assert.Equal(1, await db.Consumptions.CountAsync(c => c.ScanId == "api-scan-0001"));
            Assert.Equal(1, await db.HisOrders.CountAsync(o => o.OrderNo == "YZ-API-0001"));
        }
    }

    [Fact]
    public async Task A_pack_scanned_through_the_api_is_used_whole_and_a_refusal_is_a_422_naming_the_rule()
    {
        var (nurse, _) = await factory.SignInAsync("nurse");
        using (nurse)
        {
            var pack = await nurse.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(1), scanId = "api-scan-0002" });
            var again = await nurse.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(1), scanId = "api-scan-0003" });
            var noPatient = await nurse.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.ImplantCode(2), scanId = "api-scan-0004" });
            var noScanId = await nurse.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(2) });

            Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
            Assert.Equal("Pack", (await pack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consumption").GetProperty("unitKind").GetString());
            Assert.Equal(ConsumptionScanning.AlreadyConsumed, await RefusalAsync(again));
            Assert.Equal(ConsumptionScanning.PatientRequired, await RefusalAsync(noPatient));
            Assert.Equal(ConsumptionScanning.ScanIdRequired, await RefusalAsync(noScanId));
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
            var unit = await db.StockUnits.SingleAsync(u => u.Code == ClinicalDemoData.PackCode(1));
            Assert.Equal(Spd.Domain.Inventory.LabelStatus.Awaiting, unit.LabelStatus);
        }
    }

    [Fact]
    public async Task A_device_relay_names_the_store_and_cannot_scan_without_one()
    {
        await AddDeviceKeyAsync();
        using var relay = factory.CreateApiClient(DeviceKey);
        var storeCode = await WardStoreCodeAsync();

        var used = await relay.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(3), scanId = "relay-0001", deviceId = "RFID-CAB-3", location = storeCode });
        var unplaced = await relay.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(4), scanId = "relay-0002" });

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal("api:ward-relay", (await used.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consumption").GetProperty("userName").GetString());
        Assert.Equal(ConsumptionScanning.LocationRequired, await RefusalAsync(unplaced));
    }

    [Fact]
    public async Task Only_the_right_roles_reach_orders_scans_and_charges_and_a_nurse_only_her_own_departments_store()
    {
        var (supplier, _) = await factory.SignInAsync("supplier");
        var (nurse, _) = await factory.SignInAsync("nurse");
        var (finance, _) = await factory.SignInAsync("finance");
        using var anonymous = factory.CreateApiClient();
        using (supplier)
        using (nurse)
        using (finance)
        {
            var scan = new { code = ClinicalDemoData.PackCode(5), scanId = "role-0001" };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/scans", scan)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsJsonAsync("/api/v1/scans", scan)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync("/api/v1/scans", scan)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync("/api/v1/his/charges")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await nurse.GetAsync("/api/v1/his/charges")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await nurse.PostAsJsonAsync("/api/v1/his/charges/ack", new { ids = new[] { 1L } })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await nurse.PostAsJsonAsync("/api/v1/his/orders", new { orderNo = "X" })).StatusCode);

            var otherStore = await OtherDepartmentStoreCodeAsync();
            Assert.Equal(ConsumptionScanning.WarehouseOfOtherDepartment,
                await RefusalAsync(await nurse.PostAsJsonAsync("/api/v1/scans", new { code = ClinicalDemoData.PackCode(5), scanId = "role-0002", location = otherStore })));
        }
    }

    [Fact]
    public async Task An_order_his_cannot_change_any_more_is_a_422_with_the_field_and_the_rule()
    {
        using var his = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);
        var (departmentCode, implantCode) = await DemoWardAsync();

        var response = await his.PostAsJsonAsync("/api/v1/his/orders", new
        {
            orderNo = ClinicalDemoData.FirstOrderNo,
            patient = new { patientNo = ClinicalDemoData.Patients[0].PatientNo, name = ClinicalDemoData.Patients[0].Name },
            encounterNo = "ZYH" + ClinicalDemoData.Patients[0].PatientNo[2..],
            departmentCode,
            lines = new[] { new { itemCode = implantCode, quantity = 1 } },
            cancelled = true,
        });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HisOrderIntake.OrderHasConsumption, problem.GetProperty("errorCode").GetString());
        Assert.StartsWith($"Order {ClinicalDemoData.FirstOrderNo} cannot be cancelled", problem.GetProperty("errors").GetProperty("cancelled")[0].GetString());
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCode").GetString()!;
    }

    /// <summary>The nurse's department code and the item of demo implant piece 1 (the first implant item).</summary>
    private async Task<(string DepartmentCode, string ItemCode)> DemoWardAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var department = await db.Users.Where(u => u.UserName == "nurse").Select(u => db.Departments.First(d => d.Id == u.DepartmentId).Code).SingleAsync();
        var item = await db.StockUnits.Where(u => u.Code == ClinicalDemoData.ImplantCode(1)).Select(u => u.Item!.Code).SingleAsync();
        return (department, item);
    }

    private async Task<string> WardStoreCodeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        return await db.StockUnits.Where(u => u.Code == ClinicalDemoData.PackCode(0)).Select(u => db.Warehouses.First(w => w.Id == u.WarehouseId).Code).SingleAsync();
    }

    private async Task<string> OtherDepartmentStoreCodeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var nurseDepartment = await db.Users.Where(u => u.UserName == "nurse").Select(u => u.DepartmentId).SingleAsync();
        return await db.Warehouses.Where(w => w.OwnerDepartmentId != null && w.OwnerDepartmentId != nurseDepartment).OrderBy(w => w.Code).Select(w => w.Code).FirstAsync();
    }

    private async Task AddDeviceKeyAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var hash = ApiKey.Hash(DeviceKey);
        if (!await db.ApiKeys.AnyAsync(k => k.KeyHash == hash))
        {
            db.ApiKeys.Add(new ApiKey { Name = "ward-relay", KeyHash = hash, Role = Roles.Device, CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }
    }
}
