using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Tests.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class ApiSecurityTests(SpdWebFactory factory)
{
    [Theory]
    [InlineData("/api/v1/items")]
    [InlineData("/api/v1/departments")]
    [InlineData("/api/v1/warehouses")]
    [InlineData("/api/v1/suppliers/1")]
    public async Task A_call_without_credentials_is_refused_with_401(string path)
    {
        using var client = factory.CreateApiClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_api_key_is_refused_with_401()
    {
        using var client = factory.CreateApiClient("not-a-real-key");

        var response = await client.GetAsync("/api/v1/items");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_api_key_of_the_wrong_role_is_refused_with_403()
    {
        const string deviceKey = "test-device-key";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
            if (!await db.ApiKeys.AnyAsync(k => k.Name == "test-device"))
            {
                db.ApiKeys.Add(new ApiKey { Name = "test-device", KeyHash = ApiKey.Hash(deviceKey), Role = Roles.Device, CreatedUtc = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
        }

        using var client = factory.CreateApiClient(deviceKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/items")).StatusCode);
    }

    [Fact]
    public async Task The_demo_his_key_reads_items_with_paging()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/items?search=ycxsy&page=2&pageSize=5");

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("totalCount").GetInt32() > 5);
        Assert.All(page.GetProperty("items").EnumerateArray(), item => Assert.StartsWith("一次性使用", item.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/items?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/departments?page=0", "page")]
    public async Task Out_of_range_paging_is_a_400_problem_naming_the_parameter(string path, string parameter)
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Departments_and_warehouses_list_for_an_integration()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var departments = await client.GetFromJsonAsync<JsonElement>("/api/v1/departments?pageSize=200");
        var secondary = await client.GetFromJsonAsync<JsonElement>("/api/v1/warehouses?kind=Secondary&pageSize=1");

        Assert.True(departments.GetProperty("totalCount").GetInt32() > 20);
        Assert.Equal(45, secondary.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_supplier_user_reads_its_own_company_and_never_another()
    {
        var (client, _) = await factory.SignInAsync("supplier");
        int own, other;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
            own = (await db.Users.SingleAsync(u => u.UserName == "supplier")).SupplierId!.Value;
            other = await db.Suppliers.Where(s => s.Id != own).Select(s => s.Id).FirstAsync();
        }

        var mine = await client.GetAsync($"/api/v1/suppliers/{own}");
        var theirs = await client.GetAsync($"/api/v1/suppliers/{other}");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/suppliers?pageSize=200");
        var items = await client.GetAsync("/api/v1/items");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal([own], list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, items.StatusCode);
    }

    [Fact]
    public async Task Staff_read_any_supplier_with_certificates()
    {
        var (client, _) = await factory.SignInAsync("equipment");

        var supplier = await client.GetFromJsonAsync<JsonElement>("/api/v1/suppliers/1");

        Assert.Equal(1, supplier.GetProperty("id").GetInt32());
        Assert.True(supplier.GetProperty("certificates").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Health_answers_200_without_sign_in()
    {
        using var client = factory.CreateApiClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Open_api_document_describes_the_v1_endpoints()
    {
        using var client = factory.CreateApiClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/items", paths);
        Assert.Contains("/api/v1/departments", paths);
        Assert.Contains("/api/v1/warehouses", paths);
    }

    [Fact]
    public async Task Pages_redirect_an_anonymous_browser_to_the_login()
    {
        using var client = factory.CreateApiClient();

        var response = await client.GetAsync("/items");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
    }
}
