using Spd.Domain.Codes;
using Spd.Domain.Inventory;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Inventory;

public sealed class ScanLookupTests : IAsyncLifetime
{
    private InventoryFixture f = null!;

    public async Task InitializeAsync()
    {
        f = await InventoryFixture.CreateAsync();
        await using var db = f.Database.CreateUnaudited();
        var stent = await db.Items.FindAsync(f.Stent.Id);
        stent!.UdiDi = "06901234567892";
        db.StockUnits.Add(new StockUnit
        {
            Code = InternalCode.Piece(17).Text, ItemId = f.Stent.Id, LotNumber = "S1", Serial = "SN0001", Epc = "E2801160600002054C1AE4F1",
            WarehouseId = f.Central.Id, LocationId = f.A1.Id,
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string> UnitScans => new() { InternalCode.Piece(17).Text, "RFE2801160600002054C1AE4F1", "]d2010690123456789221SN0001" };

    [Theory]
    [MemberData(nameof(UnitScans))]
    public async Task A_units_own_label_its_rfid_tag_and_its_manufacturer_serial_all_find_the_unit(string scan)
    {
        await using var db = f.Database.Create();
        var match = await ScanLookup.ResolveAsync(db, scan, f.Today);

        Assert.True(match.Found, match.Error?.Code);
        Assert.Equal(InternalCode.Piece(17).Text, match.Unit!.Code);
        Assert.Equal(f.Stent.Id, match.Item!.Id);
    }

    [Fact]
    public async Task A_manufacturer_label_without_a_known_unit_gives_the_item_with_the_labels_lot_and_expiry()
    {
        await using var db = f.Database.Create();
        var match = await ScanLookup.ResolveAsync(db, "(01)06901234567892(17)281231(10)LOT9", f.Today);

        Assert.Null(match.Unit);
        Assert.Equal(f.Stent.Id, match.Item!.Id);
        Assert.Equal("LOT9", match.Lot);
        Assert.Equal(new DateOnly(2028, 12, 31), match.ExpiryDate);
    }

    [Fact]
    public async Task Location_labels_and_typed_location_codes_find_the_location()
    {
        await using var db = f.Database.Create();
        var label = await ScanLookup.ResolveAsync(db, $"L:{f.Central.Code}:{f.B1.Code}", f.Today);
        var typed = await ScanLookup.ResolveAsync(db, f.B1.Code, f.Today, warehouseId: f.Central.Id);

        Assert.Equal(f.B1.Id, label.Location!.Id);
        Assert.Equal(f.B1.Id, typed.Location!.Id);
    }

    [Fact]
    public async Task A_typed_item_code_finds_the_item()
    {
        await using var db = f.Database.Create();
        Assert.Equal(f.Gauze.Id, (await ScanLookup.ResolveAsync(db, f.Gauze.Code, f.Today)).Item!.Id);
    }

    [Fact]
    public async Task A_valid_code_nobody_has_is_not_found_and_a_malformed_one_keeps_the_parsers_reason()
    {
        await using var db = f.Database.Create();
        var unknown = await ScanLookup.ResolveAsync(db, InternalCode.Piece(99).Text, f.Today);
        var good = InternalCode.Piece(99).Text;
        var malformed = await ScanLookup.ResolveAsync(db, good[..^1] + (char)('0' + ((good[^1] - '0' + 1) % 10)), f.Today);

        Assert.Equal(ScanLookup.NotFound, unknown.Error!.Code);
        Assert.Equal(nameof(ScanErrors.CheckDigit), malformed.Error!.Code);
    }
}
