using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_Charges_Quantity", "Quantity > 0"));
        builder.Property(c => c.EncounterNo).HasMaxLength(40);
        builder.Property(c => c.ChargeCode).HasMaxLength(40);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.ConsumptionId).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ReadyUtc });
        builder.HasIndex(c => c.PatientId);
        builder.HasOne(c => c.Consumption).WithMany().HasForeignKey(c => c.ConsumptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
