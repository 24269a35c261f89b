using Microsoft.Extensions.Options;
using Spd.Domain.Departments;

namespace Spd.Web.Infrastructure;

public static class DepartmentSupplySetup
{
    /// <summary>Requisitions and quotas with their settings (section <c>Requisitions</c>).</summary>
    public static void AddSpdDepartmentSupply(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequisitionOptions>()
            .Bind(builder.Configuration.GetSection(RequisitionOptions.Section))
            .Validate(o => o.IsValid, "Requisitions: QuotaWarningPercent must be 1–100, QuotaLimitPercent between it and 1000, MonthlyPlanDeadlineDay 1–28.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new Requisitions(services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IOptions<RequisitionOptions>>().Value));
    }
}
