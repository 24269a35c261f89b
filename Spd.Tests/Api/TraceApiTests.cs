using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Tests.Infrastructure;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class TraceApiTests(SpdWebFactory factory)
{
    /// <summary>A pack of the label demo whose label the department confirmed lost.</summary>
    private async Task<string> LostPackAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        return await db.StockUnits.Where(u => u.LabelStatus == LabelStatus.Lost).Select(u => u.Code).FirstAsync();
    }

    [Fact]
    public async Task The_his_reads_a_codes_timeline_from_arrival_to_the_lost_label()
    {
        var code = await LostPackAsync();
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var trace = await client.GetFromJsonAsync<JsonElement>($"/api/v1/trace/{code}");

        Assert.Equal(code, trace.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(
            ["Received", "Labelled", "Consumed", "LabelLost"],
            trace.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("event").GetString()));
        var lost = trace.GetProperty("steps")[3];
        Assert.Equal("nurse", lost.GetProperty("userName").GetString());
        Assert.StartsWith("BQ", lost.GetProperty("documentNo").GetString());
        Assert.Equal(LabelDemoData.DocumentNo, trace.GetProperty("steps")[2].GetProperty("documentNo").GetString());
    }

    [Fact]
    public async Task A_supplier_may_not_trace_a_code_because_the_trace_names_patients()
    {
        var code = await LostPackAsync();
        var (supplier, _) = await factory.SignInAsync("supplier");
        var (nurse, _) = await factory.SignInAsync("nurse");
        using (supplier)
        using (nurse)
        using (var anonymous = factory.CreateApiClient())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync($"/api/v1/trace/{code}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/trace/{code}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/api/v1/trace/{code}")).StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_naming_the_reason()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.GetAsync($"/api/v1/trace/{Spd.Domain.Codes.InternalCode.Piece(987_654_321).Text}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("TraceNotFound", problem.GetProperty("errorCode").GetString());
    }
}
