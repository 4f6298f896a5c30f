using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Corpus;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Incremental;

/// <summary>
/// Incrementality at scale (a few hundred synthetic seeds, several shards): an edited seed is read
/// again on its own and re-emits its own shard only, without laying the catalog out again; an unrelated
/// source edit and an unchanged re-run do no work at all; the compiler server's reuse of the driver (new
/// AdditionalText objects and options for every file) reads every seed again but parses none.
/// </summary>
public class ScaleIncrementalTests
{
    private const int SeedCount = 400;
    private static readonly IncrementalStepRunReason[] NoWork = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void Editing_one_seed_reparses_it_alone_and_reemits_one_shard()
    {
        var scale = ScaleRun.Start(SeedCount);
        var edited = SyntheticCorpus.Edited(scale.Seeds[SeedCount / 2]);

        var second = scale.Driver
            .ReplaceAdditionalText(scale.TextOf(edited.Id), new InMemoryAdditionalText(new SeedInput(edited.Id, edited.Text).Path, edited.Text))
            .RunGenerators(scale.Compilation);
        var result = second.GetRunResult().Results.Single();

        var articleReasons = Reasons(result, TrackingNames.Articles);
        Assert.Equal(SeedCount, articleReasons.Count);
        Assert.Equal(1, articleReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(articleReasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Contains(r, NoWork));

        var shardReasons = Reasons(result, TrackingNames.Shards);
        Assert.True(shardReasons.Count >= 4, "the corpus should span several shards");
        Assert.Equal(1, shardReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(shardReasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Contains(r, NoWork));
        Assert.All(Reasons(result, TrackingNames.Entries), r => Assert.Contains(r, NoWork));

        // Same ids, same speakers: the analyzer's lookup table is not built again, nor re-emitted.
        Assert.All(Reasons(result, TrackingNames.LookupTable), r => Assert.Contains(r, NoWork));

        // The body changed, not the seed's path, id, date or name: the layout (sorting, naming) does not run.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(result, TrackingNames.SeedKeys));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(result, TrackingNames.Layout));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Plan));

        var changed = ChangedSources(scale.Result, result);
        var hint = Assert.Single(changed);
        Assert.Contains(".Articles.", hint);
    }

    [Fact]
    public void Editing_one_seeds_date_lays_the_catalog_out_again_as_a_cold_run_would()
    {
        var scale = ScaleRun.Start(SeedCount);
        var seed = scale.Seeds[SeedCount / 2];
        var edited = seed with { Text = " date 1999-12-31 " + seed.Text.Substring(seed.Text.IndexOf(' ', " date ".Length) + 1) };
        Assert.StartsWith(" date ", seed.Text, System.StringComparison.Ordinal);

        var second = scale.Driver
            .ReplaceAdditionalText(scale.TextOf(edited.Id), new InMemoryAdditionalText(new SeedInput(edited.Id, edited.Text).Path, edited.Text))
            .RunGenerators(scale.Compilation);
        var result = second.GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.SeedKeys));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.Layout));
        Assert.Contains(".Catalog.", Assert.Single(ChangedSources(scale.Result, result), h => !h.Contains(".Articles.", System.StringComparison.Ordinal)));

        var cold = ScaleRun.Start(scale.Seeds.Select(s => s.Id == edited.Id ? edited : s).ToList());
        Assert.Equal(Sources(cold.Result), Sources(result));
    }

    [Fact]
    public void The_compiler_servers_new_texts_and_options_read_every_seed_again_and_parse_none()
    {
        var scale = ScaleRun.Start(SeedCount);

        var result = scale.Driver
            .ReplaceAdditionalTexts(scale.FreshTexts())
            .WithUpdatedAnalyzerConfigOptions(scale.Harness.OptionsFactory.Create())
            .RunGenerators(scale.Compilation)
            .GetRunResult().Results.Single();

        var reads = Reasons(result, TrackingNames.SeedFiles);
        Assert.Equal(SeedCount, reads.Count);
        Assert.All(reads, r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        foreach (var name in new[] { TrackingNames.Articles, TrackingNames.SeedKeys, TrackingNames.Layout, TrackingNames.Plan, TrackingNames.Entries, TrackingNames.Shards })
        {
            Assert.All(Reasons(result, name), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, NoWork));
        Assert.Empty(ChangedSources(scale.Result, result));
    }

    [Fact]
    public void The_compiler_servers_new_texts_with_one_seed_edited_parse_that_seed_alone()
    {
        var scale = ScaleRun.Start(SeedCount);
        var edited = SyntheticCorpus.Edited(scale.Seeds[SeedCount / 3]);

        var result = scale.Driver
            .ReplaceAdditionalTexts(scale.FreshTexts(edited))
            .WithUpdatedAnalyzerConfigOptions(scale.Harness.OptionsFactory.Create())
            .RunGenerators(scale.Compilation)
            .GetRunResult().Results.Single();

        var reads = Reasons(result, TrackingNames.SeedFiles);
        Assert.Equal(1, reads.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(SeedCount - 1, reads.Count(r => r == IncrementalStepRunReason.Unchanged));
        var parses = Reasons(result, TrackingNames.Articles);
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(parses.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(result, TrackingNames.Layout));
        Assert.Contains(".Articles.", Assert.Single(ChangedSources(scale.Result, result)));
    }

    [Fact]
    public void Editing_an_unrelated_source_file_does_no_generator_work()
    {
        var scale = ScaleRun.Start(SeedCount);
        var tree = scale.Compilation.SyntaxTrees.Single();
        var compilation = scale.Compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class Unrelated { int M() => 2; }", (CSharpParseOptions)tree.Options));

        var result = scale.Driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertNoWork(result);
        Assert.Empty(ChangedSources(scale.Result, result));
    }

    [Fact]
    public void A_second_run_with_no_change_is_all_cached()
    {
        var scale = ScaleRun.Start(SeedCount);

        var result = scale.Driver.RunGenerators(scale.Compilation).GetRunResult().Results.Single();

        AssertNoWork(result);
        Assert.Empty(ChangedSources(scale.Result, result));
    }

    private static void AssertNoWork(GeneratorRunResult result)
    {
        foreach (var name in new[] { TrackingNames.Options, TrackingNames.SeedFiles, TrackingNames.Articles, TrackingNames.SeedKeys, TrackingNames.Layout, TrackingNames.Plan, TrackingNames.Entries, TrackingNames.Shards })
        {
            Assert.All(Reasons(result, name), r => Assert.Contains(r, NoWork));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, NoWork));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static Dictionary<string, string> Sources(GeneratorRunResult result)
        => result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static List<string> ChangedSources(GeneratorRunResult before, GeneratorRunResult after)
    {
        var old = before.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(old.Keys.OrderBy(k => k), after.GeneratedSources.Select(s => s.HintName).OrderBy(k => k));
        return after.GeneratedSources.Where(s => old[s.HintName] != s.SourceText.ToString()).Select(s => s.HintName).ToList();
    }

    /// <summary>A driver that has run once over the synthetic corpus, and what it made.</summary>
    private sealed record ScaleRun(IReadOnlyList<CorpusSeed> Seeds, GeneratorHarness Harness, GeneratorDriver Driver, CSharpCompilation Compilation, GeneratorRunResult Result)
    {
        public static ScaleRun Start(int count) => Start(SyntheticCorpus.Generate(count));

        public static ScaleRun Start(IReadOnlyList<CorpusSeed> seeds)
        {
            var harness = new GeneratorHarness().Property("SeedCatalogTextStorage", "Resource").Source("class Unrelated { int M() => 1; }");
            foreach (var seed in seeds)
            {
                harness.Seed(seed.Id, seed.Text);
            }

            var compilation = harness.CreateCompilation();
            var driver = harness.CreateDriver().RunGenerators(compilation);
            return new ScaleRun(seeds, harness, driver, compilation, driver.GetRunResult().Results.Single());
        }

        /// <summary>New AdditionalText objects (and strings) for every seed, as the server reads them from disk for the next build.</summary>
        public ImmutableArray<AdditionalText> FreshTexts(CorpusSeed? edited = null)
            => Seeds.Select(s => s.Id == edited?.Id ? edited : s)
                .Select(s => (AdditionalText)new InMemoryAdditionalText(new SeedInput(s.Id, string.Empty).Path, new string(s.Text.ToCharArray())))
                .ToImmutableArray();

        public AdditionalText TextOf(string id) => Harness.AdditionalTexts.Single(t => t.Path == new SeedInput(id, string.Empty).Path);
    }
}
