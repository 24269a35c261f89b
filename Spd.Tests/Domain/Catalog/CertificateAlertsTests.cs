using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Notifications;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class CertificateAlertsTests : IDisposable
{
    private static readonly int[] DefaultThresholds = [90, 30, 0];

    private readonly TestDatabase database = new();

    private BusinessCalendar Calendar => new(database.Clock);

    public void Dispose() => database.Dispose();

    private async Task<int> AddCertificateAsync(int daysLeft, CertificateStatus status = CertificateStatus.Approved)
    {
        await using var db = database.Create();
        var (supplier, _) = await MasterDataBuilder.AddSupplierAsync(db, "GYS" + Guid.NewGuid().ToString("N")[..6]);
        var certificate = new Certificate
        {
            Type = CertificateType.OperatingLicense, Number = "浙杭食药监械经营许20210001号", SupplierId = supplier.Id,
            ValidUntil = Calendar.Today.AddDays(daysLeft), Status = status,
        };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        return certificate.Id;
    }

    private async Task<int> RunAsync(IReadOnlyCollection<int>? thresholds = null)
    {
        await using var db = database.Create();
        return await CertificateAlerts.RaiseAsync(db, Calendar.Today, Calendar.UtcNow, thresholds ?? DefaultThresholds);
    }

    private async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = database.Create();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }

    [Theory]
    [InlineData(91, null)]
    [InlineData(90, 90)]
    [InlineData(31, 90)]
    [InlineData(30, 30)]
    [InlineData(1, 30)]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    public async Task A_certificate_raises_the_most_urgent_level_it_has_reached(int daysLeft, int? level)
    {
        var id = await AddCertificateAsync(daysLeft);

        await RunAsync();

        var keys = (await NotificationsAsync()).Select(n => n.DedupKey).ToList();
        if (level is null)
        {
            Assert.Empty(keys);
        }
        else
        {
            Assert.Equal(
                [CertificateAlerts.DedupKey(id, level.Value, NotificationAudience.EquipmentDept), CertificateAlerts.DedupKey(id, level.Value, NotificationAudience.Supplier)],
                keys.Order());
        }
    }

    [Fact]
    public async Task Both_the_equipment_department_and_the_holding_supplier_are_told()
    {
        await AddCertificateAsync(20);

        await RunAsync();

        var notifications = await NotificationsAsync();
        Assert.Contains(notifications, n => n.Audience == NotificationAudience.EquipmentDept && n.SupplierId == null && n.MessageKey == CertificateAlerts.ExpiringKey);
        Assert.Contains(notifications, n => n.Audience == NotificationAudience.Supplier && n.SupplierId != null && n.Link == "/portal/certificates");
    }

    [Fact]
    public async Task A_rerun_on_the_same_day_writes_nothing_twice()
    {
        await AddCertificateAsync(30);

        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, (await NotificationsAsync()).Count);
    }

    [Fact]
    public async Task Each_threshold_is_raised_once_as_days_pass()
    {
        await AddCertificateAsync(95);

        var written = new List<int>();
        for (var day = 0; day <= 100; day++)
        {
            written.Add(await RunAsync());
            database.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(6, written.Sum());
        Assert.Equal([5, 65, 95], [.. written.Select((count, day) => (count, day)).Where(x => x.count > 0).Select(x => x.day)]);
        Assert.Equal(1, (await NotificationsAsync()).Count(n => n.MessageKey == CertificateAlerts.ExpiresTodayKey && n.Audience == NotificationAudience.EquipmentDept));
    }

    [Fact]
    public async Task The_thresholds_are_configurable()
    {
        var id = await AddCertificateAsync(50);

        await RunAsync([60, 7]);

        Assert.Contains(await NotificationsAsync(), n => n.DedupKey == CertificateAlerts.DedupKey(id, 60, NotificationAudience.EquipmentDept));
    }

    [Theory]
    [InlineData(CertificateStatus.PendingReview)]
    [InlineData(CertificateStatus.Superseded)]
    public async Task Certificates_not_in_force_raise_nothing(CertificateStatus status)
    {
        await AddCertificateAsync(5, status);

        Assert.Equal(0, await RunAsync());
    }
}
