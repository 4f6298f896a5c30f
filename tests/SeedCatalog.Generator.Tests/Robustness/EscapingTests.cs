using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Planning;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>Any Unicode text compiles, round-trips exactly, and never appears raw where it could become code or hide code.</summary>
public class EscapingTests
{
    private const string Catalog = "SeedCatalog.Seeds";

    [Theory]
    [InlineData(TargetReferences.Net100, LanguageVersion.Latest, true)]
    [InlineData(TargetReferences.Net100, LanguageVersion.Latest, false)]
    [InlineData(TargetReferences.NetStandard20, LanguageVersion.CSharp7_3, false)]
    public void Hostile_text_compiles_cleanly_and_round_trips(TargetReferences references, LanguageVersion version, bool nullable)
    {
        var seed = HostileText.AllInOneSeed();
        var harness = new GeneratorHarness
        {
            References = references,
            LanguageVersion = version,
            Nullable = nullable ? Microsoft.CodeAnalysis.NullableContextOptions.Enable : Microsoft.CodeAnalysis.NullableContextOptions.Disable,
        };
        var run = harness.Seed("hostile", seed).Seed("quiet", "date 2022 Calm.").Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var article = Reflect.Static(run.Load(), Catalog, "ArticleHostile")!;
        var text = Reflect.Get<string>(article, "Text");
        Assert.Equal(HostileText.Normalize(seed), text);
        Assert.StartsWith("A lede with hostile text: \"", Reflect.Get<string>(article, "Title"));
        foreach (var paragraph in Reflect.Items(Reflect.Get(article, "Paragraphs")).Cast<string>())
        {
            Assert.Contains(paragraph, text);
        }
    }

    [Fact]
    public void No_generated_file_holds_a_raw_control_bidi_or_zero_width_character()
    {
        var harness = new GeneratorHarness();
        var i = 0;
        foreach (var piece in HostileText.Pieces)
        {
            // Each piece in the title (summary comment), in the lede preview, in a teaser, and in the id (comment and member name).
            harness.Seed("p" + i++ + "/" + piece, "date 2022 " + piece + " starts the lede " + piece + ". Then more " + piece + ".\n\nHeading " + piece + "\n\n12 Teaser " + piece + "\n\nLast.");
        }

        var run = harness.Run();

        Assert.DoesNotContain(run.CompilationProblems, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        foreach (var source in run.Result.Results.SelectMany(r => r.GeneratedSources))
        {
            Assert.True(HostileText.FindForbidden(source.SourceText.ToString()) is { Count: 0 }, source.HintName + ": " + string.Join(", ", HostileText.FindForbidden(source.SourceText.ToString()).Take(10)));
        }
    }

    [Fact]
    public void Doc_comments_escape_markup_and_cannot_be_closed_early()
    {
        var run = new GeneratorHarness()
            .Seed("xml", "date 2022 A </summary><script>&amp; \"x\" title. Rest </para> <!-- & -->.")
            .Source("class Use { object M() => SeedCatalog.Seeds.ArticleXml; }")
            .Run();

        var shard = run.SourceOf("Seeds.Articles");
        Assert.Contains("&lt;/summary&gt;&lt;script&gt;&amp;amp;", shard);
        var comments = shard.Split('\n').Where(l => l.TrimStart().StartsWith("//", System.StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(comments, l => l.Contains("<script>", System.StringComparison.Ordinal) || l.Contains("</summary><", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("class", "ArticleClass")]
    [InlineData("123", "Article123")]
    [InlineData("naïve café", "ArticleNaïveCafé")]
    [InlineData("nai\u0308ve cafe\u0301", "ArticleNaïveCafé")]
    [InlineData("日本語のニュース", "ArticleU65E5U672CU8A9EU306EU30CBU30E5U30FCU30B9")]
    [InlineData("🎉 party", "ArticleU1F389Party")]
    [InlineData("Новости", "ArticleНовости")]
    [InlineData("عربي", "ArticleU0639U0631U0628U064A")]
    [InlineData("", "Article_")]
    [InlineData("---", "Article_")]
    [InlineData("a\u202eb", "ArticleAB")]
    [InlineData("2022/feb/rutte", "Article2022FebRutte")]
    public void Member_names_are_valid_and_stable(string id, string expected)
    {
        var name = MemberNameRule.NameFor(id);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Fact]
    public void Lone_surrogates_in_ids_are_named_by_code_point()
    {
        Assert.Equal("ArticleLoneUD800", MemberNameRule.NameFor("lone\ud800"));
        Assert.Equal("ArticleUDC00X", MemberNameRule.NameFor("\udc00x"));
    }

    [Fact]
    public void Seeds_named_after_keywords_digits_and_other_scripts_compile()
    {
        var ids = new[] { "class", "123", "naïve café", "日本語", "🎉", "Новости", "", "namespace/int" };
        var harness = new GeneratorHarness();
        foreach (var id in ids)
        {
            harness.Seed(id, "date 2022 Lede of " + id + ".");
        }

        var run = harness.Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var all = Reflect.Items(Reflect.Static(run.Load(), Catalog, "All")).Select(a => Reflect.Get<string>(a, "Id")).OrderBy(x => x, System.StringComparer.Ordinal);
        Assert.Equal(ids.OrderBy(x => x, System.StringComparer.Ordinal), all);
    }
}
