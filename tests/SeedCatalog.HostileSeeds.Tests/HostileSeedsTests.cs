using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Catalog = global::HostileSeeds.Seeds;

namespace SeedCatalog.HostileSeeds.Tests;

/// <summary>
/// The catalog compiled from Fixtures/Seeds (hostile but valid seeds) holds each file's text exactly:
/// line ends normalized to LF and a leading byte-order mark dropped, nothing else changed.
/// That this project builds at all (warnings as errors, nullable, XML docs) is the other half of the test.
/// </summary>
public class HostileSeedsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds");

    /// <summary>Every fixture file, by the id the build gives it (path under the folder, no extension).</summary>
    public static IEnumerable<object[]> Files()
        => Directory.EnumerateFiles(Folder, "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name[..^4] });

    /// <summary>The catalog has exactly the fixture files.</summary>
    [Fact]
    public void Every_file_is_in_the_catalog_and_nothing_else()
    {
        var expected = Files().Select(f => (string)f[0]).ToList();
        var actual = Catalog.All.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(Catalog.Count, expected.Count);
    }

    /// <summary>A seed's text, paragraphs and title are exactly the file's.</summary>
    /// <param name="id">The seed's id.</param>
    [Theory]
    [MemberData(nameof(Files))]
    public void The_text_round_trips_exactly(string id)
    {
        var expected = Normalize(File.ReadAllText(Path.Combine(Folder, id + ".txt")));
        var article = Catalog.ById[id];

        Assert.Equal(expected, article.Text);
        Assert.NotEmpty(article.Paragraphs);
        var at = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var found = expected.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(found >= 0, "paragraph not found in order: " + paragraph);
            at = found + paragraph.Length;
        }

        Assert.StartsWith(article.Title, article.Lede, StringComparison.Ordinal);
    }

    /// <summary>Member names made from file names work as ordinary C# members.</summary>
    [Fact]
    public void File_names_give_usable_member_names()
    {
        Assert.Equal("class", Catalog.ArticleClass.Id);
        Assert.Equal("123", Catalog.Article123.Id);
        Assert.Equal("naïve café", Catalog.ArticleNaïveCafé.Id);
        Assert.Equal("日本語", Catalog.ArticleU65E5U672CU8A9E.Id);
        Assert.Equal("🎉", Catalog.ArticleU1F389.Id);
        Assert.Equal("Новости", Catalog.ArticleНовости.Id);
        Assert.Equal("a/dup", Catalog.ArticleADup.Id);
        Assert.Equal("b/dup", Catalog.ArticleBDup.Id);
    }

    /// <summary>What the catalog does to a seed's text: drop one leading BOM, LF line ends.</summary>
    private static string Normalize(string text)
    {
        // File.ReadAllText has already dropped the file's encoding BOM, as the compiler does; the
        // catalog drops one more U+FEFF at the start of the text.
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return text[start..].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
