using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;
using Spd.Reporting.Excel;
using Spd.Tests.Infrastructure;
using Spd.Tests.Reporting;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Tests.Api;

/// <summary>Supplier ERPs post whole delivery notes; a supplier reaches its own orders and notes only.</summary>
[Collection(WebCollection.Name)]
public sealed class DeliveryNotesApiTests(SpdWebFactory factory)
{
    private DateOnly Today => new BusinessCalendar(factory.Clock).Today;

    private async Task<T> WithDbAsync<T>(Func<SpdDbContext, Task<T>> work)
    {
        await using var db = await factory.Services.GetRequiredKeyedService<IDbContextFactory<SpdDbContext>>(DatabaseSetup.Unaudited).CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>A fresh published order of the given demo user's supplier, for one of its active items.</summary>
    private Task<(PurchaseOrder Order, Item Item)> OrderForAsync(string userName, int quantity = 30) => WithDbAsync(async db =>
    {
        var supplierId = await db.Users.Where(u => u.UserName == userName).Select(u => u.SupplierId!.Value).SingleAsync();
        var item = await db.Items.Where(i => i.SupplierId == supplierId && i.Status == ItemStatus.Active).OrderBy(i => i.Id).FirstAsync();
        var warehouse = await db.Warehouses.Where(w => w.Kind == WarehouseKind.Central).Select(w => w.Id).FirstAsync();
        var order = await PurchaseOrderBuilder.AddPublishedAsync(db, supplierId, warehouse, factory.Clock.GetUtcNow().UtcDateTime, (item, quantity));
        return (order, item);
    });

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var (client, response) = await factory.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private object Note(PurchaseOrder order, string externalRef, string itemCode, int quantity, DateOnly? expiry = null) => new
    {
        purchaseOrderNo = order.No,
        externalRef,
        deliveryDate = Today,
        courier = "ERP 13700000000",
        lines = new[]
        {
            new
            {
                itemCode,
                quantity,
                lotNumber = "API-LOT-1",
                productionDate = Today.AddMonths(-1),
                expiryDate = expiry ?? Today.AddYears(2),
                registrationCertificateNo = "国械注准20263140099",
            },
        },
    };

    [Fact]
    public async Task A_posted_note_is_created_submitted_and_posting_it_again_returns_the_same_note()
    {
        var (order, item) = await OrderForAsync("supplier");
        using var client = await SignInAsync("supplier");

        var created = await client.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-1", item.Code, 12));
        var again = await client.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-1", item.Code, 12));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var no = body.GetProperty("no").GetString()!;
        Assert.StartsWith("DN", no);
        Assert.Equal((nameof(DeliveryNoteStatus.Submitted), nameof(DeliveryNoteSource.Api)), (body.GetProperty("status").GetString(), body.GetProperty("source").GetString()));
        Assert.Equal($"/api/v1/delivery-notes/{no}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(no, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("no").GetString());
        Assert.Equal(1, await WithDbAsync(db => db.DeliveryNotes.CountAsync(n => n.ExternalRef == "ERP-API-1")));
        Assert.Equal(12, await WithDbAsync(db => db.PurchaseOrderLines.Where(l => l.PurchaseOrderId == order.Id).Select(l => l.DeliveredQuantity).SingleAsync()));
    }

    [Fact]
    public async Task The_printed_note_is_a_pdf_carrying_its_number_for_its_supplier_and_the_warehouse_only()
    {
        var (order, item) = await OrderForAsync("supplier");
        using var supplier = await SignInAsync("supplier");
        var created = await supplier.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-PDF", item.Code, 5));
        var no = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("no").GetString()!;
        using var warehouse = await SignInAsync("warehouse");
        using var other = await SignInAsync("supplier2");

        var own = await supplier.GetAsync($"/api/v1/delivery-notes/{no}/pdf");
        var staff = await warehouse.GetAsync($"/api/v1/delivery-notes/{no}/pdf");
        var foreign = await other.GetAsync($"/api/v1/delivery-notes/{no}/pdf");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        var pdf = await own.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        using var poppler = new PopplerPdf(pdf);
        Assert.Contains(no, PopplerPdf.WithoutSpaces(poppler.Text()));
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_supplier_cannot_post_a_note_against_another_suppliers_order()
    {
        var (othersOrder, othersItem) = await OrderForAsync("supplier2");
        using var client = await SignInAsync("supplier");

        var response = await client.PostAsJsonAsync("/api/v1/delivery-notes", Note(othersOrder, "ERP-API-2", othersItem.Code, 1));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.DeliveryNotes.AnyAsync(n => n.PurchaseOrderId == othersOrder.Id)));
    }

    [Fact]
    public async Task An_invalid_note_is_a_validation_problem_naming_the_line_and_its_field()
    {
        var (order, item) = await OrderForAsync("supplier", quantity: 5);
        using var client = await SignInAsync("supplier");

        var response = await client.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-3", item.Code, 6, expiry: Today.AddDays(-1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[0].expiryDate", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("lines[0].quantity", out _), errors.ToString());
        Assert.False(await WithDbAsync(db => db.DeliveryNotes.AnyAsync(n => n.ExternalRef == "ERP-API-3")));
    }

    [Fact]
    public async Task A_supplier_reads_its_own_note_the_warehouse_reads_it_and_another_supplier_does_not()
    {
        var (order, item) = await OrderForAsync("supplier");
        using var supplier = await SignInAsync("supplier");
        var no = (await (await supplier.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-4", item.Code, 3)))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("no").GetString();
        using var other = await SignInAsync("supplier2");
        using var warehouse = await SignInAsync("warehouse");
        using var his = factory.CreateApiClient(AccountSeeder.DemoHisApiKey);

        var own = await supplier.GetAsync($"/api/v1/delivery-notes/{no}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var line = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0];
        Assert.Equal((item.Name, "API-LOT-1", 3), (line.GetProperty("itemName").GetString(), line.GetProperty("lotNumber").GetString(), line.GetProperty("quantity").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/delivery-notes/{no}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await warehouse.GetAsync($"/api/v1/delivery-notes/{no}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await his.GetAsync($"/api/v1/delivery-notes/{no}")).StatusCode);
    }

    [Fact]
    public async Task Only_suppliers_post_delivery_notes()
    {
        var (order, item) = await OrderForAsync("supplier");
        using var warehouse = await SignInAsync("warehouse");
        using var anonymous = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-5", item.Code, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/delivery-notes", Note(order, "ERP-API-5", item.Code, 1))).StatusCode);
    }

    [Fact]
    public async Task The_open_orders_export_holds_the_signed_in_suppliers_orders_only()
    {
        var (own, _) = await OrderForAsync("supplier");
        var (others, _) = await OrderForAsync("supplier2");
        using var client = await SignInAsync("supplier");
        using var warehouse = await SignInAsync("warehouse");

        var response = await client.GetAsync("/api/v1/portal/orders/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SheetWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var orderNumbers = workbook.Worksheet(PurchaseOrderWorkbooks.OpenOrdersSheet).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToHashSet();
        var supplierId = await WithDbAsync(db => db.Users.Where(u => u.UserName == "supplier").Select(u => u.SupplierId!.Value).SingleAsync());
        var ownOpen = await WithDbAsync(db => db.PurchaseOrders.Where(o => o.SupplierId == supplierId).Select(o => o.No).ToListAsync());
        Assert.Contains(own.No, orderNumbers);
        Assert.DoesNotContain(others.No, orderNumbers);
        Assert.Equal(ownOpen.Order(), orderNumbers.Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.GetAsync("/api/v1/portal/orders/export.xlsx")).StatusCode);
    }
}
