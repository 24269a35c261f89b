namespace Spd.Web.Security;

/// <summary>Section <c>Security</c>. Defaults follow the Chinese level-3 protection requirements (等保三级).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public int IdleTimeoutMinutes { get; set; } = 30;

    public int LockoutFailures { get; set; } = 5;

    public int LockoutWindowMinutes { get; set; } = 15;

    public PasswordPolicy Password { get; set; } = new();

    public sealed class PasswordPolicy
    {
        public int RequiredLength { get; set; } = 8;

        public bool RequireUppercase { get; set; } = true;

        public bool RequireLowercase { get; set; } = true;

        public bool RequireDigit { get; set; } = true;

        public bool RequireNonAlphanumeric { get; set; } = true;
    }
}
