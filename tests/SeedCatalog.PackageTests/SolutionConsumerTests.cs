using SeedCatalog.PackageTests.Infrastructure;
using Xunit;

namespace SeedCatalog.PackageTests;

/// <summary>Two projects in one solution, each with its own catalog, one referencing the other.</summary>
[Collection(PackageCollection.Name)]
public class SolutionConsumerTests
{
    private readonly PackageFixture _fixture;

    public SolutionConsumerTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Internal_catalogs_in_their_root_namespaces_do_not_clash()
    {
        var folder = _fixture.NewWorkFolder("solution-internal");
        var library = ConsumerProject.New(_fixture, folder, "classlib", "LibA", "net10.0")
            .AddPackage()
            .DeleteDefaultClass()
            .WriteFile("Headlines.cs", "namespace LibA { public static class Headlines { public static string First() { return Seeds.All[0].Title; } } }")
            .WriteSeed("seeds/a.txt", "2020-01-01", "Library article title.");
        var app = NewApp(folder, "AppB", library)
            .WriteFile("Program.cs", """
                System.Console.WriteLine("A: " + LibA.Headlines.First());
                System.Console.WriteLine("B: " + AppB.Seeds.All[0].Title);
                """);

        app.Build().ShouldSucceed();
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains("A: Library article title.", output);
        Assert.Contains("B: App article title.", output);
    }

    [Fact]
    public void Public_catalogs_in_different_namespaces_do_not_clash()
    {
        var folder = _fixture.NewWorkFolder("solution-public");
        var library = ConsumerProject.New(_fixture, folder, "classlib", "LibA", "net10.0")
            .AddPackage()
            .DeleteDefaultClass()
            .SetProperties("<SeedCatalogVisibility>public</SeedCatalogVisibility><SeedCatalogNamespace>Alpha.Data</SeedCatalogNamespace>")
            .WriteSeed("seeds/a.txt", "2020-01-01", "Library article title.");
        var app = NewApp(folder, "AppB", library)
            .SetProperties("<SeedCatalogVisibility>public</SeedCatalogVisibility><SeedCatalogNamespace>Beta.Data</SeedCatalogNamespace>")
            .WriteFile("Program.cs", """
                Alpha.Data.Article a = Alpha.Data.Seeds.All[0];
                Beta.Data.Article b = Beta.Data.Seeds.All[0];
                System.Console.WriteLine("A: " + a.Title);
                System.Console.WriteLine("B: " + b.Title);
                """);

        app.Build().ShouldSucceed();
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains("A: Library article title.", output);
        Assert.Contains("B: App article title.", output);
    }

    private ConsumerProject NewApp(string folder, string name, ConsumerProject library)
        => ConsumerProject.New(_fixture, folder, "console", name, "net10.0")
            .AddPackage()
            .AddReference(library)
            .WriteSeed("seeds/b.txt", "2021-02-02", "App article title.");
}
