namespace Spd.Domain.Security;

/// <summary>The roles of DOMAIN.md §2. The names are the code names; screens show the localised title.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string EquipmentDept = nameof(EquipmentDept);
    public const string AdmissionCommittee = nameof(AdmissionCommittee);
    public const string WarehouseKeeper = nameof(WarehouseKeeper);
    public const string DepartmentKeeper = nameof(DepartmentKeeper);
    public const string Clinician = nameof(Clinician);
    public const string OperationsAssistant = nameof(OperationsAssistant);
    public const string Finance = nameof(Finance);
    public const string PriceOffice = nameof(PriceOffice);
    public const string InsuranceOffice = nameof(InsuranceOffice);
    public const string Auditor = nameof(Auditor);
    public const string Supplier = nameof(Supplier);
    public const string WallDisplay = nameof(WallDisplay);
    public const string HisIntegration = nameof(HisIntegration);
    public const string Device = nameof(Device);

    /// <summary>Roles people sign in with.</summary>
    public static readonly IReadOnlyList<string> People =
    [
        Admin, EquipmentDept, AdmissionCommittee, WarehouseKeeper, DepartmentKeeper, Clinician,
        OperationsAssistant, Finance, PriceOffice, InsuranceOffice, Auditor, Supplier, WallDisplay,
    ];

    /// <summary>Roles bound to API keys of other systems and devices.</summary>
    public static readonly IReadOnlyList<string> Integrations = [HisIntegration, Device];

    public static readonly IReadOnlyList<string> All = [.. People, .. Integrations];

    /// <summary>Hospital staff who may read the master data (everyone inside the hospital, not suppliers or walls).</summary>
    public const string MasterDataReaders =
        $"{Admin},{EquipmentDept},{AdmissionCommittee},{WarehouseKeeper},{DepartmentKeeper},{Clinician},{OperationsAssistant},{Finance},{PriceOffice},{InsuranceOffice},{Auditor}";

    /// <summary>Who may search the audit trail.</summary>
    public const string AuditReaders = $"{Admin},{Auditor}";
}
