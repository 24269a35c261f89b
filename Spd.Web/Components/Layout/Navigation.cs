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
        new("Nav.Inventory", Icons.Material.Filled.Inventory,
        [
            new("Nav.Stock", "/stock", Icons.Material.Filled.ViewList, PageRoles.Stock, "Nav.Stock.Description"),
            new("Nav.Stocktakes", "/stocktakes", Icons.Material.Filled.Checklist, PageRoles.Stocktakes, "Nav.Stocktakes.Description"),
        ]),
        new("Nav.SupplierManagement", Icons.Material.Filled.VerifiedUser,
        [
            new("Nav.CertificateReviews", "/certificates/reviews", Icons.Material.Filled.FactCheck, PageRoles.CertificateReviews, "Nav.CertificateReviews.Description"),
            new("Nav.Notifications", "/notifications", Icons.Material.Filled.Notifications, PageRoles.Notifications, "Nav.Notifications.Description"),
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

    /// <summary>The equipment department's notifications (certificate expiry); suppliers read theirs in the portal.</summary>
    public const string Notifications = $"{Roles.Admin},{Roles.EquipmentDept}";

    /// <summary>Everyone with a part in 准入: the departments apply, the offices decide, the auditor reads.</summary>
    public const string Admission =
        $"{Roles.Admin},{Roles.EquipmentDept},{Roles.AdmissionCommittee},{Roles.DepartmentKeeper},{Roles.Clinician},{Roles.PriceOffice},{Roles.InsuranceOffice},{Roles.Auditor}";

    public const string AdmissionApply = $"{Roles.DepartmentKeeper},{Roles.Clinician}";

    public const string AdmissionCreateItem = Roles.EquipmentDept;

    /// <summary>Suppliers see the substitutions of their own items only (<c>AdmissionList</c>).</summary>
    public const string Substitutions = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.AdmissionCommittee},{Roles.Auditor},{Roles.Supplier}";

    public const string SubstitutionPropose = $"{Roles.EquipmentDept},{Roles.Supplier}";

    public const string AuditLog = Roles.AuditReaders;

    /// <summary>盘点: the keepers count, the equipment department and finance approve, the administrator and the auditor read.</summary>
    public const string Stocktakes = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.EquipmentDept},{Roles.Finance},{Roles.Auditor}";

    /// <summary>Opening a count and counting on the handheld.</summary>
    public const string StocktakeCounting = Roles.WarehouseKeeper;

    /// <summary>Stock on hand: everyone in the hospital who plans, moves, counts or pays for it.</summary>
    public const string Stock = $"{Roles.Admin},{Roles.EquipmentDept},{Roles.WarehouseKeeper},{Roles.DepartmentKeeper},{Roles.OperationsAssistant},{Roles.Finance},{Roles.Auditor}";
}
