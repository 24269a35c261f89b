using Microsoft.EntityFrameworkCore;
using Spd.Domain.Codes;
using Spd.Domain.Common;
using Spd.Domain.Inventory;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Warehousing;

public sealed class LabelingTests : IAsyncLifetime
{
    private ReceivingFixture f = null!;

    public async Task InitializeAsync() => f = await ReceivingFixture.CreateAsync();

    public Task DisposeAsync()
    {
        f.Dispose();
        return Task.CompletedTask;
    }

    private DateOnly Good => f.Today.AddYears(3);

    private async Task<Receipt> CheckedAsync(params (Spd.Domain.Catalog.Item Item, int Quantity)[] lines)
    {
        var order = await f.OrderAsync(lines);
        var note = await f.NoteAsync(order, [.. lines.Select((l, i) => (i, l.Quantity, $"LOT{i}", Good))]);
        var receipt = await f.StartAsync(note);
        foreach (var line in note.Lines)
        {
            Assert.True((await f.CheckAsync(receipt, line)).Succeeded);
        }

        return receipt;
    }

    [Fact]
    public async Task Finishing_codes_one_piece_per_accepted_unit_of_a_uniquely_tracked_item_with_valid_check_digits()
    {
        var receipt = await CheckedAsync((f.Stent, 3));

        var units = await f.FinishAsync(receipt);

        Assert.Equal(3, units.Count);
        Assert.Equal(["SU0000000017", "SU0000000024", "SU0000000031"], units.Select(u => u.Code));
        Assert.All(units, u =>
        {
            Assert.Equal(RegistryCodes.Gs1CheckDigit(u.Code[2..11]), u.Code[11]);
            Assert.Equal(InternalKind.Piece, Assert.IsType<InternalCode>(InternalCode.Parse(u.Code).Code).InternalKind);
            Assert.Equal((StockUnitKind.Piece, 1, "LOT0", (int?)null, f.Central.Id, StockUnitStatus.InStock), (u.Kind, u.Quantity, u.LotNumber, u.LocationId, u.WarehouseId, u.Status));
        });
        var reloaded = await f.ReloadAsync(receipt);
        Assert.Equal((ReceiptStatus.PuttingAway, f.Database.Clock.GetUtcNow().UtcDateTime), (reloaded.Status, reloaded.AcceptedUtc));
    }

    [Fact]
    public async Task Piece_serials_continue_across_receipts()
    {
        await f.FinishAsync(await CheckedAsync((f.Stent, 2)));

        var units = await f.FinishAsync(await CheckedAsync((f.Plate, 1)));

        Assert.Equal("SU000000003", units.Single().Code[..11]);
        Assert.Equal(f.Supplier.Id, units.Single().OwnerSupplierId);
    }

    [Fact]
    public async Task Packs_are_proposed_one_per_department_in_turn_as_long_as_whole_packs_fit()
    {
        var receipt = await CheckedAsync((f.Gloves, 125));

        await using var db = f.Database.Create();
        var line = Assert.Single(await Labeling.PlanAsync(db, receipt.Id));

        Assert.Equal([(f.JointGloves.Id, 20, 3), (f.SpineGloves.Id, 50, 1)], line.Packs.Select(p => (p.DefinitionId, p.PackSize, p.ProposedCount)));
    }

    [Fact]
    public async Task The_keepers_pack_counts_make_packs_for_each_department_and_the_rest_stays_loose()
    {
        var receipt = await CheckedAsync((f.Gloves, 125));
        var lineId = (await f.ReloadAsync(receipt)).Lines.Single().Id;

        var units = await f.FinishAsync(receipt, false, new PackChoice(lineId, f.JointGloves.Id, 1), new PackChoice(lineId, f.SpineGloves.Id, 2));

        Assert.Equal([(f.Joint.Id, 20), (f.Spine.Id, 50), (f.Spine.Id, 50)], units.OrderBy(u => u.Quantity).Select(u => (u.DepartmentId!.Value, u.Quantity)));
        Assert.All(units, u => Assert.Equal((StockUnitKind.Pack, "SK"), (u.Kind, u.Code[..2])));
        Assert.All(units, u => Assert.Equal(InternalKind.FixedPack, Assert.IsType<InternalCode>(InternalCode.Parse(u.Code).Code).InternalKind));
        await using var db = f.Database.Create();
        var loose = await new StockLedger(db, f.Database.Clock, "keeper").TakeableAsync(f.Central.Id, f.Gloves.Id);
        Assert.Equal(5, Assert.Single(loose).Takeable);
    }

    [Fact]
    public async Task Packs_holding_more_than_was_accepted_are_refused()
    {
        var receipt = await CheckedAsync((f.Gloves, 60));
        var lineId = (await f.ReloadAsync(receipt)).Lines.Single().Id;

        await using var db = f.Database.Create();
        var result = await f.Labeling.FinishAsync(db, receipt.Id, [new PackChoice(lineId, f.SpineGloves.Id, 1), new PackChoice(lineId, f.JointGloves.Id, 1)]);

        Assert.Equal(Labeling.TooManyPacks, Assert.Single(result.Errors).Code);
        Assert.Equal(ReceiptStatus.Checking, (await f.ReloadAsync(receipt)).Status);
    }

    [Fact]
    public async Task Bulk_items_get_no_codes()
    {
        var receipt = await CheckedAsync((f.Gauze, 100), (f.Stent, 1));

        var units = await f.FinishAsync(receipt);

        Assert.Equal(f.Stent.Id, Assert.Single(units).ItemId);
    }

    [Fact]
    public async Task Checking_must_be_complete_before_labelling()
    {
        var order = await f.OrderAsync((f.Gauze, 100), (f.Stent, 1));
        var note = await f.NoteAsync(order, (0, 100, "G1", Good), (1, 1, "S1", Good));
        var receipt = await f.StartAsync(note);
        await f.CheckAsync(receipt, note.Lines[0]);

        await using var db = f.Database.Create();
        var result = await f.Labeling.FinishAsync(db, receipt.Id, []);

        Assert.Equal((Labeling.NotAllChecked, 1), (Assert.Single(result.Errors).Code, result.Errors[0].Arguments[0]));
    }

    [Fact]
    public async Task A_receipt_that_accepted_nothing_is_complete_when_checking_ends_and_its_note_received()
    {
        var order = await f.OrderAsync((f.Gauze, 100));
        var note = await f.NoteAsync(order, (0, 100, "G1", Good));
        var receipt = await f.StartAsync(note);
        await f.CheckAsync(receipt, note.Lines[0], lot: "OTHER");

        await f.FinishAsync(receipt);

        var reloaded = await f.ReloadAsync(receipt);
        Assert.Equal((ReceiptStatus.Completed, DeliveryNoteStatus.Received), (reloaded.Status, reloaded.DeliveryNote!.Status));
        Assert.NotNull(reloaded.CompletedUtc);
    }

    [Fact]
    public async Task An_rfid_tag_has_24_hex_digits_goes_on_one_high_value_piece_only()
    {
        var units = await f.FinishAsync(await CheckedAsync((f.Stent, 2)));
        var packs = await f.FinishAsync(await CheckedAsync((f.Gloves, 20)), true);

        await using (var db = f.Database.Create())
        {
            Assert.Empty(await f.Labeling.TagAsync(db, units[0].Id, "rf3034257bf7194e4000001a85", null));
        }

        await using var check = f.Database.Create();
        Assert.Equal("3034257BF7194E4000001A85", (await check.StockUnits.SingleAsync(u => u.Id == units[0].Id)).Epc);
        Assert.Equal(Labeling.InvalidEpc, Assert.Single(await f.Labeling.TagAsync(check, units[1].Id, "3034257BF7194E4000001A8", null)).Code);
        Assert.Equal(Labeling.InvalidEpc, Assert.Single(await f.Labeling.TagAsync(check, units[1].Id, "3034257BF7194E4000001A8G", null)).Code);
        Assert.Equal(Labeling.EpcInUse, Assert.Single(await f.Labeling.TagAsync(check, units[1].Id, "3034257BF7194E4000001A85", null)).Code);
        Assert.Equal(Labeling.EpcHighValueOnly, Assert.Single(await f.Labeling.TagAsync(check, packs[0].Id, "3034257BF7194E4000001A86", null)).Code);
    }

    [Fact]
    public async Task The_manufacturers_serial_makes_the_pieces_udi_and_is_not_given_twice()
    {
        var units = await f.FinishAsync(await CheckedAsync((f.Stent, 2)));

        await using var db = f.Database.Create();
        Assert.Empty(await f.Labeling.TagAsync(db, units[0].Id, null, "SN0001"));
        var unit = await db.StockUnits.AsNoTracking().SingleAsync(u => u.Id == units[0].Id);
        Assert.Equal(("SN0001", $"(01)06901234567892(17){Good:yyMMdd}(10)LOT0(21)SN0001"), (unit.Serial, unit.Udi));
        Assert.Equal(Labeling.SerialInUse, Assert.Single(await f.Labeling.TagAsync(db, units[1].Id, null, "SN0001")).Code);
    }

    [Fact]
    public async Task A_scanned_udi_label_gives_the_pieces_serial_but_only_when_it_is_the_items_and_has_one()
    {
        var units = await f.FinishAsync(await CheckedAsync((f.Stent, 2)));

        await using var db = f.Database.Create();
        Assert.Empty(await f.Labeling.TagAsync(db, units[0].Id, null, $"(01)06901234567892(17){Good:yyMMdd}(10)LOT0(21)SN77"));
        Assert.Equal("SN77", (await db.StockUnits.AsNoTracking().SingleAsync(u => u.Id == units[0].Id)).Serial);
        Assert.Equal(Labeling.UdiOfOtherItem, Assert.Single(await f.Labeling.TagAsync(db, units[1].Id, null, "(01)06901234567908(21)SN78")).Code);
        Assert.Equal(Labeling.UdiWithoutSerial, Assert.Single(await f.Labeling.TagAsync(db, units[1].Id, null, "(01)06901234567892(10)LOT0")).Code);
    }
}
