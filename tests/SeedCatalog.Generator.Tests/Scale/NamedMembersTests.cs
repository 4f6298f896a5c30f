using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>Named members per article: on at any size by default (adding a seed never removes a member), off with SeedCatalogNamedMembers=false.</summary>
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
    public void A_large_catalog_keeps_its_named_members_unless_told_not_to()
    {
        var harness = new GeneratorHarness();
        for (var i = 0; i <= 2_001; i++)
        {
            harness.Seed("s" + i, "date 2022 Lede " + i + ".");
        }

        var run = harness.Run();
        Assert.Contains("public static global::SeedCatalog.Article ArticleS2001 ", AllSources(run), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);

        var off = harness.Property("SeedCatalogNamedMembers", "false").Run();
        Assert.DoesNotContain("public static global::SeedCatalog.Article ArticleS", AllSources(off), System.StringComparison.Ordinal);
    }

    private static string AllSources(GeneratorRun run)
        => string.Concat(System.Linq.Enumerable.Select(run.Result.Results[0].GeneratedSources, s => s.SourceText.ToString()));
}
