using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Spd.Domain.Catalog;

namespace Spd.Web.Infrastructure;

/// <summary>Section <c>Certificates</c>.</summary>
public sealed class CertificateStorageOptions
{
    public const string Section = "Certificates";

    /// <summary>Relative to the content root, never under wwwroot: files go out only through the checked download endpoint.</summary>
    public string StorageFolder { get; set; } = "App_Data/certificates";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Why an upload was refused; screens translate <c>CertificateFile.{value}</c>.</summary>
public enum CertificateFileProblem
{
    Empty,
    TooLarge,
    UnsupportedType,
}

/// <summary>
/// Scanned certificates on disk under a random name. The type is decided by the file's first bytes,
/// not by its name or the browser's content type, so a renamed executable or HTML page is refused.
/// </summary>
public sealed partial class CertificateStore(IOptions<CertificateStorageOptions> options, IWebHostEnvironment environment)
{
    private static readonly (byte[] Magic, string ContentType, string Extension)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public string Folder => Path.GetFullPath(options.Value.StorageFolder, environment.ContentRootPath);

    /// <returns>The content type and file extension, or null for anything but PDF, PNG and JPEG.</returns>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, contentType, extension) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return (contentType, extension);
            }
        }

        return null;
    }

    /// <summary>Checks and stores an upload; reads at most one byte more than the limit.</summary>
    public async Task<(StoredCertificateFile? File, CertificateFileProblem? Problem)> SaveAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                return (null, CertificateFileProblem.TooLarge);
            }
        }

        if (buffer.Length == 0)
        {
            return (null, CertificateFileProblem.Empty);
        }

        if (Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16))) is not { } type)
        {
            return (null, CertificateFileProblem.UnsupportedType);
        }

        Directory.CreateDirectory(Folder);
        var storedName = Guid.NewGuid().ToString("N") + type.Extension;
        await using (var file = new FileStream(Path.Combine(Folder, storedName), FileMode.CreateNew, FileAccess.Write))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(file, ct);
        }

        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return (new StoredCertificateFile(name.Length is > 0 and <= 260 ? name : "certificate" + type.Extension, storedName, type.ContentType, buffer.Length), null);
    }

    /// <returns>The stored file, or null when the name is not one this store gave out or the file is gone.</returns>
    public string? PathOf(string storedName)
    {
        if (!StoredName().IsMatch(storedName))
        {
            return null;
        }

        var path = Path.Combine(Folder, storedName);
        return File.Exists(path) ? path : null;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(pdf|png|jpg)$")]
    private static partial Regex StoredName();
}
