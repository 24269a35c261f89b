using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Spd.Domain.Auditing;
using Spd.Domain.Persistence;
using Spd.Domain.Security;

namespace Spd.Web.Security;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    NotAllowed,
}

/// <summary>Password sign-in with a lockout window and an audit line for every attempt.</summary>
public sealed class SignInService(
    SignInManager<SpdUser> signInManager,
    UserManager<SpdUser> userManager,
    SpdDbContext db,
    IAuditActor actor,
    TimeProvider clock,
    IOptions<SecurityOptions> options)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = TimeSpan.FromMinutes(options.Value.LockoutWindowMinutes);
        var user = await userManager.FindByNameAsync(userName);
        if (user is not null)
        {
            await ForgetStaleFailuresAsync(userManager, user, now, window);
        }

        var result = await signInManager.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result switch
        {
            { Succeeded: true } => SignInOutcome.Succeeded,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.NotAllowed,
            _ => SignInOutcome.Failed,
        };

        if (outcome != SignInOutcome.Succeeded && user is not null)
        {
            user.LastFailedLoginUtc = now;
            await userManager.UpdateAsync(user);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = now,
            UserName = userName,
            ClientIp = actor.ClientIp,
            Action = outcome == SignInOutcome.Succeeded ? AuditAction.LoginSucceeded : AuditAction.LoginFailed,
            EntityType = nameof(SpdUser),
            EntityKey = user?.Id,
            Detail = outcome == SignInOutcome.Succeeded ? null : user is null ? "Unknown user" : outcome.ToString(),
        });
        await db.SaveChangesAsync();
        return outcome;
    }

    /// <summary>Failures older than the window no longer count towards a lockout (a locked account stays locked).</summary>
    internal static async Task ForgetStaleFailuresAsync(UserManager<SpdUser> users, SpdUser user, DateTime now, TimeSpan window)
    {
        if (user is { AccessFailedCount: > 0, LastFailedLoginUtc: { } lastFailure } && now - lastFailure > window && !await users.IsLockedOutAsync(user))
        {
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    public async Task SignOutAsync(string? reason)
    {
        var userName = actor.UserName;
        await signInManager.SignOutAsync();
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            ClientIp = actor.ClientIp,
            Action = AuditAction.Logout,
            Detail = reason,
        });
        await db.SaveChangesAsync();
    }
}
