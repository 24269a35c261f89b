using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Tests.Infrastructure;

namespace Spd.Tests.Domain.Auditing;

public sealed class AuditInterceptorTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Insert_is_audited_with_user_address_time_and_the_generated_key()
    {
        await using (var db = database.Create(new FixedAuditActor("equipment", "10.1.2.3")))
        {
            db.Suppliers.Add(new Supplier { Code = "GYS001", Name = "国药控股医疗器械有限公司" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateUnaudited();
        var supplier = await check.Suppliers.SingleAsync();
        var entry = await check.AuditEntries.SingleAsync();
        Assert.Equal(AuditAction.Insert, entry.Action);
        Assert.Equal("equipment", entry.UserName);
        Assert.Equal("10.1.2.3", entry.ClientIp);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, entry.TimestampUtc);
        Assert.Equal(nameof(Supplier), entry.EntityType);
        Assert.Equal(supplier.Id.ToString(), entry.EntityKey);
        Assert.Equal("国药控股医疗器械有限公司", JsonDocument.Parse(entry.Changes!).RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Update_records_only_changed_properties_with_old_and_new_values()
    {
        int id;
        await using (var db = database.Create())
        {
            var supplier = new Supplier { Code = "GYS001", Name = "某公司", Phone = "0431-1" };
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync();
            id = supplier.Id;
            supplier.Phone = "0431-2";
            supplier.Name = "某公司";
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateUnaudited();
        var update = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Update);
        var changes = JsonDocument.Parse(update.Changes!).RootElement;
        Assert.Equal(id.ToString(), update.EntityKey);
        Assert.Equal(["Phone"], changes.EnumerateObject().Select(p => p.Name));
        Assert.Equal("0431-1", changes.GetProperty("Phone")[0].GetString());
        Assert.Equal("0431-2", changes.GetProperty("Phone")[1].GetString());
    }

    [Fact]
    public async Task Delete_records_the_values_that_were_removed()
    {
        await using (var db = database.Create())
        {
            var supplier = new Supplier { Code = "GYS002", Name = "待删除公司" };
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync();
            db.Suppliers.Remove(supplier);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateUnaudited();
        var delete = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.Delete);
        Assert.Equal("待删除公司", JsonDocument.Parse(delete.Changes!).RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task A_failed_save_writes_neither_the_data_nor_an_audit_line()
    {
        await using (var db = database.Create())
        {
            db.Suppliers.Add(new Supplier { Code = "DUP", Name = "甲" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.Create())
        {
            db.Suppliers.Add(new Supplier { Code = "OK", Name = "乙" });
            db.Suppliers.Add(new Supplier { Code = "DUP", Name = "丙" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateUnaudited();
        Assert.Equal(["DUP"], await check.Suppliers.Select(s => s.Code).ToListAsync());
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Secrets_are_masked_in_the_audit_trail()
    {
        await using (var db = database.Create())
        {
            db.ApiKeys.Add(new Spd.Domain.Security.ApiKey { Name = "his", KeyHash = "abcdef", Role = "HisIntegration" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateUnaudited();
        var entry = await check.AuditEntries.SingleAsync();
        Assert.DoesNotContain("abcdef", entry.Changes);
        Assert.Equal("***", JsonDocument.Parse(entry.Changes!).RootElement.GetProperty("KeyHash").GetString());
    }

    [Fact]
    public async Task The_audit_trail_refuses_changes_through_the_model()
    {
        await using var db = database.Create();
        db.Suppliers.Add(new Supplier { Code = "GYS003", Name = "某公司" });
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.SingleAsync();
        entry.Detail = "tampered";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_audit_trail_refuses_updates_and_deletes_in_the_database()
    {
        await using (var db = database.Create())
        {
            db.Suppliers.Add(new Supplier { Code = "GYS004", Name = "某公司" });
            await db.SaveChangesAsync();
        }

        await using var raw = database.CreateUnaudited();
        var update = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => raw.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET UserName = 'someone else'"));
        var delete = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => raw.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, await raw.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_caller_transaction_holds_data_and_audit_together()
    {
        await using (var db = database.Create())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Suppliers.Add(new Supplier { Code = "GYS005", Name = "某公司" });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateUnaudited();
        Assert.Equal(0, await check.Suppliers.CountAsync());
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }
}
