using Microsoft.AspNetCore.Diagnostics;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;

namespace Spd.Web.Infrastructure;

public static class ErrorHandling
{
    public static void UseSpdErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    public static void MapSpdHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (SpdDbContext db, CancellationToken cancellationToken) =>
                await db.Database.CanConnectAsync(cancellationToken)
                    ? Results.Text("Healthy")
                    : Results.Text("Database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .ExcludeFromDescription();
}

/// <summary>Unhandled errors are audited and answered with problem details; nothing of the exception leaks to the client.</summary>
public sealed class AuditingExceptionHandler(IServiceScopeFactory scopes, IProblemDetailsService problems, TimeProvider clock, ILogger<AuditingExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        await ErrorAudit.RecordAsync(scopes, clock, httpContext.User.Identity?.Name, httpContext.Connection.RemoteIpAddress?.ToString(),
            $"{httpContext.Request.Method} {httpContext.Request.Path}: {exception.GetType().Name}: {exception.Message}");
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = "An unexpected error occurred.", Status = StatusCodes.Status500InternalServerError },
        });
    }
}

public static class ErrorAudit
{
    /// <summary>Writes the error line in a scope of its own, so a failed context of the request cannot take it down.</summary>
    public static async Task RecordAsync(IServiceScopeFactory scopes, TimeProvider clock, string? userName, string? clientIp, string detail)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SpdDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            ClientIp = clientIp,
            Action = AuditAction.Error,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
        });
        await db.SaveChangesAsync();
    }
}
