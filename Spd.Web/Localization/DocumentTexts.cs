using System.Globalization;
using Spd.Reporting.Documents;

namespace Spd.Web.Localization;

/// <summary>Printed documents follow the reader's screen language.</summary>
public static class DocumentTexts
{
    public static DocumentText Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? DocumentText.English : DocumentText.Chinese;
}
