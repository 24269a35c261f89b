using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Clinical;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.PatientNo).HasMaxLength(40);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => p.PatientNo).IsUnique();
    }
}
