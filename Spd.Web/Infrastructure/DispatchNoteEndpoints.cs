using Microsoft.EntityFrameworkCore;
using Spd.Domain.Common;
using Spd.Domain.Dispatching;
using Spd.Domain.Persistence;
using Spd.Reporting.Documents;
using Spd.Web.Components.Layout;
using Spd.Web.Localization;
using Spd.Web.Security;

namespace Spd.Web.Infrastructure;

/// <summary>
/// The dispatch note (出库单) in three copies. A print by the warehouse is the note's printing for the dispatch-time and
/// delivery-time KPIs (the first one counts); department keepers may print their own department's notes again.
/// </summary>
public static class DispatchNoteEndpoints
{
    public static void MapDispatchNotes(this IEndpointRouteBuilder app) =>
        app.MapGet("/dispatches/{no}/note.pdf", async (string no, HttpContext http, IDbContextFactory<SpdDbContext> factory, TimeProvider clock,
                BusinessCalendar calendar, IConfiguration configuration, CancellationToken ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var scope = await StockScope.DepartmentAsync(db, http.User, ct);
                var pdf = await DispatchNoteDocuments.PdfAsync(db, no, scope, configuration["Hospital:Name"] ?? "", DocumentTexts.Current, calendar, ct);
                if (pdf is null)
                {
                    return Results.NotFound();
                }

                if (PageRoles.WaveWork.Split(',').Any(http.User.IsInRole)
                    && await db.Dispatches.Where(d => d.No == no).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct) is { } id)
                {
                    await new DispatchWorkflow(clock).MarkPrintedAsync(db, id, ct);
                }

                return Results.File(pdf, "application/pdf", $"{no}.pdf");
            })
            .RequireAuthorization(policy => policy.RequireRole(PageRoles.Dispatches.Split(',')));
}
