using System.Security.Cryptography;
using System.Text;

namespace Spd.Domain.Security;

/// <summary>
/// A key for an integration (HIS, LIS, a hardware relay), sent in the <c>X-Api-Key</c> header
/// and bound to one role. Only the SHA-256 hash of the key is stored.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string KeyHash { get; set; }

    public required string Role { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
