using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Inventory;
using Spd.Domain.Persistence;
using Spd.Domain.Warehousing;
using Spd.Reporting.Documents;
using Spd.Web.Components.Layout;
using Spd.Web.Localization;

namespace Spd.Web.Infrastructure;

/// <summary>The labels of a receipt's coded pieces and packs: an A4 sheet for office printers, ZPL for label printers.</summary>
public static class ReceivingLabelEndpoints
{
    public static void MapReceivingLabels(this IEndpointRouteBuilder app)
    {
        var printers = PageRoles.ReceivingWork.Split(',');
        app.MapGet("/receiving/{id:int}/labels.pdf", async (int id, IDbContextFactory<SpdDbContext> factory, CancellationToken ct) =>
                await LabelsAsync(factory, id, ct) is { } labels ? Pdf(labels.No, labels.Units) : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
        app.MapGet("/receiving/{id:int}/labels.zpl", async (int id, IDbContextFactory<SpdDbContext> factory, CancellationToken ct) =>
                await LabelsAsync(factory, id, ct) is { } labels ? Zpl(labels.No, labels.Units) : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
    }

    /// <summary>An A4 label sheet of the units, in the reader's language.</summary>
    internal static IResult Pdf(string name, IReadOnlyList<LabelUnit> units) =>
        Results.File(LabelSheetPdf.Render(Data(units), new LabelSheetLayout { Text = Text() }), "application/pdf", $"{name}-labels.pdf");

    /// <summary>The units' labels as ZPL for a label printer.</summary>
    internal static IResult Zpl(string name, IReadOnlyList<LabelUnit> units) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(ZplLabels.Render(Data(units), new ZplLayout { Text = Text() })), "text/plain; charset=utf-8", $"{name}-labels.zpl");

    private static DocumentText Text() => CultureInfo.CurrentUICulture.Name == LocalizationSetup.English ? DocumentText.English : DocumentText.Chinese;

    private static List<LabelData> Data(IReadOnlyList<LabelUnit> units) =>
        [.. units.Select(u => new LabelData(u.Code, u.ItemName, u.Specification, u.LotNumber, u.ExpiryDate)
        {
            DepartmentName = u.DepartmentName,
            PackQuantity = u.Kind == StockUnitKind.Pack ? u.Quantity : null,
            Unit = u.Unit,
            Epc = u.Epc,
        })];

    /// <returns>Null when the receipt does not exist or has no labels yet.</returns>
    private static async Task<(string No, IReadOnlyList<LabelUnit> Units)?> LabelsAsync(IDbContextFactory<SpdDbContext> factory, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var no = await db.Receipts.Where(r => r.Id == id).Select(r => r.No).FirstOrDefaultAsync(ct);
        var units = no is null ? [] : await Labeling.UnitsAsync(db, id, ct);
        return units.Count == 0 ? null : (no!, units);
    }
}
