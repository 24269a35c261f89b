using Microsoft.EntityFrameworkCore;
using Spd.Domain.Departments;
using Spd.Domain.Persistence;
using Spd.Web.Components.Layout;

namespace Spd.Web.Infrastructure;

/// <summary>Reprints the labels of a department's packs of one definition still in stock or on their way (the same sheet and ZPL as at receipt).</summary>
public static class PackLabelEndpoints
{
    public static void MapPackLabels(this IEndpointRouteBuilder app)
    {
        var printers = PageRoles.PackEditing.Split(',');
        app.MapGet("/department-supply/packs/{id:int}/labels.pdf", async (int id, IDbContextFactory<SpdDbContext> factory, CancellationToken ct) =>
                await LabelsAsync(factory, id, ct) is { } labels ? ReceivingLabelEndpoints.Pdf(labels.Name, labels.Units) : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
        app.MapGet("/department-supply/packs/{id:int}/labels.zpl", async (int id, IDbContextFactory<SpdDbContext> factory, CancellationToken ct) =>
                await LabelsAsync(factory, id, ct) is { } labels ? ReceivingLabelEndpoints.Zpl(labels.Name, labels.Units) : Results.NotFound())
            .RequireAuthorization(policy => policy.RequireRole(printers));
    }

    /// <returns>Null when the definition does not exist or none of its packs is in stock.</returns>
    private static async Task<(string Name, IReadOnlyList<Spd.Domain.Warehousing.LabelUnit> Units)?> LabelsAsync(
        IDbContextFactory<SpdDbContext> factory, int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await PackDefinitions.LabelsAsync(db, id, ct) is { Units.Count: > 0 } labels ? labels : null;
    }
}
