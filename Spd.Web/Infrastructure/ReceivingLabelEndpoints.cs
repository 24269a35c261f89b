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
                await LabelsAsync(factory, id, ct) is { } labels
                    ? Results.File(LabelSheetPdf.Render(labels.Data, new LabelSheetLayout { Text = Text() }), "application/pdf", $"{labels.No}-labels.pdf")
                    : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
        app.MapGet("/receiving/{id:int}/labels.zpl", async (int id, IDbContextFactory<SpdDbContext> factory, CancellationToken ct) =>
                await LabelsAsync(factory, id, ct) is { } labels
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(ZplLabels.Render(labels.Data, new ZplLayout { Text = Text() })), "text/plain; charset=utf-8", $"{labels.No}-labels.zpl")
                    : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
    }

    private static DocumentText Text() => CultureInfo.CurrentUICulture.Name == LocalizationSetup.English ? DocumentText.English : DocumentText.Chinese;

    /// <returns>Null when the receipt does not exist or has no labels yet.</returns>
    private static async Task<(string No, IReadOnlyList<LabelData> Data)?> LabelsAsync(IDbContextFactory<SpdDbContext> factory, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var no = await db.Receipts.Where(r => r.Id == id).Select(r => r.No).FirstOrDefaultAsync(ct);
        var units = no is null ? [] : await Labeling.UnitsAsync(db, id, ct);
        return units.Count == 0 ? null : (no!, [.. units.Select(u => new LabelData(u.Code, u.ItemName, u.Specification, u.LotNumber, u.ExpiryDate)
        {
            DepartmentName = u.DepartmentName,
            PackQuantity = u.Kind == StockUnitKind.Pack ? u.Quantity : null,
            Unit = u.Unit,
            Epc = u.Epc,
        })]);
    }
}
