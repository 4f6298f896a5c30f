using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>Named members per article: on for small catalogs, off past the threshold, and forced either way by SeedCatalogNamedMembers.</summary>
public class NamedMembersTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void The_property_decides_for_a_small_catalog(string? value, bool expected)
    {
        var harness = new GeneratorHarness().Seed("a", "date 2022 Lede.");
        if (value is not null)
        {
            harness.Property("SeedCatalogNamedMembers", value);
        }

        var source = harness.Run().SourceOf("Seeds.Articles.");
        Assert.Equal(expected, source.Contains("public static global::SeedCatalog.Article ArticleA ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Past_the_threshold_articles_have_no_named_members_unless_asked()
    {
        var harness = new GeneratorHarness();
        for (var i = 0; i <= Model.CatalogOptions.NamedMembersUpTo; i++)
        {
            harness.Seed("s" + i, "date 2022 Lede " + i + ".");
        }

        var run = harness.Run();
        Assert.DoesNotContain(run.Result.Results[0].GeneratedSources, s => s.SourceText.ToString().Contains("public static global::SeedCatalog.Article ArticleS", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }
}
