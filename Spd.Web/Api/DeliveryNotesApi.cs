using System.Security.Claims;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Purchasing;
using Spd.Domain.Security;
using Spd.Reporting.Documents;
using Spd.Reporting.Excel;
using Spd.Web.Localization;
using Spd.Web.Security;

namespace Spd.Web.Api;

/// <summary>
/// Supplier delivery (DOMAIN.md §4.3) for the suppliers' ERPs: whole delivery notes in, notes and the open
/// orders (Excel) out. Suppliers sign in as Supplier users: API keys carry a role but no supplier, so a key
/// cannot speak for one supplier. A supplier only ever reaches its own orders and notes (others are 404).
/// </summary>
public static class DeliveryNotesApi
{
    /// <summary>Hospital staff who read submitted notes: the warehouse receives them, administrators and auditors look.</summary>
    public const string StaffReaders = $"{Roles.Admin},{Roles.WarehouseKeeper},{Roles.Auditor}";

    public static void MapDeliveryNotesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/delivery-notes", async (DeliveryNoteSubmission submission, ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
            {
                if (OwnSupplier(user) is not { } supplierId)
                {
                    return Unbound();
                }

                var result = await new DeliveryNotes(calendar).SubmitFromErpAsync(db, supplierId, submission, user.Identity!.Name!, ct);
                if (result.Succeeded)
                {
                    var view = await DeliveryNoteList.FindByNoAsync(db, supplierId, result.Note!.No, ct);
                    return result.Existing ? Results.Ok(view) : Results.Created($"/api/v1/delivery-notes/{Uri.EscapeDataString(view!.No)}", view);
                }

                return result.Errors switch
                {
                    [{ Code: PurchasingErrors.NotFound } notFound] => Results.Problem(notFound.Message, statusCode: StatusCodes.Status404NotFound),
                    [{ Code: PurchasingErrors.ExternalRefReused or PurchasingErrors.ChangedMeanwhile } conflict] =>
                        Results.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict),
                    var errors => Results.ValidationProblem(errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
                };
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supplier));

        api.MapGet("/delivery-notes/{no}", async (string no, ClaimsPrincipal user, SpdDbContext db, CancellationToken ct) =>
            {
                // A supplier reads its own notes, drafts included; staff read submitted notes of every supplier.
                var restriction = SupplierScope.Restriction(user);
                return await DeliveryNoteList.FindByNoAsync(db, restriction, no, ct) is { } note
                    ? Results.Ok(note)
                    : Results.Problem($"Delivery note {no} was not found.", statusCode: StatusCodes.Status404NotFound);
            })
            .RequireAuthorization(policy => policy.RequireRole([.. StaffReaders.Split(','), Roles.Supplier]));

        api.MapGet("/delivery-notes/{no}/pdf", async (string no, ClaimsPrincipal user, SpdDbContext db, IConfiguration configuration, BusinessCalendar calendar, CancellationToken ct) =>
                await DeliveryNoteDocuments.PdfAsync(db, SupplierScope.Restriction(user), no, configuration["Hospital:Name"] ?? "", DocumentTexts.Current,
                    TimeZoneInfo.ConvertTime(new DateTimeOffset(calendar.UtcNow), calendar.Zone), ct) is { } pdf
                    ? Results.File(pdf, "application/pdf", $"{no}.pdf")
                    : Results.Problem($"Delivery note {no} was not found or is still a draft.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(policy => policy.RequireRole([.. StaffReaders.Split(','), Roles.Supplier]));

        api.MapGet("/portal/orders/export.xlsx", async (ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                OwnSupplier(user) is { } supplierId
                    ? Results.File(await PurchaseOrderWorkbooks.OpenOrdersAsync(db, supplierId, calendar, ct), SheetWorkbook.ContentType, $"未完成订单-{calendar.Today:yyyyMMdd}.xlsx")
                    : Unbound())
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supplier));
    }

    /// <summary>The signed-in supplier's id; null for a supplier account bound to no supplier.</summary>
    private static int? OwnSupplier(ClaimsPrincipal user) => SupplierScope.Restriction(user) is { } id and > 0 ? id : null;

    private static IResult Unbound() =>
        Results.Problem("This account is bound to no supplier; ask the equipment department to bind it.", statusCode: StatusCodes.Status403Forbidden);

    /// <summary><c>Lines[0].LotNumber</c> → <c>lines[0].lotNumber</c>, as the request's JSON names it.</summary>
    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
