using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Persistence;
using Spd.Domain.Seeding;
using Spd.Domain.Warehousing;

namespace Spd.Tests.Domain.Seeding;

public sealed class HospitalSeederTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public HospitalSeederTests()
    {
        connection.Open();
        using var db = NewContext();
        // Migrations are maintained separately; the model is what matters here.
        db.Database.EnsureCreated();
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public async Task Seeding_writes_the_whole_demo_hospital_with_its_references()
    {
        var data = HospitalGenerator.Generate(SeedProfile.Demo, Today);

        await using (var db = NewContext())
        {
            Assert.True(await HospitalSeeder.SeedAsync(db, data));
        }

        await using var check = NewContext();
        Assert.Equal(data.Campuses.Count, await check.Campuses.CountAsync());
        Assert.Equal(data.Departments.Count, await check.Departments.CountAsync());
        Assert.Equal(data.Warehouses.Count, await check.Warehouses.CountAsync());
        Assert.Equal(data.Warehouses.Sum(w => w.Locations.Count), await check.Locations.CountAsync());
        Assert.Equal(data.Suppliers.Count, await check.Suppliers.CountAsync());
        Assert.Equal(data.Manufacturers.Count, await check.Manufacturers.CountAsync());
        Assert.Equal(
            data.Suppliers.Sum(s => s.Certificates.Count) + data.Manufacturers.Sum(m => m.Certificates.Count),
            await check.Certificates.CountAsync());
        Assert.Equal(data.Items.Count, await check.Items.CountAsync());

        var secondary = await check.Warehouses.Include(w => w.SupplyingWarehouse).Include(w => w.OwnerDepartment)
            .Where(w => w.Kind == WarehouseKind.Secondary).ToListAsync();
        Assert.Equal(45, secondary.Count);
        Assert.All(secondary, w =>
        {
            Assert.Equal(WarehouseKind.Central, w.SupplyingWarehouse!.Kind);
            Assert.Equal(w.CampusId, w.SupplyingWarehouse.CampusId);
            Assert.Equal(w.CampusId, w.OwnerDepartment!.CampusId);
        });
        Assert.Equal(1, await check.Suppliers.CountAsync(s => s.Blacklisted));

        var last = data.Items[^1];
        var stored = await check.Items.Include(i => i.Supplier).Include(i => i.Manufacturer).SingleAsync(i => i.Code == last.Code);
        Assert.Equal(last.Supplier!.Code, stored.Supplier!.Code);
        Assert.Equal(last.Manufacturer!.Code, stored.Manufacturer!.Code);
        Assert.Equal(last.NameInitials, stored.NameInitials);
    }

    [Fact]
    public async Task Seeding_twice_writes_nothing_the_second_time()
    {
        await using (var db = NewContext())
        {
            Assert.True(await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, Today)));
        }

        await using (var db = NewContext())
        {
            Assert.False(await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, Today)));
        }

        await using var check = NewContext();
        Assert.Equal(2, await check.Campuses.CountAsync());
        Assert.Equal(3_000, await check.Items.CountAsync());
        Assert.Equal(60, await check.Suppliers.CountAsync());
    }

    [Fact]
    public async Task Seeding_leaves_the_context_usable_for_the_caller()
    {
        await using var db = NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        await HospitalSeeder.SeedAsync(db, HospitalGenerator.Generate(SeedProfile.Demo, Today));

        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Null(db.Database.CurrentTransaction);
    }

    private SqliteSpdDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteSpdDbContext>().UseSqlite(connection).Options);
}
