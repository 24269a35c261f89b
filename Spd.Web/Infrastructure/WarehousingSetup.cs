using Microsoft.Extensions.Options;
using Spd.Domain.Warehousing;

namespace Spd.Web.Infrastructure;

public static class WarehousingSetup
{
    /// <summary>Receiving, labelling and put-away, with the receiving rules' settings (section <c>Receiving</c>).</summary>
    public static void AddSpdWarehousing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReceivingOptions>()
            .Bind(builder.Configuration.GetSection(ReceivingOptions.Section))
            .Validate(o => o.MinRemainingShelfLifeFraction is > 0 and <= 1, "Receiving:MinRemainingShelfLifeFraction must be more than 0 and at most 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new Receiving(services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IOptions<ReceivingOptions>>().Value));
        builder.Services.AddSingleton<Labeling>();
        builder.Services.AddSingleton<PutAway>();
    }
}
