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
        ]),
        new("Nav.Distribution", Icons.Material.Filled.LocalShipping,
        [
        ]),
        new("Nav.ClinicalUse", Icons.Material.Filled.MedicalServices,
        [
            new("Nav.Consume", "/pda/consume", Icons.Material.Filled.QrCodeScanner, PageRoles.Consume, "Nav.Consume.Description"),
            new("Nav.Consumptions", "/clinical/consumptions", Icons.Material.Filled.ListAlt, PageRoles.ClinicalRecords, "Nav.Consumptions.Description"),
            new("Nav.Charges", "/clinical/charges", Icons.Material.Filled.ReceiptLong, PageRoles.ClinicalRecords, "Nav.Charges.Description"),
        ]),
        new("Nav.Traceability", Icons.Material.Filled.Timeline,
        [
        ]),
        new("Nav.Operations", Icons.Material.Filled.Insights,
        [
        ]),
        new("Nav.SupplierPortal", Icons.Material.Filled.Storefront,
        [
            new("Nav.MyOrders", "/portal/orders", Icons.Material.Filled.ReceiptLong, PageRoles.SupplierPortal, "Nav.MyOrders.Description"),
            new("Nav.MyDeliveryNotes", "/portal/delivery-notes", Icons.Material.Filled.LocalShipping, PageRoles.SupplierPortal, "Nav.MyDeliveryNotes.Description"),
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

    // Distribution: waves, picking, dispatch, department receipt, returns, signed notes.

    // Clinical use: HIS orders, scan consumption, charges, surgeries.

    /// <summary>扫码消耗 on the handheld: the department's keepers and its clinicians.</summary>
    public const string Consume = $"{Roles.DepartmentKeeper},{Roles.Clinician}";

    /// <summary>Consumption and charge records: the department for its own (ClinicalScope), the offices and finance for all.</summary>
    public const string ClinicalRecords =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.OperationsAssistant},{Roles.Finance},{Roles.Auditor}";

    // Traceability: trace views, label recovery and label stocktakes.

    // Operations: the department problem list.
}
