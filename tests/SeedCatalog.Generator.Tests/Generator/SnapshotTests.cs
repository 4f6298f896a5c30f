using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>Snapshots of the generated code (accept changes with tests/accept-snapshots.sh).</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_document()
    {
        var run = new GeneratorHarness().Property("SeedCatalogTextStorage", "Resource").Seed(RepoSeeds.Input()).Run();

        Snapshot.Verify(run.Result);
    }

    [Fact]
    public void Small_handwritten_seeds()
    {
        var run = new GeneratorHarness()
            .Property("RootNamespace", "News.Archive")
            .Seed("2021/en/minister", " date 2021-10-05 The minister said \"we will act\" on Tuesday. Mr. Smith disagreed.\n\nBudget\n\n\"It is too late,\" Smith said.\n\n12 Smith: 'Too late'")
            .Seed("nl/kort", "date 2020 Kort bericht zonder citaten.")
            .Run();

        Snapshot.Verify(run.Result, hint => !hint.EndsWith(".Types.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Types_for_csharp_7_3()
    {
        var run = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, References = TargetReferences.NetStandard20 }
            .Property("SeedCatalogVisibility", "public")
            .Seed("a", "date 2022 Lede.")
            .Run();

        Snapshot.Verify(run.Result, hint => hint.EndsWith(".Types.g.cs", System.StringComparison.Ordinal));
    }
}
