using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Spd.Web.Localization;

/// <summary>MudBlazor's own strings (pager, filters, dialogs) from our resources, keyed <c>Mud.&lt;key&gt;</c>.</summary>
public sealed class SpdMudLocalizer(IStringLocalizer<SharedResource> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = strings[$"Mud.{key}"];
            return translated.ResourceNotFound ? base[key] : new LocalizedString(key, translated.Value);
        }
    }
}
