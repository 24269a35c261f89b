using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Organization;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>Roles always; demo accounts only with a seed profile; the first administrator only when asked.</summary>
public static class AccountSeeder
{
    /// <summary>Printed in README.md for the demo hospital only; never seeded without a seed profile.</summary>
    public const string DemoPassword = "Spd@2026demo";

    public const string DemoHisApiKey = "demo-his-key";

    /// <summary>Head of the demo department (科主任): signs its admission requests.</summary>
    public const string DemoDepartmentHead = "head";

    public const string BootstrapUserKey = "Bootstrap:AdminUser";
    public const string BootstrapPasswordKey = "Bootstrap:AdminPassword";

    /// <summary>User name, display name, role; the supplier users belong to the first and second supplier.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> DemoUsers =
    [
        ("admin", "系统管理员 王磊", Roles.Admin),
        ("equipment", "设备科 李建国", Roles.EquipmentDept),
        ("committee", "耗材管理委员会 陈主任", Roles.AdmissionCommittee),
        ("warehouse", "SPD库管员 张伟", Roles.WarehouseKeeper),
        ("nurse", "关节外科护士长 刘芳", Roles.DepartmentKeeper),
        ("doctor", "关节外科医生 赵明", Roles.Clinician),
        (DemoDepartmentHead, "关节外科主任 黄志强", Roles.Clinician),
        ("assistant", "运营助理 孙悦", Roles.OperationsAssistant),
        ("finance", "财务处 周静", Roles.Finance),
        ("price", "物价办 吴敏", Roles.PriceOffice),
        ("insurance", "医保处 郑洁", Roles.InsuranceOffice),
        ("auditor", "审计处 冯涛", Roles.Auditor),
        ("supplier", "供应商 业务员", Roles.Supplier),
        ("supplier2", "供应商二 业务员", Roles.Supplier),
        ("wall", "大屏", Roles.WallDisplay),
    ];

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    public static async Task EnsureDemoAccountsAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<SpdUser>>();
        var db = services.GetRequiredService<SpdDbContext>();
        var supplierIds = await db.Suppliers.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
        var departmentId = await db.Departments.Where(d => d.Type == DepartmentType.Clinical).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        foreach (var (userName, displayName, role) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new SpdUser
            {
                UserName = userName,
                DisplayName = displayName,
                SupplierId = role == Roles.Supplier ? supplierIds.ElementAtOrDefault(userName == "supplier" ? 0 : 1) : null,
                DepartmentId = role is Roles.DepartmentKeeper or Roles.Clinician or Roles.OperationsAssistant ? departmentId : null,
                IsDepartmentHead = userName == DemoDepartmentHead,
            };
            Check(await users.CreateAsync(user, DemoPassword), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }

        var hash = ApiKey.Hash(DemoHisApiKey);
        if (!await db.ApiKeys.AnyAsync(k => k.KeyHash == hash))
        {
            db.ApiKeys.Add(new ApiKey
            {
                Name = "demo-his",
                KeyHash = hash,
                Role = Roles.HisIntegration,
                CreatedUtc = services.GetRequiredService<BusinessCalendar>().UtcNow,
            });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Production ships no credentials: the first administrator comes from
    /// <c>--Bootstrap:AdminUser=… --Bootstrap:AdminPassword=…</c> or <c>Bootstrap__AdminUser</c> / <c>Bootstrap__AdminPassword</c>.
    /// </summary>
    public static async Task EnsureBootstrapAdminAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        if (configuration[BootstrapUserKey] is not { Length: > 0 } userName)
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<SpdUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var password = configuration[BootstrapPasswordKey];
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException($"{BootstrapUserKey} is set but {BootstrapPasswordKey} is empty.");
        }

        var user = new SpdUser { UserName = userName, DisplayName = userName };
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, Roles.Admin), userName);
        logger.LogWarning("Created the first administrator {UserName}.", userName);
    }

    private static void Check(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
