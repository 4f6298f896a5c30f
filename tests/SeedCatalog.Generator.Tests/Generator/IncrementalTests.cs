using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>The pipeline caches: a second run does nothing, one edited seed re-parses only that seed, code edits parse nothing.</summary>
public class IncrementalTests
{
    /// <summary>Every step the pipeline names (<see cref="TrackingNames"/>).</summary>
    private static readonly string[] AllSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

    private static GeneratorHarness ThreeSeeds() => new GeneratorHarness()
        .Seed("a", "date 2022-01 First \"one\" here.")
        .Seed("b", "date 2022-02 Second \"two\" here.")
        .Seed("c", "date 2022-03 Third \"three\" here.")
        .Source("class Existing { }");

    [Fact]
    public void A_second_run_with_no_change_is_all_cached()
    {
        var harness = ThreeSeeds();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var name in AllSteps)
        {
            var steps = result.TrackedSteps[name];
            Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} ran again: {o.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Every_named_step_runs_and_none_holds_a_Roslyn_object()
    {
        var harness = ThreeSeeds().Property("SeedCatalogNamespace", "not a namespace");
        var compilation = harness.CreateCompilation();
        var result = harness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(AllSteps.OrderBy(s => s), result.TrackedSteps.Keys.Where(AllSteps.Contains).OrderBy(s => s));
        foreach (var name in AllSteps)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                ObjectGraph.AssertHoldsNo(output.Value, name, typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SemanticModel), typeof(AdditionalText));
            }
        }
    }

    [Fact]
    public void The_object_graph_check_finds_a_Roslyn_object_inside_a_model()
    {
        var text = new InMemoryAdditionalText("/a.txt", "x");
        var holder = new { Inner = new[] { (object)1, new System.Collections.Generic.List<object> { "s", text } } };
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ObjectGraph.AssertHoldsNo(holder, "test", typeof(AdditionalText)));
    }

    [Fact]
    public void Editing_one_seed_reparses_only_that_seed()
    {
        var harness = ThreeSeeds();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var old = harness.AdditionalTexts.Single(t => t.Path.EndsWith("/b.txt", System.StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, "date 2022-02 Second \"two\" edited."));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parses = result.TrackedSteps[TrackingNames.Articles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parses.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // Ids, names and dates did not change: the catalog is not laid out again and the ordered list is not re-emitted.
        Assert.All(result.TrackedSteps[TrackingNames.Layout].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Entries].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
    }

    [Fact]
    public void Seeds_with_the_same_id_and_path_are_ordered_by_their_texts_after_an_edit_as_in_a_cold_run()
    {
        static GeneratorHarness Twins(string first, string second) => new GeneratorHarness()
            .SeedFile("/project/seeds/same.txt", "same", first)
            .SeedFile("/project/seeds/same.txt", "same", second)
            .Source("class Existing { }");

        var harness = Twins("date 2022-01 Alpha \"one\" here.", "date 2022-01 Beta \"two\" here.");
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        // Same path, id and date: only the texts order the two, and the edit turns that order around.
        var old = harness.AdditionalTexts.First();
        var edited = "date 2022-01 Zulu \"one\" here.";
        var result = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, edited)).RunGenerators(compilation).GetRunResult();

        var cold = Twins(edited, "date 2022-01 Beta \"two\" here.").Run().Result;
        Assert.Equal(Sources(cold), Sources(result));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Beta", Sources(result).Single(s => s.Key.Contains(".Articles.", System.StringComparison.Ordinal)).Value.Split("ArticleSame_2")[0], System.StringComparison.Ordinal);
    }

    private static System.Collections.Generic.Dictionary<string, string> Sources(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    [Fact]
    public void Editing_an_unrelated_source_file_parses_nothing()
    {
        var harness = ThreeSeeds();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }", harness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.SeedFiles, TrackingNames.Articles, TrackingNames.SeedKeys, TrackingNames.Layout, TrackingNames.Plan, TrackingNames.Shards })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} ran: {o.Reason}"));
        }
    }
}
