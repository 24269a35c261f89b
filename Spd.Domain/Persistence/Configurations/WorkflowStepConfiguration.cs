using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Spd.Domain.Admission;
using Spd.Domain.Departments;
using Spd.Domain.Purchasing;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence.Configurations;

internal sealed class WorkflowStepConfiguration : IEntityTypeConfiguration<WorkflowStep>
{
    public void Configure(EntityTypeBuilder<WorkflowStep> builder)
    {
        builder.Property(s => s.Action).HasMaxLength(32);
        builder.Property(s => s.FromStatus).HasMaxLength(32);
        builder.Property(s => s.ToStatus).HasMaxLength(32);
        builder.Property(s => s.UserName).HasMaxLength(256);
        builder.Property(s => s.Role).HasMaxLength(32);
        builder.Property(s => s.Comment).HasMaxLength(1000);
        builder.HasOne<PurchasePlan>().WithMany().HasForeignKey(s => s.PurchasePlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stocktake>().WithMany().HasForeignKey(s => s.StocktakeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Requisition>().WithMany().HasForeignKey(s => s.RequisitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
