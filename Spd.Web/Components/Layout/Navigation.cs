using System.Security.Claims;
using MudBlazor;
using Spd.Domain.Security;

namespace Spd.Web.Components.Layout;

/// <summary>One menu entry; <see cref="Roles"/> is the same comma-separated list the page's [Authorize] uses.</summary>
public sealed record NavEntry(string TitleKey, string Href, string Icon, string Roles, string DescriptionKey);

public sealed record NavGroup(string TitleKey, string Icon, IReadOnlyList<NavEntry> Entries);

/// <summary>The menu, grouped by area. Later areas add a group here and a folder of pages.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavGroup> Groups =
    [
        new("Nav.MasterData", Icons.Material.Filled.LibraryBooks,
        [
            new("Nav.Items", "/items", Icons.Material.Filled.Inventory2, PageRoles.Items, "Nav.Items.Description"),
            new("Nav.CatalogQuality", "/items/quality", Icons.Material.Filled.FactCheck, PageRoles.CatalogQuality, "Nav.CatalogQuality.Description"),
            new("Nav.CatalogImport", "/items/import", Icons.Material.Filled.UploadFile, PageRoles.CatalogImport, "Nav.CatalogImport.Description"),
            new("Nav.Suppliers", "/suppliers", Icons.Material.Filled.LocalShipping, PageRoles.Suppliers, "Nav.Suppliers.Description"),
            new("Nav.Departments", "/departments", Icons.Material.Filled.LocalHospital, PageRoles.Departments, "Nav.Departments.Description"),
            new("Nav.Warehouses", "/warehouses", Icons.Material.Filled.Warehouse, PageRoles.Warehouses, "Nav.Warehouses.Description"),
        ]),
        new("Nav.Admission", Icons.Material.Filled.FactCheck,
        [
            new("Nav.AdmissionRequests", "/admission", Icons.Material.Filled.PlaylistAddCheck, PageRoles.Admission, "Nav.AdmissionRequests.Description"),
            new("Nav.Substitutions", "/substitutions", Icons.Material.Filled.SwapHoriz, PageRoles.Substitutions, "Nav.Substitutions.Description"),
        ]),
        new("Nav.CentralWarehouse", Icons.Material.Filled.Warehouse,
        [
            new("Nav.Receiving", "/receiving", Icons.Material.Filled.QrCodeScanner, PageRoles.Receiving, "Nav.Receiving.Description"),
            new("Nav.PutAway", "/putaway", Icons.Material.Filled.MoveToInbox, PageRoles.PutAway, "Nav.PutAway.Description"),
        ]),
        new("Nav.Inventory", Icons.Material.Filled.Inventory,
        [
            new("Nav.Stock", "/stock", Icons.Material.Filled.ViewList, PageRoles.Stock, "Nav.Stock.Description"),
            new("Nav.Stocktakes", "/stocktakes", Icons.Material.Filled.Checklist, PageRoles.Stocktakes, "Nav.Stocktakes.Description"),
        ]),
        new("Nav.Purchasing", Icons.Material.Filled.ShoppingCart,
        [
            new("Nav.ReplenishmentSettings", "/purchasing/settings", Icons.Material.Filled.Tune, PageRoles.ReplenishmentSettings, "Nav.ReplenishmentSettings.Description"),
            new("Nav.PurchasePlans", "/purchasing/plans", Icons.Material.Filled.PlaylistAddCheck, PageRoles.PurchasePlans, "Nav.PurchasePlans.Description"),
            new("Nav.PurchaseOrders", "/purchasing/orders", Icons.Material.Filled.ReceiptLong, PageRoles.PurchaseOrders, "Nav.PurchaseOrders.Description"),
        ]),
        new("Nav.SupplierManagement", Icons.Material.Filled.VerifiedUser,
        [
            new("Nav.CertificateReviews", "/certificates/reviews", Icons.Material.Filled.FactCheck, PageRoles.CertificateReviews, "Nav.CertificateReviews.Description"),
            new("Nav.Notifications", "/notifications", Icons.Material.Filled.Notifications, PageRoles.CertificateReviews, "Nav.Notifications.Description"),
        ]),
        new("Nav.StockControl", Icons.Material.Filled.HealthAndSafety,
        [
            new("Nav.NearExpiry", "/stock/near-expiry", Icons.Material.Filled.EventBusy, PageRoles.NearExpiry, "Nav.NearExpiry.Description"),
            new("Nav.Recalls", "/recalls", Icons.Material.Filled.Campaign, PageRoles.StockControl, "Nav.Recalls.Description"),
            new("Nav.Quarantine", "/stock/quarantine", Icons.Material.Filled.Block, PageRoles.StockControl, "Nav.Quarantine.Description"),
            new("Nav.Climate", "/climate", Icons.Material.Filled.Thermostat, PageRoles.StockControl, "Nav.Climate.Description"),
            new("Nav.Notifications", "/notifications", Icons.Material.Filled.Notifications, Roles.WarehouseKeeper, "Nav.StockNotifications.Description"),
        ]),
        new("Nav.DepartmentSupply", Icons.Material.Filled.AssignmentTurnedIn,
        [
            new("Nav.Requisitions", "/requisitions", Icons.Material.Filled.Assignment, PageRoles.Requisitions, "Nav.Requisitions.Description"),
            new("Nav.RequisitionApprovals", "/requisitions/approvals", Icons.Material.Filled.Approval, PageRoles.RequisitionApprovals, "Nav.RequisitionApprovals.Description"),
            new("Nav.Quotas", "/department-supply/quotas", Icons.Material.Filled.DataUsage, PageRoles.Quotas, "Nav.Quotas.Description"),
            new("Nav.FixedQuantityLimits", "/department-supply/limits", Icons.Material.Filled.Autorenew, PageRoles.FixedQuantityLimits, "Nav.FixedQuantityLimits.Description"),
            new("Nav.PackDefinitions", "/department-supply/packs", Icons.Material.Filled.Inventory, PageRoles.PackDefinitions, "Nav.PackDefinitions.Description"),
            new("Nav.SurgicalKits", "/department-supply/kits", Icons.Material.Filled.MedicalServices, PageRoles.SurgicalKits, "Nav.SurgicalKits.Description"),
        ]),
        new("Nav.Distribution", Icons.Material.Filled.LocalShipping,
        [
            new("Nav.Waves", "/waves", Icons.Material.Filled.ViewWeek, PageRoles.Waves, "Nav.Waves.Description"),
            new("Nav.Dispatches", "/dispatches", Icons.Material.Filled.LocalShipping, PageRoles.Dispatches, "Nav.Dispatches.Description"),
            new("Nav.DepartmentReceipt", "/receive", Icons.Material.Filled.QrCodeScanner, PageRoles.DepartmentReceipt, "Nav.DepartmentReceipt.Description"),
            new("Nav.SignedNotes", "/signed-notes", Icons.Material.Filled.AssignmentTurnedIn, PageRoles.SignedNotes, "Nav.SignedNotes.Description"),
            new("Nav.DepartmentReturns", "/returns", Icons.Material.Filled.AssignmentReturn, PageRoles.Returns, "Nav.DepartmentReturns.Description"),
        ]),
        new("Nav.ClinicalUse", Icons.Material.Filled.MedicalServices,
        [
            new("Nav.Surgeries", "/clinical/surgeries", Icons.Material.Filled.Healing, PageRoles.Surgeries, "Nav.Surgeries.Description"),
            new("Nav.Consume", "/pda/consume", Icons.Material.Filled.QrCodeScanner, PageRoles.Consume, "Nav.Consume.Description"),
            new("Nav.Consumptions", "/clinical/consumptions", Icons.Material.Filled.ListAlt, PageRoles.ClinicalRecords, "Nav.Consumptions.Description"),
            new("Nav.Charges", "/clinical/charges", Icons.Material.Filled.ReceiptLong, PageRoles.ClinicalRecords, "Nav.Charges.Description"),
        ]),
        new("Nav.Traceability", Icons.Material.Filled.Timeline,
        [
            new("Nav.Trace", "/trace", Icons.Material.Filled.ManageSearch, PageRoles.Trace, "Nav.Trace.Description"),
            new("Nav.LabelRecovery", "/pda/labels", Icons.Material.Filled.QrCodeScanner, PageRoles.LabelRecovery, "Nav.LabelRecovery.Description"),
            new("Nav.LabelStocktakes", "/labels/stocktakes", Icons.Material.Filled.Checklist, PageRoles.LabelStocktakes, "Nav.LabelStocktakes.Description"),
        ]),
        new("Nav.Operations", Icons.Material.Filled.Insights,
        [
            new("Nav.Problems", "/operations/problems", Icons.Material.Filled.ReportProblem, PageRoles.Problems, "Nav.Problems.Description"),
        ]),
        new("Nav.SupplierPortal", Icons.Material.Filled.Storefront,
        [
            new("Nav.MyOrders", "/portal/orders", Icons.Material.Filled.ReceiptLong, PageRoles.SupplierPortal, "Nav.MyOrders.Description"),
            new("Nav.MyDeliveryNotes", "/portal/delivery-notes", Icons.Material.Filled.LocalShipping, PageRoles.SupplierPortal, "Nav.MyDeliveryNotes.Description"),
            new("Nav.MyKitRequests", "/portal/kit-requests", Icons.Material.Filled.Healing, PageRoles.SupplierPortal, "Nav.MyKitRequests.Description"),
            new("Nav.MyCompany", "/portal/company", Icons.Material.Filled.Business, PageRoles.SupplierPortal, "Nav.MyCompany.Description"),
            new("Nav.MyCertificates", "/portal/certificates", Icons.Material.Filled.VerifiedUser, PageRoles.SupplierPortal, "Nav.MyCertificates.Description"),
            new("Nav.MyItems", "/portal/items", Icons.Material.Filled.Inventory2, PageRoles.SupplierPortal, "Nav.MyItems.Description"),
            new("Nav.MyNotifications", "/portal/notifications", Icons.Material.Filled.Notifications, PageRoles.SupplierPortal, "Nav.MyNotifications.Description"),
        ]),
        new("Nav.System", Icons.Material.Filled.AdminPanelSettings,
        [
            new("Nav.AuditLog", "/audit", Icons.Material.Filled.ManageSearch, PageRoles.AuditLog, "Nav.AuditLog.Description"),
        ]),
    ];

    public static bool Allows(this NavEntry entry, ClaimsPrincipal user) =>
        entry.Roles.Split(',').Any(user.IsInRole);

    public static IEnumerable<NavGroup> For(ClaimsPrincipal user) =>
        Groups
            .Select(group => group with { Entries = [.. group.Entries.Where(entry => entry.Allows(user))] })
            .Where(group => group.Entries.Count > 0);
}

/// <summary>Who may open each page: used by the pages' [Authorize] and by the menu, so both always agree.</summary>
public static class PageRoles
{
    public const string Items = Roles.MasterDataReaders;
    public const string ItemEditing = $"{Roles.Admin},{Roles.EquipmentDept}";
    public const string CatalogQuality = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.PriceOffice},{Roles.InsuranceOffice},{Roles.Auditor}";
    public const string CatalogImport = $"{Roles.Admin},{Roles.EquipmentDept}";
    public const string Suppliers = Roles.MasterDataReaders;
    public const string Departments = Roles.MasterDataReaders;
    public const string Warehouses = Roles.MasterDataReaders;
    public const string SupplierPortal = Roles.Supplier;

    /// <summary>The equipment department keeps the suppliers' certificates.</summary>
    public const string CertificateReviews = $"{Roles.Admin},{Roles.EquipmentDept}";

    /// <summary>
    /// Staff notifications: the equipment department's (certificate expiry) and the warehouse keepers' (expiry, storage
    /// conditions); suppliers read theirs in the portal. Each group's menu shows the entry to its own readers.
    /// </summary>
    public const string Notifications = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper}";

    /// <summary>Everyone with a part in 准入: the departments apply, the offices decide, the auditor reads.</summary>
    public const string Admission =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.AdmissionCommittee},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.PriceOffice},{Roles.InsuranceOffice},{Roles.Auditor}";

    public const string AdmissionApply = $"{Roles.DepartmentKeeper},{Roles.Clinician}";

    public const string AdmissionCreateItem = Roles.EquipmentDept;

    /// <summary>Suppliers see the substitutions of their own items only (<c>AdmissionList</c>).</summary>
    public const string Substitutions = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.AdmissionCommittee},{Roles.Auditor},{Roles.Supplier}";

    public const string SubstitutionPropose = $"{Roles.EquipmentDept},{Roles.Supplier}";

    public const string AuditLog = Roles.AuditReaders;

    /// <summary>验收入库: the keepers receive; the equipment department and the auditor follow along.</summary>
    public const string Receiving = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept},{Roles.Auditor}";

    /// <summary>Who scans notes, checks lines, labels and puts away.</summary>
    public const string ReceivingWork = $"{Roles.Admin},{Roles.WarehouseKeeper}";

    public const string PutAway = Receiving;

    /// <summary>盘点: the keepers count, the equipment department and finance approve, the administrator and the auditor read.</summary>
    public const string Stocktakes = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept},{Roles.Finance},{Roles.Auditor}";

    /// <summary>Opening a count and counting on the handheld.</summary>
    public const string StocktakeCounting = Roles.WarehouseKeeper;

    /// <summary>Stock on hand: everyone in the hospital who plans, moves, counts or pays for it.</summary>
    public const string Stock = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.OperationsAssistant},{Roles.Finance},{Roles.Auditor}";

    /// <summary>库存参数: the keepers read the levels they work to; the equipment department sets them.</summary>
    public const string ReplenishmentSettings = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper}";

    public const string ReplenishmentEditing = $"{Roles.Admin},{Roles.EquipmentDept}";

    /// <summary>采购计划: the equipment department approves them (PurchasePlanWorkflow); administrators look on.</summary>
    public const string PurchasePlans = $"{Roles.Admin},{Roles.EquipmentDept}";

    /// <summary>采购订单 inside the hospital; suppliers see their own in the portal.</summary>
    public const string PurchaseOrders = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.Finance},{Roles.Auditor}";

    /// <summary>库存养护 (near expiry, recalls, quarantine, storage conditions): the keepers and the equipment department act, the auditor reads.</summary>
    public const string StockControl = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.Auditor}";

    public const string StockControlActions = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper}";

    /// <summary>Department keepers see the near-expiry stock of their own department's warehouses.</summary>
    public const string NearExpiry = $"{StockControl},{Roles.DepartmentKeeper}";

    /// <summary>The allowed temperature and humidity of a warehouse.</summary>
    public const string ClimateRange = $"{Roles.Admin},{Roles.EquipmentDept}";

    // Department supply: requisitions, quotas, fixed-quantity limits, packs and kits.

    /// <summary>申领: the departments raise them (keepers see their own), the equipment department approves, the warehouse supplies, the auditor reads.</summary>
    public const string Requisitions = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Auditor}";

    /// <summary>Raising and changing a department's requisitions: its keeper.</summary>
    public const string RequisitionRaising = Roles.DepartmentKeeper;

    /// <summary>Over-quota requests and monthly plans wait for the equipment department.</summary>
    public const string RequisitionApprovals = Roles.EquipmentDept;

    /// <summary>限额: the equipment department sets them; departments see their own usage.</summary>
    public const string Quotas = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.DepartmentKeeper},{Roles.OperationsAssistant},{Roles.Auditor}";

    public const string QuotaEditing = $"{Roles.Admin},{Roles.EquipmentDept}";

    /// <summary>定数: the equipment department approves the limits; the keepers see them and start a replenishment run.</summary>
    public const string FixedQuantityLimits = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Auditor}";

    public const string FixedQuantityApproval = Roles.EquipmentDept;

    public const string ReplenishmentRun = $"{Roles.EquipmentDept},{Roles.WarehouseKeeper}";

    /// <summary>定数包: the equipment department and the warehouse define packs and print their labels.</summary>
    public const string PackDefinitions = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper}";

    public const string PackEditing = $"{Roles.EquipmentDept},{Roles.WarehouseKeeper}";

    /// <summary>手术套包: the equipment department defines them; the theatres and the warehouse read them.</summary>
    public const string SurgicalKits = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.Auditor}";

    public const string KitEditing = $"{Roles.Admin},{Roles.EquipmentDept}";

    // Distribution: waves, picking, dispatch, department receipt, returns, signed notes.

    /// <summary>波次与拣货: the keepers pick and check; the equipment department and the auditor follow along.</summary>
    public const string Waves = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept},{Roles.Auditor}";

    /// <summary>Creating waves, checking picks by scan, substituting, dispatching and printing the notes.</summary>
    public const string WaveWork = $"{Roles.Admin},{Roles.WarehouseKeeper}";

    /// <summary>出库单: the warehouse side, and department keepers for their own department (StockScope).</summary>
    public const string Dispatches = $"{Waves},{Roles.DepartmentKeeper}";

    /// <summary>科室验收 on the handheld: the department keeper signs for their own department's goods.</summary>
    public const string DepartmentReceipt = Roles.DepartmentKeeper;

    /// <summary>签收单返回: the warehouse or the equipment department records the signed notes coming back.</summary>
    public const string SignedNotes = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept}";

    /// <summary>科室退货: departments send, the warehouse and the equipment department take back, the auditor reads.</summary>
    public const string Returns = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept},{Roles.DepartmentKeeper},{Roles.Auditor}";

    public const string ReturnCreate = Roles.DepartmentKeeper;

    public const string ReturnAccept = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept}";

    // Clinical use: HIS orders, scan consumption, charges, surgeries.

    /// <summary>手术与跟台: the theatre and the surgeons work on them, the keepers deliver, the equipment department and the auditor follow.</summary>
    public const string Surgeries = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.Auditor}";

    /// <summary>Entering an operation HIS did not send.</summary>
    public const string SurgeryScheduling = $"{Roles.DepartmentKeeper},{Roles.Clinician}";

    /// <summary>The surgeon asks for the implant kit.</summary>
    public const string SurgeryKitRequest = Roles.Clinician;

    /// <summary>预验收 of the loaner set, by the theatre nurse or a warehouse keeper.</summary>
    public const string SurgerySetReceiving = $"{Roles.DepartmentKeeper},{Roles.WarehouseKeeper}";

    /// <summary>Confirming the operation and returning the unused pieces.</summary>
    public const string SurgeryTheatre = Roles.DepartmentKeeper;
    /// <summary>扫码消耗 on the handheld: the department's keepers and its clinicians.</summary>
    public const string Consume = $"{Roles.DepartmentKeeper},{Roles.Clinician}";

    /// <summary>Consumption and charge records: the department for its own (ClinicalScope), the offices and finance for all.</summary>
    public const string ClinicalRecords =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.OperationsAssistant},{Roles.Finance},{Roles.Auditor}";

    // Traceability: trace views, label recovery and label stocktakes.

    /// <summary>追溯: the staff who handle stock, and the auditor; never a supplier — the trace names patients.</summary>
    public const string Trace = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.Auditor}";

    /// <summary>The trace API also answers the HIS (adverse event reports).</summary>
    public const string TraceApi = $"{Trace},{Roles.HisIntegration}";

    /// <summary>标签回收 on the handheld: department keepers their own department's labels, warehouse keepers (who collect them) any.</summary>
    public const string LabelRecovery = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper}";

    /// <summary>标签盘点: counted by the keepers, lost labels confirmed by the department; the equipment department and the auditor read.</summary>
    public const string LabelStocktakes = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.Auditor}";

    public const string LabelStocktakeWork = LabelRecovery;

    // Operations: the department problem list.

    /// <summary>问题清单: the assistants their departments' problems, the equipment department and the administrator all; the auditor reads.</summary>
    public const string Problems = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.OperationsAssistant},{Roles.Auditor}";

    public const string ProblemEditing = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.OperationsAssistant}";

    /// <summary>Which departments each operations assistant looks after.</summary>
    public const string AssistantAssignments = $"{Roles.Admin},{Roles.EquipmentDept}";
}
