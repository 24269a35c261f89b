namespace Spd.Web.Localization;

/// <summary>Marker for the screens' strings: Localization/SharedResource.resx (Chinese, neutral) and .en.resx.</summary>
public sealed class SharedResource;
