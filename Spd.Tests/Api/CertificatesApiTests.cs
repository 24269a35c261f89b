using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

/// <summary>A supplier user reaches its own certificates, files, eligibility and notifications, never another supplier's.</summary>
[Collection(WebCollection.Name)]
public sealed class CertificatesApiTests(SpdWebFactory factory)
{
    private async Task<(int Own, int Other)> SupplierIdsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "supplier");
        var other = await db.Suppliers.Where(s => s.Id != user.SupplierId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (user.SupplierId!.Value, other);
    }

    private async Task<T> WithDbAsync<T>(Func<SpdDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SpdDbContext>());
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var (client, response) = await factory.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static MultipartFormDataContent Renewal(string number, byte[] file) => new()
    {
        { new StringContent(number), "number" },
        { new StringContent("2027-01-01"), "validFrom" },
        { new StringContent("2031-12-31"), "validUntil" },
        { new ByteArrayContent(file), "file", "renewal.pdf" },
    };

    [Fact]
    public async Task A_supplier_reads_its_own_eligibility_but_not_another_suppliers()
    {
        var (own, other) = await SupplierIdsAsync();
        using var client = await SignInAsync("supplier");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/suppliers/{own}/eligibility")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/suppliers/{other}/eligibility")).StatusCode);
    }

    [Fact]
    public async Task A_supplier_cannot_read_the_eligibility_of_another_suppliers_item()
    {
        var (own, _) = await SupplierIdsAsync();
        var (ownItem, otherItem) = await WithDbAsync(async db => (
            await db.Items.Where(i => i.SupplierId == own).Select(i => i.Id).FirstAsync(),
            await db.Items.Where(i => i.SupplierId != own).Select(i => i.Id).FirstAsync()));
        using var client = await SignInAsync("supplier");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/items/{ownItem}/eligibility")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/items/{otherItem}/eligibility")).StatusCode);
    }

    [Fact]
    public async Task The_his_integration_reads_an_items_eligibility_with_each_problem()
    {
        var itemId = await WithDbAsync(db => db.Items.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.GetAsync($"/api/v1/items/{itemId}/eligibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.GetProperty("eligible").GetBoolean(), body.GetProperty("problems").GetArrayLength() == 0);
    }

    [Fact]
    public async Task A_blacklisted_suppliers_eligibility_names_the_blacklist()
    {
        var blacklisted = await WithDbAsync(db => db.Suppliers.Where(s => s.Blacklisted).Select(s => s.Id).FirstAsync());
        using var client = await SignInAsync("equipment");

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{blacklisted}/eligibility");

        Assert.False(body.GetProperty("eligible").GetBoolean());
        Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == CertificateCheck.Blacklisted);
    }

    [Fact]
    public async Task A_supplier_cannot_list_or_download_another_suppliers_certificates()
    {
        var (own, other) = await SupplierIdsAsync();
        var otherFile = await WithDbAsync(db => db.Certificates.Where(c => c.SupplierId != own && c.StoredFileName != null).Select(c => c.Id).FirstAsync());
        using var client = await SignInAsync("supplier");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/suppliers/{own}/certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/suppliers/{other}/certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/certificates/{otherFile}/file")).StatusCode);

        using var staff = await SignInAsync("equipment");
        var download = await staff.GetAsync($"/api/v1/certificates/{otherFile}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_supplier_cannot_upload_a_renewal_for_another_suppliers_certificate()
    {
        var (own, _) = await SupplierIdsAsync();
        var otherCertificate = await WithDbAsync(db => db.Certificates
            .Where(c => c.SupplierId != null && c.SupplierId != own && c.Status == CertificateStatus.Approved).Select(c => c.Id).FirstAsync());
        using var client = await SignInAsync("supplier");

        var response = await client.PostAsync($"/api/v1/certificates/{otherCertificate}/renewals", Renewal("X-1", CertificateDemoData.Pdf("x")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.Certificates.AnyAsync(c => c.ReplacesCertificateId == otherCertificate && c.Number == "X-1")));
    }

    [Fact]
    public async Task An_upload_that_is_not_pdf_or_an_image_is_refused()
    {
        var (own, _) = await SupplierIdsAsync();
        var certificate = await WithDbAsync(db => db.Certificates.Where(c => c.SupplierId == own && c.Status == CertificateStatus.Approved).Select(c => c.Id).FirstAsync());
        using var client = await SignInAsync("supplier");

        var response = await client.PostAsync($"/api/v1/certificates/{certificate}/renewals", Renewal("HTML-1", "<html></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_supplier_uploads_a_renewal_cannot_approve_it_and_the_equipment_department_approves_it()
    {
        var (own, _) = await SupplierIdsAsync();
        var current = await WithDbAsync(db => db.Certificates
            .Where(c => c.SupplierId == own && c.Status == CertificateStatus.Approved && c.Type == CertificateType.BusinessLicense).Select(c => c.Id).FirstAsync());
        using var supplier = await SignInAsync("supplier");

        var upload = await supplier.PostAsync($"/api/v1/certificates/{current}/renewals", Renewal("API-RENEWAL-1", CertificateDemoData.Pdf("renewal")));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var renewalId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync($"/api/v1/certificates/{renewalId}/file")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.PostAsync($"/api/v1/certificates/{renewalId}/approve", null)).StatusCode);

        using var staff = await SignInAsync("equipment");
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/certificates/{renewalId}/reject", new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/v1/certificates/{renewalId}/approve", null)).StatusCode);

        var statuses = await WithDbAsync(db => db.Certificates.Where(c => c.Id == current || c.Id == renewalId).ToDictionaryAsync(c => c.Id, c => c.Status));
        Assert.Equal(CertificateStatus.Superseded, statuses[current]);
        Assert.Equal(CertificateStatus.Approved, statuses[renewalId]);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/v1/certificates/{renewalId}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task A_supplier_reads_only_its_own_notifications()
    {
        var (own, _) = await SupplierIdsAsync();
        await WithDbAsync(async db =>
        {
            var calendar = new BusinessCalendar(factory.Clock);
            return await CertificateAlerts.RaiseAsync(db, calendar.Today, calendar.UtcNow, [90, 30, 0]);
        });
        Assert.True(await WithDbAsync(db => db.Notifications.AnyAsync(n => n.Audience == NotificationAudience.Supplier && n.SupplierId != own)));
        using var client = await SignInAsync("supplier2");
        var supplier2 = await WithDbAsync(db => db.Users.Where(u => u.UserName == "supplier2").Select(u => u.SupplierId).SingleAsync());

        var notifications = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications");

        Assert.All(notifications.EnumerateArray(), n =>
        {
            Assert.Equal(nameof(NotificationAudience.Supplier), n.GetProperty("audience").GetString());
            Assert.Equal(supplier2, n.GetProperty("supplierId").GetInt32());
        });

        using var staff = await SignInAsync("equipment");
        var staffNotifications = await staff.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.NotEqual(0, staffNotifications.GetArrayLength());
        Assert.All(staffNotifications.EnumerateArray(), n => Assert.Equal(nameof(NotificationAudience.EquipmentDept), n.GetProperty("audience").GetString()));
    }

    [Fact]
    public async Task Staff_without_the_equipment_role_cannot_read_the_equipment_departments_notifications()
    {
        using var client = await SignInAsync("nurse");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/notifications")).StatusCode);
    }
}

[Collection(WebCollection.Name)]
public sealed class SchedulingTests(SpdWebFactory factory)
{
    [Fact]
    public async Task The_certificate_expiry_job_is_scheduled_daily_in_the_hospitals_time_zone()
    {
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<Quartz.ICronTrigger>(await scheduler.GetTrigger(CertificateExpiryJob.DailyTrigger));

        Assert.Equal(CertificateExpiryJob.Key, trigger.JobKey);
        Assert.Equal("0 0 6 * * ?", trigger.CronExpressionString);
        Assert.Equal(TimeSpan.FromHours(8), trigger.TimeZone.BaseUtcOffset);
    }
}
