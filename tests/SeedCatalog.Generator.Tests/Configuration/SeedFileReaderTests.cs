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

    [Fact]
    public void The_targets_seed_list_marks_seeds_and_gives_ids_and_folders_without_metadata()
    {
        var manifest = SeedManifest.Parse(
            "SeedCatalog seed list 1\r\n"
            + "options\tSeedsDirectory=seeds\r\n"
            + "seed\t\t2024/march/\t/app/seeds/2024/march/launch.txt\r\n"
            + "seed\t space/launch \t\t/app/seeds/launch.txt\r\n");

        var nested = Read("/app/seeds/2024/march/launch.txt", new Dictionary<string, string>(), manifest)!;
        Assert.Equal("2024/march/launch", nested.Id);
        Assert.Null(nested.ResourceName);

        var renamed = Read("/app/seeds/launch.txt", new Dictionary<string, string>(), manifest)!;
        Assert.Equal("space/launch", renamed.Id);
        Assert.Equal("SeedCatalog/launch.txt", renamed.ResourceName);

        // Not listed and not marked: another analyzer's AdditionalFile.
        Assert.Null(Read("/app/seeds/other.txt", new Dictionary<string, string>(), manifest));
    }

    [Fact]
    public void Seed_lists_are_equal_by_text()
    {
        Assert.Equal(SeedManifest.Parse("seed\t\t\t/a.txt\n"), SeedManifest.Parse("seed\t\t\t/a.txt\n"));
        Assert.NotEqual(SeedManifest.Parse("seed\t\t\t/a.txt\n"), SeedManifest.Parse("seed\tx\t\t/a.txt\n"));
        Assert.Equal(SeedManifest.Empty, SeedManifest.Parse(null));
    }

    private static SeedFile? Read(string path, Dictionary<string, string> metadata, SeedManifest? manifest = null)
    {
        var text = new InMemoryAdditionalText(path, "date 2024-03-01 Rocket launch delayed.");
        var options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, TestAnalyzerConfigOptions> { [path] = new TestAnalyzerConfigOptions(metadata) });
        return SeedFileReader.Read(text, options, SeedFileReader.MaxSeedBytes(options.GlobalOptions), manifest ?? SeedManifest.Empty, default);
    }
}
