using System.Globalization;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>
/// A bug in a quote or time rule that throws on one seed is a located SEED010 warning, not a failed generator (CS8785): the
/// article stays in the catalog without quotes, people and time expressions, and the other seeds keep theirs.
/// </summary>
public class ExtractionFailureTests
{
    private const string FailingId = "extraction-fails-in-this-test";

    [Fact]
    public void A_throwing_rule_leaves_the_article_in_the_catalog_with_SEED010()
    {
        ArticleExtractor.FailForTestsOnId = FailingId;

        var run = new GeneratorHarness()
            .Seed(FailingId, "date 2022-02 \"Dit gaat mis\", zei Anna Bos.")
            .Seed("fine", "date 2022-02 \"Dit gaat goed\", zei Piet Bos.")
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SEED010", diagnostic.Id);
        Assert.Contains(FailingId, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("Count = 2;", run.SourceOf("Seeds.Catalog"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_failing_article_keeps_its_text_and_date_but_no_quotes()
    {
        ArticleExtractor.FailForTestsOnId = FailingId;

        var result = SeedPath.Read(FailingId, "date 2022-02 \"Dit gaat mis\", zei Anna Bos.");

        Assert.NotNull(result.Article);
        Assert.Empty(result.Article!.Quotes);
        Assert.Equal(2022, result.Article.Date.Year);
        Assert.Equal("SEED010", Assert.Single(result.Diagnostics).Id);
    }
}
