namespace Spd.Web.Components.Pages.Admission;

/// <summary>An item as a picker shows it.</summary>
public sealed record ItemOption(int Id, string Text);
