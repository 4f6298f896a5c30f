using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>Every problem in a seed is a located SEED warning naming the file; the rest of the catalog is kept.</summary>
public class SeedDiagnosticsTests
{
    private const string Good = "date 2022-02 A good lede. More text.\n\nSecond paragraph.";

    [Theory]
    [InlineData("no date header here.", "SEED001", 1, 1)]
    [InlineData("\n\n  Intro without header", "SEED001", 3, 3)]
    [InlineData(" date 2022-13 Lede.", "SEED002", 1, 7)]
    [InlineData("date 2022-02-30 Lede.", "SEED002", 1, 6)]
    [InlineData("date 0000-00 Lede.", "SEED002", 1, 6)]
    [InlineData("date 2022-1 Lede.", "SEED002", 1, 6)]
    [InlineData("", "SEED003", 1, 1)]
    [InlineData(" \n\t\r\n  ", "SEED003", 1, 1)]
    [InlineData("date 2022-02", "SEED004", 1, 6)]
    [InlineData("date 2022-02   \n\n \n", "SEED004", 1, 6)]
    public void A_bad_seed_is_left_out_with_a_located_warning(string text, string id, int line, int column)
    {
        var run = new GeneratorHarness().Seed("bad/seed", text).Seed("good", Good).Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/seeds/bad/seed.txt", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("'bad/seed'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_seed_the_compiler_could_not_read_as_UTF8_is_left_out()
    {
        // Roslyn decodes an AdditionalFile that is not UTF-8 with a legacy code page: simulate that.
        var bytes = Encoding.UTF8.GetBytes("date 2022-02 Caf\u00e9 au lait.\n\nMore.").Concat(new byte[] { 0xFF, 0xC3, 0x28 }).ToArray();
        var latin1 = Encoding.Latin1.GetString(bytes);
        var run = new GeneratorHarness()
            .SeedFile("/project/seeds/latin.txt", "latin", latin1, Encoding.Latin1)
            .Seed("good", Good)
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED005", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 16), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("not valid UTF-8", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
        Assert.DoesNotContain("latin", run.SourceOf("Seeds.Articles"));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_text()
    {
        var run = new GeneratorHarness().SeedFile("/project/seeds/utf16.txt", "utf16", Good, Encoding.Unicode).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
    }

    [Fact]
    public void Binary_content_is_left_out_but_a_few_control_characters_are_text()
    {
        var utf16WithoutBom = Encoding.UTF8.GetString(Encoding.Unicode.GetBytes("date 2022-02 Looks like text in UTF-16."));
        var run = new GeneratorHarness()
            .Seed("binary", utf16WithoutBom)
            .Seed("controls", "date 2022-02 Bell \a, escape \u001b, nul \0 and delete \u007f are text.")
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED005", diagnostic.Id);
        Assert.EndsWith("binary.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 1), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("binary data", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
    }

    [Theory]
    [InlineData(null, 2_000_000, true)]
    [InlineData(null, 500_000, false)]
    [InlineData("1000", 1001, true)]
    [InlineData("1000", 990, false)]
    [InlineData("0", 2_000_000, false)]
    [InlineData("not a number", 2_000_000, true)]
    public void Seeds_over_the_size_limit_are_left_out(string? limit, int length, bool tooLarge)
    {
        var harness = new GeneratorHarness();
        if (limit is not null)
        {
            harness.Property("SeedCatalogMaxSeedBytes", limit);
        }

        var text = "date 2022-02 Big. " + new string('x', length - 18);
        var run = harness.Seed("big", text).Seed("good", Good).Run();

        if (tooLarge)
        {
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal("SEED006", diagnostic.Id);
            Assert.Contains("SeedCatalogMaxSeedBytes", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
        }
        else
        {
            Assert.Empty(run.Diagnostics);
            Assert.Contains("Count = 2;", run.SourceOf("Seeds.Catalog"));
        }
    }

    [Fact]
    public void The_size_limit_counts_UTF8_bytes()
    {
        var text = "date 2022-02 " + new string('\u00e9', 500);
        var run = new GeneratorHarness().Property("SeedCatalogMaxSeedBytes", "900").Seed("accents", text).Run();

        Assert.Equal("SEED006", Assert.Single(run.Diagnostics).Id);
        Assert.Contains("1013 bytes", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Seeds_in_different_folders_with_the_same_file_name_do_not_collide()
    {
        var run = new GeneratorHarness().Seed("a/dup", Good).Seed("b/dup", Good).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Contains("ArticleADup", run.SourceOf("Seeds.Articles."));
        Assert.Contains("ArticleBDup", run.SourceOf("Seeds.Articles."));
    }

    [Fact]
    public void Seeds_whose_member_names_collide_are_both_kept_with_a_warning()
    {
        var run = new GeneratorHarness().Seed("dup", Good).Seed("Dup_", Good).Source("class Use { object[] M() => new object[] { SeedCatalog.Seeds.ArticleDup, SeedCatalog.Seeds.ArticleDup_2 }; }").Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED008", diagnostic.Id);
        Assert.EndsWith("/dup.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.CompilationProblems);
        var assembly = run.Load();
        Assert.Equal("dup", Reflect.Get<string>(Reflect.Static(assembly, "SeedCatalog.Seeds", "ArticleDup_2")!, "Id"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Seeds_with_the_same_id_are_both_kept_with_stable_ids(bool reversed)
    {
        var harness = new GeneratorHarness { };
        harness.Property("SeedCatalogTextStorage", "Resource");
        var first = ("/project/seeds/one/same.txt", "date 2022-02 First text.");
        var second = ("/project/seeds/two/same.txt", "date 2022-02 Second text.");
        foreach (var (path, text) in reversed ? new[] { second, first } : new[] { first, second })
        {
            harness.SeedFile(path, "same", text);
        }

        harness.Seed("same~2", "date 2021 Already taken.");
        var run = harness.Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED009", diagnostic.Id);
        Assert.Equal("/project/seeds/two/same.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'same~3'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems);
        var lookup = Reflect.Static(run.Load(), "SeedCatalog.Seeds", "ById")!;
        var renamed = lookup.GetType().GetProperty("Item")!.GetValue(lookup, new object[] { "same~3" })!;
        Assert.Equal("date 2022-02 Second text.", Reflect.Get<string>(renamed, "Text"));
        Assert.Equal(3, Reflect.Items(Reflect.Static(run.Load(), "SeedCatalog.Seeds", "All")).Count);
    }
}
