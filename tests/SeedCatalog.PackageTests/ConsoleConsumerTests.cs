using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedCatalog.PackageTests.Infrastructure;
using Xunit;

namespace SeedCatalog.PackageTests;

/// <summary>A fresh net10.0 console app with the package and a seeds/ folder: builds, runs, stays up to date.</summary>
[Collection(PackageCollection.Name)]
public class ConsoleConsumerTests
{
    private const string Program = """
        foreach (var article in ConsoleApp.Seeds.All)
        {
            System.Console.WriteLine(article.Id + " | " + article.Title + " | " + article.Lede.Length);
        }
        System.Console.WriteLine("count " + ConsoleApp.Seeds.All.Count);
        """;

    private readonly PackageFixture _fixture;

    public ConsoleConsumerTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Console_app_lists_its_seeds_and_a_deleted_seed_leaves_the_catalog()
    {
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("console"), "console", "ConsoleApp", "net10.0")
            .AddPackage()
            .SetProperties("<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>")
            .WriteFile("Program.cs", Program)
            .WriteSeed("seeds/2024/launch.txt", "2024-03-01", "Rocket launch delayed by storms.")
            .WriteSeed("seeds/budget.txt", "2023-11", "Council approves the budget.");

        app.Build().ShouldSucceed();
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains("2024/launch | Rocket launch delayed by storms. |", output);

        // The seeds reach the generator in one list, not as per-file metadata (which would give every
        // AdditionalFile a section in the compiler's .editorconfig: 0.8 s per build at 10,000 seeds).
        var intermediate = Path.Combine(app.Directory, "obj", "Debug", "net10.0");
        var editorConfig = File.ReadAllText(Directory.GetFiles(intermediate, "*.GeneratedMSBuildEditorConfig.editorconfig").Single());
        Assert.DoesNotContain("build_metadata.AdditionalFiles", editorConfig);
        Assert.Contains("build_property.SeedCatalogManifest = ", editorConfig);
        var seedList = File.ReadAllLines(Path.Combine(intermediate, "SeedCatalog.seeds"));
        Assert.Contains(seedList, line => line == "seed\t\t2024/\t" + Path.Combine(app.Directory, "seeds", "2024", "launch.txt"));
        Assert.Contains("budget | Council approves the budget. |", output);
        Assert.Contains("count 2", output);

        var generated = app.GeneratedFiles("net10.0").Select(Path.GetFileName).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "Seeds.Articles.001-of-001.g.cs", "Seeds.Catalog.g.cs", "Seeds.LookupTable.g.cs", "Seeds.Types.g.cs" }, generated);
        var shard = File.ReadAllText(app.GeneratedFiles("net10.0").Single(f => f.EndsWith("Seeds.Articles.001-of-001.g.cs")));
        Assert.Contains("// SeedCatalog " + _fixture.Version + ":", shard);
        Assert.Contains("//   2024/launch", shard);

        // No file changed but the list: MSBuild's timestamps alone would skip the compiler.
        app.DeleteFile("seeds/budget.txt");
        app.Build().ShouldSucceed();
        output = app.RunBuiltApp("net10.0").Output;
        Assert.DoesNotContain("budget", output);
        Assert.Contains("count 1", output);
    }

    [Fact]
    public void Data_problems_stay_warnings_under_warnings_as_errors_with_the_data_diagnostics_property()
    {
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("strict"), "console", "StrictApp", "net10.0")
            .AddPackage()
            .SetProperties("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>$(WarningsNotAsErrors);$(SeedCatalogDataDiagnostics)</WarningsNotAsErrors>")
            .WriteFile("Program.cs", "System.Console.WriteLine(\"count \" + StrictApp.Seeds.All.Count);")
            .WriteFile("seeds/undated.txt", "No date header here.")
            .WriteFile("seeds/open.txt", " date 2024-05-02 The mayor spoke.\n\n\"We cut costs,\" Mayor Ann Lee said. \"Every office shrinks.\n\nThe end\n")
            .WriteSeed("seeds/fine.txt", "2024-05-01", "Council approves the budget.");

        var build = app.Build();
        build.ShouldSucceed();
        Assert.Contains("warning SEED001", build.Output);
        Assert.Contains("count 2", app.RunBuiltApp("net10.0").Output);
    }

    [Fact]
    public void Explicit_ids_read_their_text_from_resources_named_by_path_and_may_collide()
    {
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("ids"), "console", "IdsApp", "net10.0")
            .AddPackage()
            .AddToProject("""
                  <ItemGroup>
                    <SeedCatalogSeed Update="seeds/2024/march/launch.txt" Id="space/launch" />
                    <SeedCatalogSeed Update="seeds/other/launch.txt" Id="space/launch" />
                  </ItemGroup>
                """)
            .WriteFile("Program.cs", """
                foreach (var article in IdsApp.Seeds.All) System.Console.WriteLine(article.Id + " | " + article.Title + " | " + article.Text.Contains("A second paragraph"));
                foreach (var name in typeof(IdsApp.Seeds).Assembly.GetManifestResourceNames()) System.Console.WriteLine("resource " + name);
                """)
            .WriteSeed("seeds/2024/march/launch.txt", "2024-03-01", "Rocket launch delayed by storms.")
            .WriteSeed("seeds/other/launch.txt", "2024-03-02", "Second launch planned.")
            .WriteSeed("seeds/plain.txt", "2023-11", "Council approves the budget.");

        var build = app.Build().ShouldSucceed();
        Assert.Contains("warning SEED009", build.Output);
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains("space/launch | Rocket launch delayed by storms. | True", output);
        Assert.Contains("space/launch~2 | Second launch planned. | True", output);
        Assert.Contains("plain | Council approves the budget. | True", output);
        Assert.Contains("resource SeedCatalog/2024/march/launch.txt", output);
        Assert.Contains("resource SeedCatalog/other/launch.txt", output);
        Assert.Contains("resource SeedCatalog/plain.txt", output);
    }

    [Fact]
    public void Seed_paths_with_msbuild_special_characters_reach_the_seed_list_and_the_resources_intact()
    {
        // The seed list is one MSBuild transform joined into a property: escaped characters must come out as they went in.
        const string Folder = "a;b %41 $(x) @(y) 'q'";
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("special"), "console", "SpecialApp", "net10.0")
            .AddPackage()
            .WriteFile("Program.cs", """
                foreach (var article in SpecialApp.Seeds.All) System.Console.WriteLine(article.Id + " | " + article.Title + " | " + article.Text.Length);
                """)
            .WriteSeed("seeds/" + Folder + "/50% off; 100$.txt", "2024-03-01", "Prices fall by half.")
            .WriteSeed("seeds/plain.txt", "2023-11", "Council approves the budget.");

        app.Build().ShouldSucceed();
        var seedList = File.ReadAllLines(Path.Combine(app.Directory, "obj", "Debug", "net10.0", "SeedCatalog.seeds"));
        Assert.Contains(seedList, line => line == "seed\t\t" + Folder + "/\t" + Path.Combine(app.Directory, "seeds", Folder, "50% off; 100$.txt"));
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains(Folder + "/50% off; 100$ | Prices fall by half. | ", output);
        Assert.DoesNotContain(" | 0" + System.Environment.NewLine, output);
        Assert.Contains("plain | Council approves the budget. | ", output);

        // An edited text is embedded again: the seeds reach the compiler's resource list, and its inputs, directly.
        app.WriteSeed("seeds/plain.txt", "2023-11", "Council approves the budget.", "A much longer story follows here, with the vote and every amendment.");
        app.Build().ShouldSucceed();
        var edited = app.RunBuiltApp("net10.0").Output;
        Assert.DoesNotContain(output.Split('\n').Single(l => l.StartsWith("plain | ", System.StringComparison.Ordinal)), edited);
        Assert.Contains("plain | Council approves the budget. | ", edited);
    }

    [Fact]
    public void A_design_time_build_gives_the_ide_the_seeds_the_seed_list_and_the_resources()
    {
        // The IDE (Visual Studio, the C# language server) runs the Compile target with these properties and
        // feeds the compiler's command line to its workspace: the seeds, added in a target, must be on it.
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("designtime"), "console", "DesignApp", "net10.0")
            .AddPackage()
            .WriteFile("Program.cs", "System.Console.WriteLine(DesignApp.Seeds.All.Count);")
            .WriteSeed("seeds/2024/launch.txt", "2024-03-01", "Rocket launch delayed by storms.");

        var build = app.Build("-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-v:n").ShouldSucceed();

        var seed = Path.Combine(app.Directory, "seeds", "2024", "launch.txt");
        var seedList = Path.Combine(app.Directory, "obj", "Debug", "net10.0", "SeedCatalog.seeds");
        Assert.Contains("/additionalfile:" + seed, build.Output);
        Assert.Contains("/additionalfile:" + seedList, build.Output);
        Assert.Matches(@"/resource:\S*seeds/2024/launch\.txt,SeedCatalog/2024/launch\.txt", build.Output);
        Assert.Matches(@"/analyzer:\S*SeedCatalog\.Generator\.dll", build.Output);
        Assert.Contains(File.ReadAllLines(seedList), line => line == "seed\t\t2024/\t" + seed);
        Assert.False(File.Exists(Path.Combine(app.Directory, "obj", "Debug", "net10.0", "DesignApp.dll")), "a design-time build does not compile");
    }

    [Fact]
    public void Options_shape_the_catalog_diagnostics_point_into_seeds_and_a_bad_value_is_reported()
    {
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("options"), "console", "OptionsApp", "net10.0")
            .AddPackage()
            .SetProperties("""
                <SeedsDirectory>articles</SeedsDirectory>
                <SeedCatalogInclude>**/*.news</SeedCatalogInclude>
                <SeedCatalogNamespace>Newsroom.Data</SeedCatalogNamespace>
                <SeedCatalogClassName>Archive</SeedCatalogClassName>
                <SeedCatalogTextStorage>Inline</SeedCatalogTextStorage>
                """)
            .AddToProject("""
                  <ItemGroup>
                    <SeedCatalogSeed Update="articles/2024/launch.news" Id="space/launch" />
                    <SeedCatalogSeed Remove="articles/drafts/**" />
                  </ItemGroup>
                """)
            .WriteFile("Program.cs", """
                foreach (var article in Newsroom.Data.Archive.All) System.Console.WriteLine(article.Id + " | " + article.Lede.Length);
                System.Console.WriteLine("resources " + typeof(Newsroom.Data.Archive).Assembly.GetManifestResourceNames().Length);
                """)
            .WriteSeed("articles/2024/launch.news", "2024-03-01", "Rocket launch delayed by storms.")
            .WriteSeed("articles/drafts/unfinished.news", "2024-04-01", "Not ready.")
            .WriteSeed("articles/ignored.txt", "2024-05-01", "Wrong extension.")
            .WriteFile("articles/undated.news", "No date header here.\n");

        var build = app.Build().ShouldSucceed();
        var undated = Path.Combine(app.Directory, "articles", "undated.news");
        Assert.Contains(undated + "(1,", build.Output);
        Assert.Contains("warning SEED001", build.Output);
        var output = app.RunBuiltApp("net10.0").Output;
        Assert.Contains("space/launch | ", output);
        Assert.DoesNotContain("unfinished", output);
        Assert.DoesNotContain("ignored", output);
        Assert.DoesNotContain("undated", output);
        Assert.Contains("resources 0", output);

        var bad = app.Build("-p:SeedCatalogVisibility=protected").ShouldSucceed();
        Assert.Contains("warning SEED022", bad.Output);
    }

    [Fact]
    public void A_command_line_build_gives_the_compiler_the_ready_to_run_generator_for_this_machine()
    {
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("r2r"), "console", "ReadyApp", "net10.0")
            .AddPackage()
            .SetProperties("<SeedCatalogCompilerTuning>true</SeedCatalogCompilerTuning>")
            .AddToProject("""
                  <Target Name="ShowSeedCatalogCompilerInputs" AfterTargets="CoreCompile">
                    <Message Importance="high" Text="generator: @(Analyzer->WithMetadataValue('Filename', 'SeedCatalog.Generator'))" />
                    <Message Importance="high" Text="environment: $(CscEnvironment)" />
                  </Target>
                """)
            .WriteFile("Program.cs", "System.Console.WriteLine(\"count \" + ReadyApp.Seeds.All.Count);")
            .WriteSeed("seeds/budget.txt", "2023-11", "Council approves the budget.");

        var build = app.Build("-p:UseSharedCompilation=false").ShouldSucceed();
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var expected = rid is "linux-x64" or "win-x64" or "osx-arm64"
            ? Path.Combine("tools", "r2r", rid, "SeedCatalog.Generator.dll")
            : Path.Combine("analyzers", "dotnet", "cs", "SeedCatalog.Generator.dll");
        var generator = build.Output.Split('\n').Single(l => l.Contains("generator: ", System.StringComparison.Ordinal));
        Assert.Contains(expected, generator);
        Assert.Contains("DOTNET_TieredPGO=0", build.Output);
        Assert.Contains("DOTNET_TC_CallCountingDelayMs=5000", build.Output);
        Assert.Contains("count 1", app.RunBuiltApp("net10.0").Output);

        // The build's own setting of the tier-up delay is left alone (the rest of the tuning still applies).
        build = app.Build(new Dictionary<string, string> { ["DOTNET_TC_CallCountingDelayMs"] = "100" }, "-p:UseSharedCompilation=false").ShouldSucceed();
        Assert.Contains("DOTNET_TieredPGO=0", build.Output);
        Assert.DoesNotContain("DOTNET_TC_CallCountingDelayMs=5000", build.Output);

        // Opted out: the plain generator, and the compiler's environment untouched.
        build = app.Build("-p:UseSharedCompilation=false", "-p:SeedCatalogReadyToRun=false", "-p:SeedCatalogCompilerTuning=false").ShouldSucceed();
        generator = build.Output.Split('\n').Single(l => l.Contains("generator: ", System.StringComparison.Ordinal));
        Assert.Contains(Path.Combine("analyzers", "dotnet", "cs", "SeedCatalog.Generator.dll"), generator);
        Assert.DoesNotContain("DOTNET_TieredPGO=0", build.Output);
        Assert.DoesNotContain("DOTNET_TC_CallCountingDelayMs", build.Output);
    }
}
