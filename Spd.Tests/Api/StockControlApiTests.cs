using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class StockControlApiTests(SpdWebFactory factory)
{
    [Fact]
    public async Task Keepers_read_the_expired_stock_still_available_and_department_keepers_are_refused_through_the_api()
    {
        var (warehouse, _) = await factory.SignInAsync("warehouse");
        var (nurse, _) = await factory.SignInAsync("nurse");
        using (warehouse)
        using (nurse)
        {
            var expired = await warehouse.GetFromJsonAsync<JsonElement>("/api/v1/stock/near-expiry?band=Expired&pageSize=200");
            var forbidden = await nurse.GetAsync("/api/v1/stock/near-expiry");

            Assert.Contains(expired.GetProperty("items").EnumerateArray(), row => row.GetProperty("lotNumber").GetString() == "2402C07");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await warehouse.GetAsync("/api/v1/stock/near-expiry?pageSize=0")).StatusCode);
        }
    }

    [Fact]
    public async Task The_recall_report_of_the_demo_lot_names_its_patients_in_json_and_in_the_workbook()
    {
        int recallId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
            var itemId = db.StockBalances.Where(b => b.LotNumber == RecallDemoData.RecallLot).Select(b => b.ItemId).First();
            var result = await Recalls.StartAsync(db, factory.Clock, "equipment", new RecallDraft(RecallKind.Recall, itemId, null, null, RecallDemoData.RecallLot, "API 测试召回"));
            recallId = result.Recall!.Id;
        }

        var (client, _) = await factory.SignInAsync("equipment");
        using (client)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/recalls/{recallId}");
            var workbook = await client.GetAsync($"/api/v1/recalls/{recallId}/report.xlsx");

            Assert.Equal(["ZY20261107", "ZY20261112"], json.GetProperty("consumption").EnumerateArray().Select(c => c.GetProperty("patientId").GetString()));
            Assert.Equal("Quarantined", json.GetProperty("stock")[0].GetProperty("state").GetString());
            Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
            Assert.Equal(SheetWorkbook.ContentType, workbook.Content.Headers.ContentType?.MediaType);
            using var sheets = new XLWorkbook(await workbook.Content.ReadAsStreamAsync());
            Assert.Equal("ZY20261107", sheets.Worksheet(RecallWorkbooks.PatientsSheet).Cell(2, 2).GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/recalls/99999/report.xlsx")).StatusCode);
        }
    }

    [Fact]
    public async Task The_near_expiry_alert_is_scheduled_daily_at_seven_in_the_hospitals_time_zone()
    {
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<Quartz.ICronTrigger>(await scheduler.GetTrigger(NearExpiryAlertJob.DailyTrigger));

        Assert.Equal(NearExpiryAlertJob.Key, trigger.JobKey);
        Assert.Equal("0 0 7 * * ?", trigger.CronExpressionString);
        Assert.Equal(TimeSpan.FromHours(8), trigger.TimeZone.BaseUtcOffset);
    }

    [Fact]
    public async Task The_demo_warehouse_keeper_finds_the_days_expiry_alerts_in_the_inbox()
    {
        var (client, _) = await factory.SignInAsync("warehouse");
        using (client)
        {
            var notifications = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications");

            Assert.Contains(notifications.EnumerateArray(), n => n.GetProperty("messageKey").GetString() == NearExpiryAlerts.ExpiredKey);
            Assert.DoesNotContain(notifications.EnumerateArray(), n => n.GetProperty("messageKey").GetString()!.StartsWith("Notification.Certificate", StringComparison.Ordinal));
        }
    }
}
