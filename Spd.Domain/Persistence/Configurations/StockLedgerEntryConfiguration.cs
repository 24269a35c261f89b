using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Inventory;
using Spd.Domain.Catalog;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class StockLedgerEntryConfiguration : IEntityTypeConfiguration<StockLedgerEntry>
{
    /// <summary>The triggers that keep the ledger append-only; created by the migrations of each provider.</summary>
    public const string NoUpdateTrigger = "TR_StockLedgerEntries_NoUpdate";
    public const string NoDeleteTrigger = "TR_StockLedgerEntries_NoDelete";

    public void Configure(EntityTypeBuilder<StockLedgerEntry> builder)
    {
        builder.ToTable(t =>
        {
            t.HasTrigger(NoUpdateTrigger);
            t.HasTrigger(NoDeleteTrigger);
            t.HasCheckConstraint("CK_StockLedgerEntries_Quantity", "Quantity > 0");
        });
        builder.Property(e => e.LotNumber).HasMaxLength(40);
        builder.Property(e => e.DocumentNo).HasMaxLength(32);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.PatientId).HasMaxLength(64);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        builder.HasIndex(e => new { e.ItemId, e.LotNumber });
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.DocumentType, e.DocumentNo });
        builder.HasIndex(e => e.StockUnitId);
        builder.HasIndex(e => e.PatientId);
        builder.HasOne(e => e.Item).WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(e => e.FromWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(e => e.ToWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(e => e.FromLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(e => e.ToLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(e => e.OwnerSupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockUnit>().WithMany().HasForeignKey(e => e.StockUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
