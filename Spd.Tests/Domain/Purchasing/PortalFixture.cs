using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Purchasing;

/// <summary>Two suppliers with a published order each (<see cref="PortalTestData"/>); today is 2026-11-22 in the hospital.</summary>
public abstract class PortalFixture : IDisposable
{
    protected PortalFixture()
    {
        using var db = Database.CreateUnaudited();
        Data = PortalTestData.CreateAsync(db, Database.Clock.GetUtcNow().UtcDateTime).GetAwaiter().GetResult();
        Calendar = new BusinessCalendar(Database.Clock);
    }

    protected TestDatabase Database { get; } = new();

    protected PortalTestData Data { get; }

    protected BusinessCalendar Calendar { get; }

    protected DateOnly Today => Calendar.Today;

    protected SupplierOrders Orders => new(Calendar);

    protected DeliveryNotes Notes => new(Calendar);

    protected int A => Data.SupplierA.Id;

    protected int B => Data.SupplierB.Id;

    protected SpdDbContext Db() => Database.Create();

    /// <summary>A lot that passes every line rule: made two months ago, expiring in two years.</summary>
    protected DeliveryLineInput Lot(PurchaseOrderLine line, int quantity, string lot = "L2026A") =>
        new(line.Id, quantity, lot, Today.AddMonths(-2), Today.AddYears(2), "REG-" + lot);

    protected async Task<int> OrderVersionAsync(int orderId)
    {
        await using var db = Db();
        return await db.PurchaseOrders.Where(o => o.Id == orderId).Select(o => o.Version).SingleAsync();
    }

    protected async Task<int> NoteVersionAsync(int noteId)
    {
        await using var db = Db();
        return await db.DeliveryNotes.Where(n => n.Id == noteId).Select(n => n.Version).SingleAsync();
    }

    protected async Task<DeliveryNote> DraftAsync(int? orderId = null)
    {
        await using var db = Db();
        var result = await Notes.CreateDraftAsync(db, A, orderId ?? Data.OrderA.Id, new DeliveryNoteHeader(Today, "张三 13800000000"));
        Assert.Empty(result.Errors);
        return result.Note!;
    }

    protected async Task<IReadOnlyList<ValidationError>> AddAsync(int noteId, DeliveryLineInput line, int? supplierId = null)
    {
        await using var db = Db();
        return await Notes.AddLineAsync(db, supplierId ?? A, noteId, await NoteVersionAsync(noteId), line);
    }

    protected async Task<IReadOnlyList<ValidationError>> SubmitAsync(int noteId, int? supplierId = null)
    {
        await using var db = Db();
        return await Notes.SubmitAsync(db, supplierId ?? A, noteId, await NoteVersionAsync(noteId), "supplier-a");
    }

    /// <summary>A draft with the given lines, submitted.</summary>
    protected async Task<DeliveryNote> SubmittedAsync(params DeliveryLineInput[] lines)
    {
        var note = await DraftAsync();
        foreach (var line in lines)
        {
            Assert.Empty(await AddAsync(note.Id, line));
        }

        Assert.Empty(await SubmitAsync(note.Id));
        return note;
    }

    protected async Task<SupplierOrderLine> OrderLineAsync(long lineId)
    {
        await using var db = Db();
        var order = await SupplierOrders.FindAsync(db, A, Data.OrderA.Id);
        return order!.Lines.Single(l => l.Id == lineId);
    }

    protected async Task ChangeAsync(Func<SpdDbContext, Task> change)
    {
        await using var db = Database.CreateUnaudited();
        await change(db);
        await db.SaveChangesAsync();
    }

    public void Dispose() => Database.Dispose();
}
