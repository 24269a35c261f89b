using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Catalog;

public sealed class ItemListTests : IDisposable
{
    private readonly TestDatabase database = new();

    public ItemListTests()
    {
        using var db = database.CreateUnaudited();
        var (supplier, manufacturer) = MasterDataBuilder.AddSupplierAsync(db).GetAwaiter().GetResult();
        db.Items.AddRange(
            MasterDataBuilder.NewItem("WZ001", "一次性使用无菌注射器", "5ml", 0.45m, supplier, manufacturer),
            MasterDataBuilder.NewItem("WZ002", "一次性使用无菌注射器", "10ml", 0.62m, supplier, manufacturer),
            MasterDataBuilder.NewItem("WZ003", "一次性使用输液器", "带针", 1.8m, supplier, manufacturer),
            MasterDataBuilder.NewItem("WZ004", "医用外科口罩", "17.5×9.5cm", 0.3m, supplier, manufacturer, ItemCategory.LowValueUncharged),
            MasterDataBuilder.NewItem("WZ005", "全髋系统 陶瓷股骨头", "32mm", 12800m, supplier, manufacturer, ItemCategory.HighValue));
        db.SaveChanges();
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Pinyin_initials_find_items_by_the_start_of_their_name()
    {
        await using var db = database.CreateUnaudited();

        var result = await ItemList.QueryAsync(db, new ItemFilter("ycxsy"), new PageRequest());

        Assert.Equal(["WZ001", "WZ002", "WZ003"], result.Items.Select(i => i.Code).Order());
    }

    [Fact]
    public async Task Pinyin_search_ignores_case_and_matches_inside_the_name()
    {
        await using var db = database.CreateUnaudited();

        var result = await ItemList.QueryAsync(db, new ItemFilter("ZSQ"), new PageRequest());

        Assert.Equal(["WZ001", "WZ002"], result.Items.Select(i => i.Code).Order());
    }

    [Theory]
    [InlineData("口罩", "WZ004")]
    [InlineData("WZ005", "WZ005")]
    [InlineData("10ml", "WZ002")]
    public async Task Search_matches_chinese_text_code_and_specification(string term, string expected)
    {
        await using var db = database.CreateUnaudited();

        var result = await ItemList.QueryAsync(db, new ItemFilter(term), new PageRequest());

        Assert.Equal([expected], result.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task Items_sort_by_price_in_the_database_and_page_with_a_total()
    {
        await using var db = database.CreateUnaudited();

        var first = await ItemList.QueryAsync(db, new ItemFilter(), new PageRequest(1, 2), "unitPrice", descending: true);
        var last = await ItemList.QueryAsync(db, new ItemFilter(), new PageRequest(3, 2), "unitPrice", descending: true);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(["WZ005", "WZ003"], first.Items.Select(i => i.Code));
        Assert.Equal(["WZ004"], last.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task Prices_sort_as_numbers_not_as_text()
    {
        await using (var db = database.CreateUnaudited())
        {
            var supplier = db.Suppliers.First();
            var manufacturer = db.Manufacturers.First();
            db.Items.AddRange(
                MasterDataBuilder.NewItem("P1", "骨水泥", "40g", 9.5m, supplier, manufacturer),
                MasterDataBuilder.NewItem("P2", "骨水泥", "20g", 100m, supplier, manufacturer),
                MasterDataBuilder.NewItem("P3", "骨水泥", "10g", 20m, supplier, manufacturer));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateUnaudited();
        var result = await ItemList.QueryAsync(check, new ItemFilter("骨水泥"), new PageRequest(), "unitPrice");

        Assert.Equal(["P1", "P3", "P2"], result.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task Category_filter_and_unknown_sort_fall_back_to_code_order()
    {
        await using var db = database.CreateUnaudited();

        var result = await ItemList.QueryAsync(db, new ItemFilter(Category: ItemCategory.LowValueCharged), new PageRequest(), "no-such-column");

        Assert.Equal(["WZ001", "WZ002", "WZ003"], result.Items.Select(i => i.Code));
    }
}
