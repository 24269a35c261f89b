using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Warehousing;

/// <summary>
/// A central warehouse with locations, an eligible supplier (licences, authorisation, production licence in
/// date) and items of every tracking mode, on a real SQLite database; orders and delivery notes are made per test.
/// </summary>
public sealed class ReceivingFixture : IDisposable
{
    private readonly bool ownsDatabase;

    private ReceivingFixture(TestDatabase database, bool ownsDatabase) => (Database, this.ownsDatabase) = (database, ownsDatabase);

    public TestDatabase Database { get; }

    public Warehouse Central { get; private set; } = null!;

    public Warehouse Other { get; private set; } = null!;

    public Location A1 { get; private set; } = null!;

    public Location A2 { get; private set; } = null!;

    public Location B1 { get; private set; } = null!;

    public Department Joint { get; private set; } = null!;

    public Department Spine { get; private set; } = null!;

    public Supplier Supplier { get; private set; } = null!;

    /// <summary>Bulk, five years' shelf life.</summary>
    public Item Gauze { get; private set; } = null!;

    /// <summary>Bulk, six months' shelf life.</summary>
    public Item Swab { get; private set; } = null!;

    /// <summary>Unique, high value, two years' shelf life.</summary>
    public Item Stent { get; private set; } = null!;

    /// <summary>Unique, high value, on consignment, no shelf life.</summary>
    public Item Plate { get; private set; } = null!;

    /// <summary>Packs: 20 for joint surgery, 50 for spine surgery.</summary>
    public Item Gloves { get; private set; } = null!;

    public PackDefinition JointGloves { get; private set; } = null!;

    public PackDefinition SpineGloves { get; private set; } = null!;

    public DateOnly Today => new(2026, 11, 22);

    public ReceivingOptions Options { get; } = new();

    /// <param name="database">A database someone else owns (a bUnit context's); a new one otherwise.</param>
    public static async Task<ReceivingFixture> CreateAsync(TestDatabase? database = null)
    {
        var f = new ReceivingFixture(database ?? new TestDatabase(), database is null);
        await using var db = f.Database.CreateUnaudited();
        var (campus, joint, central) = await MasterDataBuilder.AddOrganisationAsync(db);
        var spine = new Department { Code = "K002", Name = "脊柱外科", CostCenterCode = "CC002", Type = DepartmentType.Clinical, CampusId = campus.Id };
        var other = new Warehouse { Code = "W002", Name = "分院中心库", Kind = WarehouseKind.Central, CampusId = campus.Id };
        var (supplier, manufacturer) = await MasterDataBuilder.AddSupplierAsync(db);
        supplier.Certificates.AddRange(
        [
            new Certificate { Type = CertificateType.BusinessLicense, Number = "B1" },
            new Certificate { Type = CertificateType.OperatingLicense, Number = "O1", ValidUntil = f.Today.AddYears(2) },
            new Certificate { Type = CertificateType.Authorization, Number = "A1", AuthorizingManufacturerId = manufacturer.Id, ValidUntil = f.Today.AddYears(1) },
        ]);
        manufacturer.Certificates.Add(new Certificate { Type = CertificateType.ProductionLicense, Number = "P1", ValidUntil = f.Today.AddYears(3) });

        Item NewItem(string code, string name, decimal price, TrackingMode tracking, int? shelfLife, ItemCategory category = ItemCategory.LowValueCharged)
        {
            var item = MasterDataBuilder.NewItem(code, name, "标准", price, supplier, manufacturer, category);
            item.TrackingMode = tracking;
            item.ShelfLifeMonths = shelfLife;
            item.RegistrationCertificateNo = "国械注准20263140001";
            item.RegistrationCertificateExpiry = f.Today.AddYears(4);
            return item;
        }

        var gauze = NewItem("WZ0001", "医用纱布块", 1.2m, TrackingMode.Bulk, 60);
        var swab = NewItem("WZ0002", "碘伏棉签", 0.8m, TrackingMode.Bulk, 6);
        var stent = NewItem("WZ0003", "冠脉支架", 6800m, TrackingMode.Unique, 24, ItemCategory.HighValue);
        stent.UdiDi = "06901234567892";
        var plate = NewItem("WZ0004", "锁定接骨板", 5200m, TrackingMode.Unique, null, ItemCategory.HighValue);
        plate.IsConsignment = true;
        var gloves = NewItem("WZ0005", "灭菌外科手套", 1.5m, TrackingMode.Pack, 36, ItemCategory.LowValueUncharged);
        var a1 = new Location { Code = "A-01-01-01", Zone = "A", WarehouseId = central.Id };
        var a2 = new Location { Code = "A-01-01-02", Zone = "A", WarehouseId = central.Id };
        var b1 = new Location { Code = "B-01-01-01", Zone = "B", WarehouseId = central.Id };
        db.AddRange(spine, other, gauze, swab, stent, plate, gloves, a1, a2, b1);
        await db.SaveChangesAsync();
        var jointGloves = new PackDefinition { DepartmentId = joint.Id, ItemId = gloves.Id, PackSize = 20 };
        var spineGloves = new PackDefinition { DepartmentId = spine.Id, ItemId = gloves.Id, PackSize = 50 };
        db.AddRange(jointGloves, spineGloves);
        await db.SaveChangesAsync();
        (f.Central, f.Other, f.A1, f.A2, f.B1, f.Joint, f.Spine, f.Supplier) = (central, other, a1, a2, b1, joint, spine, supplier);
        (f.Gauze, f.Swab, f.Stent, f.Plate, f.Gloves, f.JointGloves, f.SpineGloves) = (gauze, swab, stent, plate, gloves, jointGloves, spineGloves);
        return f;
    }

    public Receiving Receiving => new(Database.Clock, Options);

    public Labeling Labeling => new(Database.Clock);

    public PutAway PutAway => new(Database.Clock);

    /// <summary>A published order to the central warehouse.</summary>
    public async Task<PurchaseOrder> OrderAsync(params (Item Item, int Quantity)[] lines)
    {
        await using var db = Database.CreateUnaudited();
        var order = new PurchaseOrder
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.PurchaseOrder, Today),
            SupplierId = Supplier.Id,
            WarehouseId = Central.Id,
            Status = PurchaseOrderStatus.Published,
            CreatedUtc = Database.Clock.GetUtcNow().UtcDateTime,
            DueUtc = Database.Clock.GetUtcNow().UtcDateTime.AddHours(24),
            Lines = [.. lines.Select(l => new PurchaseOrderLine { ItemId = l.Item.Id, Quantity = l.Quantity, UnitPrice = l.Item.UnitPrice * 0.9m })],
        };
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>A submitted delivery note against the order: per line the order line, quantity, lot and expiry.</summary>
    public async Task<DeliveryNote> NoteAsync(PurchaseOrder order, params (int OrderLine, int Quantity, string Lot, DateOnly Expiry)[] lines)
    {
        await using var db = Database.CreateUnaudited();
        var note = new DeliveryNote
        {
            No = await DocumentNumbers.NextAsync(db, DocumentNumbers.DeliveryNote, Today),
            SupplierId = order.SupplierId,
            PurchaseOrderId = order.Id,
            Status = DeliveryNoteStatus.Submitted,
            DeliveryDate = Today,
            CreatedUtc = Database.Clock.GetUtcNow().UtcDateTime,
            SubmittedUtc = Database.Clock.GetUtcNow().UtcDateTime,
            Lines = [.. lines.Select(l => new DeliveryNoteLine
            {
                PurchaseOrderLineId = order.Lines[l.OrderLine].Id,
                ItemId = order.Lines[l.OrderLine].ItemId,
                Quantity = l.Quantity,
                LotNumber = l.Lot,
                ProductionDate = Today.AddMonths(-1),
                ExpiryDate = l.Expiry,
            })],
        };
        db.DeliveryNotes.Add(note);
        await db.SaveChangesAsync();
        return note;
    }

    public async Task<Receipt> StartAsync(DeliveryNote note)
    {
        await using var db = Database.Create();
        var started = await Receiving.StartAsync(db, note.No, "keeper");
        Assert.True(started.Succeeded, string.Join("; ", started.Errors.Select(e => e.Code)));
        return started.Value!;
    }

    /// <summary>Checks a note line as the keeper found it: the note's own lot and expiry unless given otherwise.</summary>
    public async Task<WarehouseResult<LineVerdict>> CheckAsync(Receipt receipt, DeliveryNoteLine line, int? arrived = null, string? lot = null, DateOnly? expiry = null,
        int refused = 0, string? reason = null, string? itemCode = null)
    {
        await using var db = Database.Create();
        return await Receiving.CheckLineAsync(db, receipt.Id, new LineCheck
        {
            DeliveryNoteLineId = line.Id,
            ItemCode = itemCode,
            LotNumber = lot ?? line.LotNumber,
            ExpiryDate = expiry ?? line.ExpiryDate,
            ArrivedQuantity = arrived ?? line.Quantity,
            RefusedQuantity = refused,
            RefusalReason = reason,
        }, "keeper");
    }

    /// <summary>Checks every line as it is on the note and finishes checking with the proposed packs.</summary>
    public async Task<Receipt> ReceiveAllAsync(DeliveryNote note)
    {
        var receipt = await StartAsync(note);
        foreach (var line in note.Lines)
        {
            var checkedLine = await CheckAsync(receipt, line);
            Assert.True(checkedLine.Succeeded, string.Join("; ", checkedLine.Errors.Select(e => e.Code)));
        }

        await FinishAsync(receipt, proposed: true);
        return receipt;
    }

    public async Task<IReadOnlyList<Spd.Domain.Inventory.StockUnit>> FinishAsync(Receipt receipt, bool proposed = false, params PackChoice[] packs)
    {
        await using var db = Database.Create();
        IReadOnlyList<PackChoice> choices = proposed
            ? [.. (await Labeling.PlanAsync(db, receipt.Id)).SelectMany(l => l.Packs.Select(p => new PackChoice(l.ReceiptLineId, p.DefinitionId, p.ProposedCount)))]
            : packs;
        var finished = await Labeling.FinishAsync(db, receipt.Id, choices);
        Assert.True(finished.Succeeded, string.Join("; ", finished.Errors.Select(e => e.Code)));
        return finished.Value!;
    }

    public async Task<Receipt> ReloadAsync(Receipt receipt)
    {
        await using var db = Database.Create();
        return await db.Receipts.AsNoTracking().Include(r => r.Lines).Include(r => r.DeliveryNote).SingleAsync(r => r.Id == receipt.Id);
    }

    public async Task<PurchaseOrderLine> OrderLineAsync(PurchaseOrder order, int index)
    {
        await using var db = Database.Create();
        return await db.PurchaseOrderLines.AsNoTracking().SingleAsync(l => l.Id == order.Lines[index].Id);
    }

    public void Dispose()
    {
        if (ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
