using MudBlazor;

namespace Spd.Web.Components.Layout;

public static class SpdTheme
{
    /// <summary>Hospital blue-green; CJK fonts first so Chinese renders with Noto Sans CJK where installed.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#00796b", Secondary = "#1565c0", AppbarBackground = "#00695c" },
        PaletteDark = new PaletteDark { Primary = "#4db6ac", Secondary = "#64b5f6" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Roboto", "Helvetica", "Arial", "sans-serif"],
            },
        },
    };
}
