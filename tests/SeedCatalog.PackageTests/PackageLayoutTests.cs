using System;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SeedCatalog.PackageTests.Infrastructure;
using Xunit;

namespace SeedCatalog.PackageTests;

/// <summary>What <c>dotnet pack</c> puts in the package, and its metadata.</summary>
[Collection(PackageCollection.Name)]
public class PackageLayoutTests
{
    private readonly PackageFixture _fixture;

    public PackageLayoutTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Package_holds_the_generator_code_fixes_build_files_and_readme_and_nothing_for_runtime()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "README.md",
                "SeedCatalog.Generator.nuspec",
                "analyzers/dotnet/cs/SeedCatalog.CodeFixes.dll",
                "analyzers/dotnet/cs/SeedCatalog.Generator.dll",
                "buildTransitive/SeedCatalog.Generator.props",
                "buildTransitive/SeedCatalog.Generator.targets",
                "tools/r2r/linux-x64/SeedCatalog.Generator.dll",
                "tools/r2r/osx-arm64/SeedCatalog.Generator.dll",
                "tools/r2r/win-x64/SeedCatalog.Generator.dll",
            },
            files);
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_with_metadata_and_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        using var stream = zip.GetEntry("SeedCatalog.Generator.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(PackageFixture.PackageId, Value("id"));
        Assert.Equal(_fixture.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("source-generator", Value("tags"), StringComparison.Ordinal);
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")?.Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));
    }
}
