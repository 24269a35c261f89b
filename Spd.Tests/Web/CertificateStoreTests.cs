using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Hosting;
using Spd.Web.Infrastructure;

namespace Spd.Tests.Web;

public sealed class CertificateStoreTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("spd-store-");
    private readonly CertificateStore store;

    public CertificateStoreTests() =>
        store = new CertificateStore(Options.Create(new CertificateStorageOptions { StorageFolder = "certificates", MaxFileBytes = 1024 }), new Environment(folder.FullName));

    public void Dispose() => folder.Delete(recursive: true);

    public static TheoryData<byte[], string> Accepted => new()
    {
        { "%PDF-1.7\n..."u8.ToArray(), "application/pdf" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Pdf_png_and_jpeg_are_recognised_by_their_content(byte[] content, string contentType)
    {
        var (file, problem) = await store.SaveAsync(new MemoryStream(content), "scan.bin");

        Assert.Null(problem);
        Assert.Equal(contentType, file!.ContentType);
        Assert.Equal(content, await File.ReadAllBytesAsync(store.PathOf(file.StoredFileName)!));
    }

    [Fact]
    public async Task A_renamed_html_file_is_refused_whatever_its_name()
    {
        var (file, problem) = await store.SaveAsync(new MemoryStream("<html><script>alert(1)</script>"u8.ToArray()), "licence.pdf");

        Assert.Null(file);
        Assert.Equal(CertificateFileProblem.UnsupportedType, problem);
        Assert.False(Directory.Exists(store.Folder) && Directory.EnumerateFiles(store.Folder).Any());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var content = new byte[1025];
        "%PDF-"u8.CopyTo(content);

        var (file, problem) = await store.SaveAsync(new MemoryStream(content), "big.pdf");

        Assert.Null(file);
        Assert.Equal(CertificateFileProblem.TooLarge, problem);
    }

    [Fact]
    public async Task An_empty_file_is_refused() =>
        Assert.Equal(CertificateFileProblem.Empty, (await store.SaveAsync(new MemoryStream(), "empty.pdf")).Problem);

    [Fact]
    public async Task The_stored_name_is_random_and_the_original_keeps_only_its_file_name()
    {
        var (file, _) = await store.SaveAsync(new MemoryStream("%PDF-1.4"u8.ToArray()), "..\\..\\etc/passwd.pdf");

        Assert.Equal("passwd.pdf", file!.FileName);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", file.StoredFileName);
        Assert.StartsWith(Path.Combine(folder.FullName, "certificates"), store.PathOf(file.StoredFileName)!);
    }

    [Theory]
    [InlineData("../spd.db")]
    [InlineData("0123456789abcdef0123456789abcdef.exe")]
    public void Only_names_the_store_gave_out_are_opened(string name) => Assert.Null(store.PathOf(name));

    private sealed class Environment(string root) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = Path.Combine(root, "wwwroot");

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ApplicationName { get; set; } = "Spd.Web";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = root;

        public string EnvironmentName { get; set; } = Environments.Development;
    }
}
