using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Api;

/// <summary>Reprinting a department's pack labels: the packs still in stock or on their way, on the receiving label sheet and ZPL.</summary>
[Collection(WebCollection.Name)]
public sealed class PackLabelsTests(SpdWebFactory factory)
{
    [Fact]
    public async Task The_warehouse_reprints_the_labels_of_a_departments_packs_still_in_stock()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        var definition = await db.PackDefinitions.AsNoTracking().OrderBy(p => p.Id).FirstAsync();
        var empty = new PackDefinition { DepartmentId = definition.DepartmentId, ItemId = await db.Items.Where(i => i.Id != definition.ItemId).Select(i => i.Id).FirstAsync(), PackSize = 5 };
        db.PackDefinitions.Add(empty);
        StockUnit Pack(long serial, StockUnitStatus status) => new()
        {
            Code = InternalCode.FixedPack(serial).Text, Kind = StockUnitKind.Pack, ItemId = definition.ItemId, DepartmentId = definition.DepartmentId,
            Quantity = definition.PackSize, LotNumber = "P2611", Status = status,
        };
        var first = await SerialNumbers.ReserveAsync(db, SerialNumbers.Pack, 3);
        StockUnit[] packs = [Pack(first, StockUnitStatus.InStock), Pack(first + 1, StockUnitStatus.InTransit), Pack(first + 2, StockUnitStatus.Consumed)];
        db.StockUnits.AddRange(packs);
        await db.SaveChangesAsync();
        var (keeper, _) = await factory.SignInAsync("warehouse");
        var (nurse, _) = await factory.SignInAsync("nurse");

        var zpl = await (await keeper.GetAsync($"/department-supply/packs/{definition.Id}/labels.zpl")).Content.ReadAsStringAsync();
        var pdf = await keeper.GetAsync($"/department-supply/packs/{definition.Id}/labels.pdf");

        Assert.Contains(packs[0].Code, zpl);
        Assert.Contains(packs[1].Code, zpl);
        Assert.DoesNotContain(packs[2].Code, zpl);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await keeper.GetAsync($"/department-supply/packs/{empty.Id}/labels.zpl")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nurse.GetAsync($"/department-supply/packs/{definition.Id}/labels.pdf")).StatusCode);
    }
}
