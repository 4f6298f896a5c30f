using SeedCatalog.PackageTests.Infrastructure;
using Xunit;

namespace SeedCatalog.PackageTests;

/// <summary>Fresh class libraries in the shapes people have: older frameworks, C# 7.3, strict settings.</summary>
[Collection(PackageCollection.Name)]
public class LibraryConsumerTests
{
    private const string UseCatalog = """
        namespace {0}
        {{
            /// <summary>Uses the generated catalog.</summary>
            public static class Headlines
            {{
                /// <summary>The first title.</summary>
                /// <returns>The title.</returns>
                public static string First()
                {{
                    return Seeds.All[0].Title + " " + Seeds.ById["launch"].Date.ToString() + " " + Seeds.All[0].Text.Length;
                }}
            }}
        }}
        """;

    private readonly PackageFixture _fixture;

    public LibraryConsumerTests(PackageFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("net8.0", "Net8Library")]
    [InlineData("netstandard2.0", "StandardLibrary")]
    public void Library_builds(string targetFramework, string name)
    {
        var library = NewLibrary(name, targetFramework);

        var build = library.Build().ShouldSucceed();
        Assert.Contains("0 Warning(s)", build.Output);
    }

    [Fact]
    public void Strict_project_builds_nullable_warnings_as_errors_documentation_file_public_catalog()
    {
        var library = NewLibrary("StrictLibrary", "net10.0").SetProperties("""
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <SeedCatalogVisibility>public</SeedCatalogVisibility>
            """);

        var build = library.Build().ShouldSucceed();
        Assert.Contains("0 Warning(s)", build.Output);
    }

    [Fact]
    public void Disabled_package_adds_no_seeds_and_no_catalog()
    {
        var library = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("disabled"), "classlib", "DisabledLibrary", "net10.0")
            .AddPackage()
            .SetProperties("<SeedCatalogEnabled>false</SeedCatalogEnabled><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>")
            .WriteSeed("seeds/launch.txt", "2024-03-01", "Rocket launch delayed by storms.");

        library.Build().ShouldSucceed();
        Assert.Empty(library.GeneratedFiles("net10.0"));
    }

    private ConsumerProject NewLibrary(string name, string targetFramework)
        => ConsumerProject.New(_fixture, _fixture.NewWorkFolder(name), "classlib", name, targetFramework)
            .AddPackage()
            .DeleteDefaultClass()
            .WriteFile("Headlines.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, UseCatalog, name))
            .WriteSeed("seeds/launch.txt", "2024-03-01", "Rocket launch delayed by storms.")
            .WriteSeed("seeds/2023/budget.txt", "2023-11", "Council approves the budget.");
}
