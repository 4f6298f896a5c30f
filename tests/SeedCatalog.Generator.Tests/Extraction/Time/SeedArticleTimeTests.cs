using System;
using System.IO;
using System.Linq;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>The time expressions of the repository's seed article (dated 2022-02, month precision).</summary>
public class SeedArticleTimeTests
{
    private static ArticleModel ReadSeed()
    {
        const string name = "000_db6bec3f799fe721.txt";
        var path = Path.Combine(AppContext.BaseDirectory, "RepoSeeds", name);
        var result = SeedPath.Read("000_db6bec3f799fe721", File.ReadAllText(path));
        Assert.NotNull(result.Article);
        return result.Article!;
    }

    private static (string Span, TimeExpressionModel Model)[] Expressions(ArticleModel article)
        => article.TimeExpressions
            .Select(t => (article.Text.Substring(article.Paragraphs[t.Paragraph].Start + t.Offset, t.Length), t))
            .ToArray();

    [Fact]
    public void Finds_the_expected_expressions_in_order_and_nothing_else()
    {
        var article = ReadSeed();
        Assert.Equal(PartialDate.OfMonth(2022, 2), article.Date);

        var spans = Expressions(article).Select(e => e.Span).ToArray();

        Assert.Equal(
            new[] { "woensdagmorgen", "Vorige maand", "nu", "eerder", "momenteel", "in de afgelopen vijf jaar", "Eerder op de dag", "enkele maanden geleden", "eerder", "woensdag" },
            spans);
    }

    [Theory]
    [InlineData("woensdagmorgen", "Time", "2022-02-WXX-3TMO", 20220201, 20220228)]
    [InlineData("Vorige maand", "Date", "2022-01", 20220101, 20220131)]
    [InlineData("nu", "Date", "PRESENT_REF", 20220201, 20220228)]
    [InlineData("momenteel", "Date", "PRESENT_REF", 20220201, 20220228)]
    [InlineData("in de afgelopen vijf jaar", "Duration", "P5Y", 20170201, 20220228)]
    [InlineData("Eerder op de dag", "Date", "PAST_REF", 0, 20220228)]
    [InlineData("enkele maanden geleden", "Date", "PAST_REF", 0, 20220131)]
    [InlineData("woensdag", "Date", "2022-02-WXX-3", 20220201, 20220228)]
    public void Resolves_each_expression_against_the_month_precision_date(string span, string kind, string value, int earliest, int latest)
    {
        var article = ReadSeed();
        var found = Expressions(article).First(e => e.Span == span).Model;

        Assert.Equal(kind, found.Kind.ToString());
        Assert.Equal(value, found.Value);
        Assert.Equal(earliest, found.Earliest);
        Assert.Equal(latest, found.Latest);
    }

    [Fact]
    public void Offsets_are_relative_to_the_paragraph()
    {
        var article = ReadSeed();
        var first = article.TimeExpressions[0];
        var paragraph = article.Paragraphs[first.Paragraph].Of(article.Text);

        Assert.Equal(1, first.Paragraph);
        Assert.Equal("woensdagmorgen", paragraph.Substring(first.Offset, first.Length));
    }
}
