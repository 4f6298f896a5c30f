using System.Linq;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>Bad option values fall back to a default, compile, and are reported as SEED020–SEED023.</summary>
public class OptionDiagnosticsTests
{
    private const string Seed = " date 2021-10-05 The minister spoke on Tuesday. More text follows.";

    [Theory]
    [InlineData("SeedCatalogNamespace", "My-App.Data", "SEED020", "My.Root")]
    [InlineData("SeedCatalogNamespace", "class", "SEED020", "My.Root")]
    [InlineData("SeedCatalogClassName", "2Seeds", "SEED021", "Seeds")]
    [InlineData("SeedCatalogClassName", "Seeds.All", "SEED021", "Seeds")]
    [InlineData("SeedCatalogVisibility", "protected", "SEED022", "internal")]
    [InlineData("SeedCatalogTextStorage", "Disk", "SEED023", "Inline")]
    public void Bad_value_is_reported_and_falls_back(string property, string value, string id, string fallback)
    {
        var run = new GeneratorHarness()
            .Property("RootNamespace", "My.Root")
            .Property(property, value)
            .Seed("one", Seed)
            .Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(property, message, System.StringComparison.Ordinal);
        Assert.Contains("'" + value + "'", message, System.StringComparison.Ordinal);
        Assert.Contains(fallback, message, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("SeedCatalogNamespace", "Company.Product.Data")]
    [InlineData("SeedCatalogClassName", "Articles")]
    [InlineData("SeedCatalogVisibility", "Public")]
    [InlineData("SeedCatalogVisibility", "internal")]
    [InlineData("SeedCatalogTextStorage", "inline")]
    public void Good_value_is_not_reported(string property, string value)
    {
        var run = new GeneratorHarness().Property(property, value).Seed("one", Seed).Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("my-app", "my_app")]
    [InlineData("3d.Tools", "_3d.Tools")]
    [InlineData("Acme.event", "Acme._event")]
    public void Invalid_root_namespace_is_made_valid_silently(string rootNamespace, string expected)
    {
        var run = new GeneratorHarness()
            .Property("RootNamespace", rootNamespace)
            .Seed("one", Seed)
            .Source("class Use { int M() { return " + expected + ".Seeds.All.Count; } }")
            .Run();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Invalid_namespace_falls_back_to_the_root_namespace()
    {
        var run = new GeneratorHarness()
            .Property("RootNamespace", "My.Root")
            .Property("SeedCatalogNamespace", "not valid")
            .Seed("one", Seed)
            .Source("class Use { int M() { return My.Root.Seeds.All.Count; } }")
            .Run();

        Assert.Equal("SEED020", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.CompilationProblems);
    }
}
