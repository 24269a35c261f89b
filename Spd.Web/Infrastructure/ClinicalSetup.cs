using Spd.Domain.Clinical;

namespace Spd.Web.Infrastructure;

public static class ClinicalSetup
{
    /// <summary>Operations with their loaner sets and double sign.</summary>
    public static void AddSpdClinical(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Surgeries>();
    }
}
