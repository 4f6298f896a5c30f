using System.Globalization;
using System.Linq;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>A quote mark that never closes is a located SEED007 warning; the article is kept.</summary>
public class UnclosedQuoteTests
{
    [Theory]
    [InlineData("date 2022-02 Lede.\n\nHij zei: \"Dit loopt nooit af.", "\"", 3, 10)]
    [InlineData("date 2022-02 Lede.\n\nEerst dit.\n\nZe zei:,,Ook dit niet.", ",,", 5, 8)]
    [InlineData("date 2022-02 He said “it never ends.", "“", 1, 22)]
    public void An_unclosed_quote_is_reported_where_it_opens(string text, string mark, int line, int column)
    {
        var run = new GeneratorHarness().Seed("open", text).Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED007", diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
        Assert.Contains(mark, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Balanced_quotes_and_apostrophes_are_not_reported()
    {
        var run = new GeneratorHarness().Seed("ok", "date 2022-02 Auto's en zo'n \"citaat\" zijn prima, zei hij.\n\n,,Ook dit'', aldus Bos.").Run();

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_teaser_quote_gets_the_full_name_the_article_gives()
    {
        var article = SeedPath.Read("x", RepoSeeds.Read()).Article!;

        var quote = Assert.Single(article.Related.Single().Quotes);
        Assert.Equal("Mark Rutte", quote.Speaker);
    }
}
