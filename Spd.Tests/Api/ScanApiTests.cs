using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spd.Domain.Codes;
using Spd.Tests.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ScanApiTests(SpdWebFactory factory)
{
    private const string Path = "/api/v1/scans/parse";

    [Fact]
    public async Task A_warehouse_keeper_gets_the_udi_of_a_gs1_label_with_iso_dates_and_its_elements()
    {
        var (client, _) = await factory.SignInAsync("warehouse");

        var response = await client.PostAsJsonAsync(Path, new { code = "]d20106901234567892172612001012345\u001d21SN1" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Gs1", body.GetProperty("kind").GetString());
        Assert.Equal("06901234567892", body.GetProperty("gtin").GetString());
        Assert.Equal("12345", body.GetProperty("lot").GetString());
        Assert.Equal("SN1", body.GetProperty("serial").GetString());
        Assert.Matches(@"^\d{4}-12-31$", body.GetProperty("expiryDate").GetString());
        Assert.Equal("17", body.GetProperty("elements")[1].GetProperty("ai").GetString());
    }

    [Fact]
    public async Task The_his_key_reads_an_spd_piece_label_with_its_internal_kind()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var body = await (await client.PostAsJsonAsync(Path, new { code = InternalCode.Piece(42).Text })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Internal", body.GetProperty("kind").GetString());
        Assert.Equal("Piece", body.GetProperty("internalKind").GetString());
        Assert.Equal(42, body.GetProperty("serial").GetInt64());
    }

    [Fact]
    public async Task A_bad_code_is_refused_with_422_naming_the_error_code_and_message()
    {
        var (client, _) = await factory.SignInAsync("nurse");

        var response = await client.PostAsJsonAsync(Path, new { code = "]d20106901234567893" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(nameof(ScanErrors.CheckDigit), problem.GetProperty("errorCode").GetString());
        Assert.Equal("06901234567893 has a wrong check digit; it should be 2.", problem.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(16, problem.GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task Parsing_needs_a_signed_in_scanner()
    {
        using var anonymous = factory.CreateApiClient();
        var (finance, _) = await factory.SignInAsync("finance");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Path, new { code = "6901234567892" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync(Path, new { code = "6901234567892" })).StatusCode);
    }
}
