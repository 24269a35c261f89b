using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Clinical;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class SurgeriesApiTests(SpdWebFactory factory)
{
    [Fact]
    public async Task HIS_sends_an_operation_and_resends_it_changed_without_a_duplicate()
    {
        var body = await ScheduleAsync();
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var first = await client.PostAsJsonAsync("/api/v1/his/surgeries", body);
        var again = await client.PostAsJsonAsync("/api/v1/his/surgeries", body with { Operation = "右侧全膝关节置换术" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var surgery = await db.Surgeries.SingleAsync(s => s.No == body.No);
        Assert.Equal("右侧全膝关节置换术", surgery.Operation);
    }

    [Fact]
    public async Task An_operation_for_an_unknown_surgeon_is_refused_with_the_reason()
    {
        var body = await ScheduleAsync() with { SurgeonCode = "NOBODY" };
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.PostAsJsonAsync("/api/v1/his/surgeries", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Surgeries.UnknownSurgeon, problem.RootElement.GetProperty("errorCodes")[0].GetString());
    }

    [Theory]
    [InlineData("nurse")]
    [InlineData("supplier")]
    public async Task Only_HIS_sends_the_schedule(string user)
    {
        var body = await ScheduleAsync();
        var (client, _) = await factory.SignInAsync(user);
        using (client)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/his/surgeries", body)).StatusCode);
        }
    }

    /// <summary>A schedule for the demo's joint surgery ward, with a surgeon in the staff dictionary.</summary>
    private async Task<SurgeryInput> ScheduleAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var theatre = await db.Warehouses.Include(w => w.OwnerDepartment).Where(w => w.Kind == WarehouseKind.Secondary).OrderBy(w => w.Code).FirstAsync();
        var surgeon = await db.Doctors.FirstOrDefaultAsync(d => d.Code == "API-D1");
        if (surgeon is null)
        {
            db.Doctors.Add(new Doctor { Code = "API-D1", Name = "钱医生", DepartmentId = theatre.OwnerDepartmentId!.Value });
            await db.SaveChangesAsync();
        }

        return new SurgeryInput
        {
            No = "HIS" + Guid.NewGuid().ToString("N")[..12],
            PatientNo = "P-API-1",
            PatientName = "接口患者",
            EncounterNo = "ZY-API-1",
            DepartmentCode = theatre.OwnerDepartment!.Code,
            WarehouseCode = theatre.Code,
            SurgeonCode = "API-D1",
            Operation = "左侧全膝关节置换术",
            ScheduledUtc = factory.Clock.GetUtcNow().UtcDateTime.AddHours(6),
        };
    }
}
