namespace Spd.Web.Components.Pages.Traceability;

/// <summary>The trace page's addresses, so that every view links to the others the same way.</summary>
public static class TraceLinks
{
    public static string Unit(string code) => $"/trace?code={Uri.EscapeDataString(code)}";

    public static string Patient(string patientNo) => $"/trace?patient={Uri.EscapeDataString(patientNo)}";

    public static string Lot(string itemCode, string lotNumber) => $"/trace?item={Uri.EscapeDataString(itemCode)}&lot={Uri.EscapeDataString(lotNumber)}";

    public static string Search(string text) => $"/trace?q={Uri.EscapeDataString(text)}";
}
