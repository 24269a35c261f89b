using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Spd.Domain.Catalog;
using Spd.Domain.Common;
using Spd.Domain.Persistence;
using Spd.Domain.Security;
using Spd.Web.Infrastructure;
using Spd.Web.Security;

namespace Spd.Web.Api;

/// <summary>Certificates, their files, renewals and review, eligibility (三证) and notifications. A supplier only ever reaches its own.</summary>
public static class CertificatesApi
{
    /// <summary>Who reviews renewals and maintains certificates.</summary>
    public const string Reviewers = $"{Roles.Admin},{Roles.EquipmentDept}";

    private static readonly string[] ReadersAndSupplier = [.. MasterDataApi.Readers.Split(','), Roles.Supplier];

    public static void MapCertificatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/suppliers/{id:int}/eligibility", async (int id, ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                SupplierScope.CanRead(user, id) && await CertificateCheck.ForSupplierAsync(db, id, calendar.Today, ct) is { } result
                    ? Results.Ok(result)
                    : NotFound("Supplier", id))
            .RequireAuthorization(policy => policy.RequireRole(ReadersAndSupplier));

        api.MapGet("/items/{id:int}/eligibility", async (int id, ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
            {
                var supplierId = await db.Items.Where(i => i.Id == id).Select(i => (int?)i.SupplierId).FirstOrDefaultAsync(ct);
                return supplierId is { } owner && SupplierScope.CanRead(user, owner)
                    && await CertificateCheck.ForItemAsync(db, id, calendar.Today, ct) is { } result
                    ? Results.Ok(result)
                    : NotFound("Item", id);
            })
            .RequireAuthorization(policy => policy.RequireRole(ReadersAndSupplier));

        api.MapGet("/suppliers/{id:int}/certificates", async (int id, ClaimsPrincipal user, SpdDbContext db, CancellationToken ct) =>
                SupplierScope.CanRead(user, id) && await SupplierDetail.LoadAsync(db, id, ct) is { } supplier
                    ? Results.Ok(supplier.Certificates)
                    : NotFound("Supplier", id))
            .RequireAuthorization(policy => policy.RequireRole(ReadersAndSupplier));

        api.MapGet("/certificates/{id:int}/file", async (int id, ClaimsPrincipal user, SpdDbContext db, CertificateStore store, CancellationToken ct) =>
                await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { StoredFileName: { } stored } certificate
                    && CanReadCertificate(user, certificate)
                    && store.PathOf(stored) is { } path
                    ? Results.File(path, certificate.FileContentType ?? "application/octet-stream", certificate.FileName)
                    : NotFound("Certificate file", id))
            .RequireAuthorization(policy => policy.RequireRole(ReadersAndSupplier));

        // Multipart from a supplier's ERP or a script; the sign-in cookie is SameSite=Strict, so no cross-site form can post here.
        api.MapPost("/certificates/{id:int}/renewals", async (int id, HttpRequest request, ClaimsPrincipal user, SpdDbContext db,
                CertificateStore store, BusinessCalendar calendar, CancellationToken ct) =>
            {
                var current = await db.Certificates.FirstOrDefaultAsync(c => c.Id == id && c.Status == CertificateStatus.Approved, ct);
                if (current is null || !CanReadCertificate(user, current))
                {
                    return NotFound("Certificate", id);
                }

                if (!request.HasFormContentType)
                {
                    return Results.Problem("Send multipart/form-data with a file and the certificate fields.", statusCode: StatusCodes.Status400BadRequest);
                }

                var form = await request.ReadFormAsync(ct);
                var input = new CertificateInput(current.Type, form["number"].ToString(), form["issuer"].ToString(),
                    ParseDate(form["validFrom"]), ParseDate(form["validUntil"]), current.AuthorizingManufacturerId);
                var errors = CertificateReview.Validate(input);
                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
                }

                if (form.Files.GetFile("file") is not { } upload)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["A scanned file (PDF, PNG or JPEG) is required."] });
                }

                await using var stream = upload.OpenReadStream();
                var (file, problem) = await store.SaveAsync(stream, upload.FileName, ct);
                if (file is null)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"The file was refused: {problem}."] });
                }

                var renewal = CertificateReview.Renewal(current, input, file, user.Identity!.Name!, calendar.UtcNow);
                db.Certificates.Add(renewal);
                await db.SaveChangesAsync(ct);
                return Results.Created($"/api/v1/certificates/{renewal.Id}", CertificateView.From(renewal));
            })
            .DisableAntiforgery()
            .RequireAuthorization(policy => policy.RequireRole([.. Reviewers.Split(','), Roles.Supplier]));

        api.MapPost("/certificates/{id:int}/approve", async (int id, ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                await ReviewAsync(db, id, ct, (renewal, replaced) => CertificateReview.Approve(renewal, replaced, user.Identity!.Name!, calendar.UtcNow)))
            .RequireAuthorization(policy => policy.RequireRole(Reviewers.Split(',')));

        api.MapPost("/certificates/{id:int}/reject", async (int id, [FromBody] RejectRequest body, ClaimsPrincipal user, SpdDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
                string.IsNullOrWhiteSpace(body.Reason)
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["A rejection needs a reason."] })
                    : await ReviewAsync(db, id, ct, (renewal, _) => CertificateReview.Reject(renewal, body.Reason, user.Identity!.Name!, calendar.UtcNow)))
            .RequireAuthorization(policy => policy.RequireRole(Reviewers.Split(',')));

        api.MapGet("/notifications", async (bool? unreadOnly, ClaimsPrincipal user, SpdDbContext db, CancellationToken ct) =>
                Results.Ok(await NotificationInbox.For(db, user).Where(n => unreadOnly != true || n.ReadUtc == null)
                    .OrderByDescending(n => n.Id).Take(200).ToListAsync(ct)))
            .RequireAuthorization(policy => policy.RequireRole([.. Reviewers.Split(','), Roles.WarehouseKeeper, Roles.Supplier]));
    }

    public sealed record RejectRequest(string Reason);

    /// <summary>A supplier's own certificates only; manufacturers' certificates are for hospital staff.</summary>
    public static bool CanReadCertificate(ClaimsPrincipal user, Certificate certificate) =>
        SupplierScope.Restriction(user) is not { } only || certificate.SupplierId == only;

    private static async Task<IResult> ReviewAsync(SpdDbContext db, int id, CancellationToken ct, Action<Certificate, Certificate?> review)
    {
        Certificate? reviewed = null;
        try
        {
            if (!await CertificateReview.ReviewAsync(db, id, (renewal, replaced) => review(reviewed = renewal, replaced), ct))
            {
                return NotFound("Certificate", id);
            }
        }
        catch (InvalidOperationException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status409Conflict);
        }

        return Results.Ok(CertificateView.From(reviewed!));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) ? date : null;

    private static IResult NotFound(string what, int id) =>
        Results.Problem($"{what} {id} was not found.", statusCode: StatusCodes.Status404NotFound);
}
