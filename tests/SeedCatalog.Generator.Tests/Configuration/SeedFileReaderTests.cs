using System.Collections.Generic;
using SeedCatalog.Generator.Configuration;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Configuration;

/// <summary>
/// How a seed's id and resource name come from its AdditionalFiles metadata: the targets name the
/// resource <c>SeedCatalog/%(RecursiveDir)%(Filename).txt</c> and pass Id and RecursiveDir along.
/// </summary>
public class SeedFileReaderTests
{
    [Theory]
    [InlineData("/app/seeds/2024/march/launch.txt", "2024/march/", null, "2024/march/launch", null)]
    [InlineData("/app/seeds/launch.txt", "", null, "launch", null)]
    [InlineData("/app/seeds/2024/launch.txt", "2024/", "space/launch", "space/launch", "SeedCatalog/2024/launch.txt")]
    [InlineData("/app/seeds/launch.txt", "", "  space/launch ", "space/launch", "SeedCatalog/launch.txt")]
    [InlineData(@"C:\app\seeds\2024\march\launch.txt", @"2024\march\", null, "2024/march/launch", @"SeedCatalog/2024\march\launch.txt")]
    [InlineData("/app/seeds/ spaced /x.txt", " spaced /", null, " spaced /x", null)]
    public void Id_and_resource_name_follow_the_metadata(string path, string recursiveDir, string? explicitId, string id, string? resourceName)
    {
        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
            ["build_metadata.AdditionalFiles.RecursiveDir"] = recursiveDir,
        };
        if (explicitId is not null)
        {
            metadata["build_metadata.AdditionalFiles.Id"] = explicitId;
        }

        var file = Read(path, metadata)!;

        Assert.Equal(id, file.Id);
        Assert.Equal(resourceName, file.ResourceName);
    }

    [Fact]
    public void Without_RecursiveDir_the_resource_is_named_by_the_id()
    {
        var file = Read("/p/anything.txt", new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
            ["build_metadata.AdditionalFiles.SeedCatalogId"] = "2021/en/minister",
        })!;

        Assert.Equal("2021/en/minister", file.Id);
        Assert.Null(file.ResourceName);
        Assert.Equal("SeedCatalog/2021/en/minister.txt", ArticleModel.DefaultResourceName(file.Id));
    }

    private static SeedFile? Read(string path, Dictionary<string, string> metadata)
    {
        var text = new InMemoryAdditionalText(path, "date 2024-03-01 Rocket launch delayed.");
        var options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, TestAnalyzerConfigOptions> { [path] = new TestAnalyzerConfigOptions(metadata) });
        return SeedFileReader.Read(text, options, default);
    }
}
