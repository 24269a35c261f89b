using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Spd.Domain.Admission;
using Spd.Domain.Auditing;
using Spd.Domain.Catalog;
using Spd.Domain.Clinical;
using Spd.Domain.Common;
using Spd.Domain.Departments;
using Spd.Domain.Dispatching;
using Spd.Domain.Inventory;
using Spd.Domain.Notifications;
using Spd.Domain.Organization;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Domain.Settlement;
using Spd.Domain.Warehousing;

namespace Spd.Domain.Persistence;

/// <summary>
/// The one model of the hospital. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteSpdDbContext"/>, <see cref="SqlServerSpdDbContext"/>); code depends on this type.
/// </summary>
public abstract class SpdDbContext(DbContextOptions options) : IdentityDbContext<SpdUser>(options)
{
    public DbSet<Campus> Campuses => Set<Campus>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<Manufacturer> Manufacturers => Set<Manufacturer>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<ItemSupplier> ItemSuppliers => Set<ItemSupplier>();

    public DbSet<SupplierEvaluation> SupplierEvaluations => Set<SupplierEvaluation>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AdmissionRequest> AdmissionRequests => Set<AdmissionRequest>();

    public DbSet<Substitution> Substitutions => Set<Substitution>();

    public DbSet<WorkflowStep> WorkflowSteps => Set<WorkflowStep>();

    public DbSet<StockLedgerEntry> StockLedgerEntries => Set<StockLedgerEntry>();

    public DbSet<StockBalance> StockBalances => Set<StockBalance>();

    public DbSet<StockUnit> StockUnits => Set<StockUnit>();

    public DbSet<ReplenishmentSetting> ReplenishmentSettings => Set<ReplenishmentSetting>();

    public DbSet<PurchasePlan> PurchasePlans => Set<PurchasePlan>();

    public DbSet<PurchasePlanLine> PurchasePlanLines => Set<PurchasePlanLine>();

    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();

    public DbSet<PurchaseOrderLine> PurchaseOrderLines => Set<PurchaseOrderLine>();

    public DbSet<DeliveryNote> DeliveryNotes => Set<DeliveryNote>();

    public DbSet<DeliveryNoteLine> DeliveryNoteLines => Set<DeliveryNoteLine>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<ReceiptLine> ReceiptLines => Set<ReceiptLine>();

    public DbSet<PackDefinition> PackDefinitions => Set<PackDefinition>();

    public DbSet<Recall> Recalls => Set<Recall>();

    public DbSet<ClimateReading> ClimateReadings => Set<ClimateReading>();

    public DbSet<Stocktake> Stocktakes => Set<Stocktake>();

    public DbSet<StocktakeLine> StocktakeLines => Set<StocktakeLine>();

    public DbSet<StocktakeScan> StocktakeScans => Set<StocktakeScan>();

    public DbSet<DepartmentSupply> DepartmentSupplies => Set<DepartmentSupply>();

    public DbSet<FixedQuantityLimit> FixedQuantityLimits => Set<FixedQuantityLimit>();

    public DbSet<DepartmentQuota> DepartmentQuotas => Set<DepartmentQuota>();

    public DbSet<Requisition> Requisitions => Set<Requisition>();

    public DbSet<RequisitionLine> RequisitionLines => Set<RequisitionLine>();

    public DbSet<SurgicalKit> SurgicalKits => Set<SurgicalKit>();

    public DbSet<SurgicalKitLine> SurgicalKitLines => Set<SurgicalKitLine>();

    public DbSet<DepartmentProblem> DepartmentProblems => Set<DepartmentProblem>();

    public DbSet<AssistantAssignment> AssistantAssignments => Set<AssistantAssignment>();

    public DbSet<LabelStocktake> LabelStocktakes => Set<LabelStocktake>();

    public DbSet<LabelStocktakeLine> LabelStocktakeLines => Set<LabelStocktakeLine>();

    public DbSet<Wave> Waves => Set<Wave>();

    public DbSet<Dispatch> Dispatches => Set<Dispatch>();

    public DbSet<DispatchLine> DispatchLines => Set<DispatchLine>();

    public DbSet<DepartmentReturn> DepartmentReturns => Set<DepartmentReturn>();

    public DbSet<DepartmentReturnLine> DepartmentReturnLines => Set<DepartmentReturnLine>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Doctor> Doctors => Set<Doctor>();

    public DbSet<HisOrder> HisOrders => Set<HisOrder>();

    public DbSet<HisOrderLine> HisOrderLines => Set<HisOrderLine>();

    public DbSet<Consumption> Consumptions => Set<Consumption>();

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<ScanEvent> ScanEvents => Set<ScanEvent>();

    public DbSet<Surgery> Surgeries => Set<Surgery>();

    public DbSet<SurgeryRequestLine> SurgeryRequestLines => Set<SurgeryRequestLine>();

    public DbSet<LoanerSetLine> LoanerSetLines => Set<LoanerSetLine>();

    public DbSet<SettlementLine> SettlementLines => Set<SettlementLine>();

    public DbSet<DocumentSequence> DocumentSequences => Set<DocumentSequence>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money and quantities: explicit precision on both providers.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SpdDbContext).Assembly);
    }

    /// <summary>Timestamps are stored in UTC; SQLite gives them back without a kind.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

public sealed class SqliteSpdDbContext(DbContextOptions<SqliteSpdDbContext> options) : SpdDbContext(options);

public sealed class SqlServerSpdDbContext(DbContextOptions<SqlServerSpdDbContext> options) : SpdDbContext(options);
