using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Tests.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class CatalogApiTests(SpdWebFactory factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private async Task<(HttpClient Client, ItemDraft Item, string ETag)> EquipmentWithItemAsync(int id = 7)
    {
        var (client, _) = await factory.SignInAsync("equipment");
        var response = await client.GetAsync($"/api/v1/items/{id}");
        response.EnsureSuccessStatusCode();
        var resource = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return (client, resource.GetProperty("item").Deserialize<ItemDraft>(Json)!, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task An_integration_reads_one_item_with_its_version_as_etag()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.GetAsync("/api/v1/items/1");
        var item = await response.Content.ReadFromJsonAsync<JsonElement>(Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{item.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.Tag);
        Assert.Equal("WZ0000001", item.GetProperty("item").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_his_key_may_read_but_not_write_the_catalogue()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var response = await client.PostAsJsonAsync("/api/v1/items", new ItemDraft { Code = "X" }, Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_item_is_refused_field_by_field_with_the_same_rules_as_the_screen()
    {
        var (client, item, _) = await EquipmentWithItemAsync();

        var response = await client.PostAsJsonAsync("/api/v1/items", item with { Code = "", UdiDi = "06930050000017", NationalCode = "X1" }, Json);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("code", fields);
        Assert.Contains("udiDi", fields);
        Assert.Contains("nationalCode", fields);
    }

    [Fact]
    public async Task A_new_item_is_created_and_found_by_the_his_sync()
    {
        var (client, item, _) = await EquipmentWithItemAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var draft = item with
        {
            Code = "API" + Guid.NewGuid().ToString("N")[..8],
            ChargeCode = "CLAPI" + Guid.NewGuid().ToString("N")[..6],
            UdiDi = RegistryCodes.Gtin14("0693999" + Random.Shared.Next(100000, 999999)),
        };

        var created = await client.PostAsJsonAsync("/api/v1/items", draft, Json);
        var his = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);
        var changes = await his.GetFromJsonAsync<JsonElement>($"/api/v1/his/items?changedSince={Uri.EscapeDataString(before.ToString("O"))}&pageSize=200");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(draft.Code, changes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task An_update_needs_the_current_etag_and_refuses_a_stale_one()
    {
        var (client, item, etag) = await EquipmentWithItemAsync(8);

        var withoutETag = await client.PutAsJsonAsync("/api/v1/items/8", item, Json);
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/items/8") { Content = JsonContent.Create(item with { Model = "M-NEW" }, options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var updated = await client.SendAsync(request);
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/items/8") { Content = JsonContent.Create(item with { Model = "M-OLD" }, options: Json) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await client.SendAsync(stale);

        Assert.Equal((HttpStatusCode)428, withoutETag.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, updated.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/items/8", Json);
        Assert.Equal("M-NEW", after.GetProperty("item").GetProperty("model").GetString());
    }

    [Fact]
    public async Task The_his_sync_pages_in_change_order_and_leaves_out_drafts()
    {
        using var client = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/his/items?pageSize=200", Json);
        var rows = page.GetProperty("items").EnumerateArray().ToList();

        Assert.True(page.GetProperty("totalCount").GetInt32() >= 3000);
        Assert.DoesNotContain(rows, r => r.GetProperty("status").GetString() == "Draft");
        var stamps = rows.Select(r => r.GetProperty("changedUtc").GetDateTime()).ToList();
        Assert.Equal(stamps.Order(), stamps);
    }
}
