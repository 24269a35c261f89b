using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

/// <summary>Who signed, with the roles the account holds; null when the credentials were refused.</summary>
public sealed record VerifiedSigner(string UserName, IReadOnlyCollection<string> Roles);

/// <summary>
/// Checks a second person's credentials at the bedside (the implant double sign, 双签) without signing
/// anyone in or out: the same password rules, lockout and audit line as a sign-in.
/// </summary>
public sealed class SignatureVerifier(UserManager<SpdUser> users, IDbContextFactory<SpdDbContext> contexts, IAuditActor actor, TimeProvider clock, IOptions<SecurityOptions> options)
{
    public async Task<VerifiedSigner?> VerifyAsync(string userName, string password, string purpose)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await users.FindByNameAsync(userName.Trim());
        var verified = false;
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            await SignInService.ForgetStaleFailuresAsync(users, user, now, TimeSpan.FromMinutes(options.Value.LockoutWindowMinutes));
            verified = await users.CheckPasswordAsync(user, password);
            if (verified)
            {
                await users.ResetAccessFailedCountAsync(user);
            }
            else
            {
                user.LastFailedLoginUtc = now;
                await users.AccessFailedAsync(user);
            }
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.AuditEntries.Add(new AuditEntry
            {
                TimestampUtc = now,
                UserName = userName,
                ClientIp = actor.ClientIp,
                Action = verified ? AuditAction.LoginSucceeded : AuditAction.LoginFailed,
                EntityType = nameof(SpdUser),
                EntityKey = user?.Id,
                Detail = verified ? purpose : $"{purpose}: {(user is null ? "unknown user" : "refused")}",
            });
            await db.SaveChangesAsync();
        }

        return verified ? new VerifiedSigner(user!.UserName!, [.. await users.GetRolesAsync(user)]) : null;
    }
}
