using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedCatalog.Generator.Configuration;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Configuration;

/// <summary>
/// SEED005 for a seed the compiler decoded with replacement characters, as Roslyn 5 hands such a file
/// over (UTF-8, each bad byte read as U+FFFD, the checksum of the file's bytes), and no false alarm for
/// a seed that really holds U+FFFD in valid UTF-8.
/// </summary>
public class ReplacedBytesTests
{
    [Theory]
    [InlineData(SourceHashAlgorithm.Sha256)]
    [InlineData(SourceHashAlgorithm.Sha1)]
    public void Bytes_that_are_not_UTF8_in_the_middle_of_a_line_give_SEED005_at_the_first(SourceHashAlgorithm algorithm)
    {
        var bytes = Bytes("date 2022-02 Bad bytes ", new byte[] { 0xFF, 0xFE, 0xED, 0xA0, 0x80 }, " in a line.\n\nMore.\n");

        var file = Read(bytes, algorithm);

        var diagnostic = file.Problem!;
        Assert.Equal("SEED005", diagnostic.Id);
        Assert.Equal(new TextSlice("date 2022-02 Bad bytes ".Length, 1), diagnostic.Span);
        Assert.Contains("U+FFFD", string.Join(" ", diagnostic.Arguments));
        Assert.Equal(string.Empty, file.Text);
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\r\n")]
    public void A_real_replacement_character_in_valid_UTF8_is_kept(bool byteOrderMark, string lineEnd)
    {
        var text = "date 2022-02 A real \uFFFD in the text." + lineEnd + lineEnd + "More." + lineEnd;
        var bytes = Encoding.UTF8.GetBytes(text);
        if (byteOrderMark)
        {
            bytes = Bytes(string.Empty, new byte[] { 0xEF, 0xBB, 0xBF }, text);
        }

        var file = Read(bytes, SourceHashAlgorithm.Sha256);

        Assert.Null(file.Problem);
        Assert.Equal(text, file.Text);
    }

    private static byte[] Bytes(string before, byte[] middle, string after)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(before));
        stream.Write(middle);
        stream.Write(Encoding.UTF8.GetBytes(after));
        return stream.ToArray();
    }

    private static SeedFile Read(byte[] bytes, SourceHashAlgorithm algorithm)
    {
        const string path = "/app/seeds/seed.txt";
        var options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, TestAnalyzerConfigOptions>
            {
                [path] = new TestAnalyzerConfigOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true" }),
            });
        return SeedFileReader.Read(new FileBytes(path, bytes, algorithm), options, default)!;
    }

    /// <summary>A file's bytes decoded as the compiler does: UTF-8 that replaces bad bytes, the checksum of the bytes.</summary>
    private sealed class FileBytes(string path, byte[] bytes, SourceHashAlgorithm algorithm) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
            => SourceText.From(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: false), algorithm);
    }
}
