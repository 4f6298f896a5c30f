using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>
/// Property tests over random and mutated seeds. For every case: parsing is total, the generator does
/// not throw, the output compiles with no errors or warnings (XML docs diagnosed), every generator
/// diagnostic is a SEED warning, a left-out seed is absent and every other seed's text round-trips.
/// Seeds are checked in batches of <see cref="BatchSize"/> per generator run and compilation.
/// <c>SEEDCATALOG_FUZZ_CASES</c> sets the number of cases (default <see cref="DefaultCases"/>);
/// <c>SEEDCATALOG_FUZZ_SEED</c> replays a CsCheck seed.
/// </summary>
public class FuzzTests
{
    public const int DefaultCases = 2_000;
    public const int BatchSize = 50;

    private static readonly HashSet<string> LeftOutIds = new(StringComparer.Ordinal) { "SEED001", "SEED002", "SEED003", "SEED004", "SEED005", "SEED006" };
    private static int s_cases;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("SEEDCATALOG_FUZZ_CASES"), out var n) && n > 0 ? n : DefaultCases;

    [Fact]
    public void Parsing_is_total_and_slices_stay_inside_the_text()
    {
        SeedMutations.Text.Sample(text =>
        {
            var result = SeedPath.Read("fuzz", text, CancellationToken.None);
            Assert.True(result.Article is not null || result.Diagnostics.Count > 0, "a left-out seed says why");
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.StartsWith("SEED", diagnostic.Id, StringComparison.Ordinal);
                Assert.True(diagnostic.StartLine >= 0 && diagnostic.StartColumn >= 0 && diagnostic.EndLine >= diagnostic.StartLine);
            }

            if (result.Article is { } article)
            {
                Assert.Equal(HostileText.Normalize(text), article.Text);
                AssertInside(article.Text, article.Title);
                Assert.NotEmpty(article.Paragraphs);
                foreach (var paragraph in article.Paragraphs)
                {
                    AssertInside(article.Text, paragraph);
                }

                foreach (var related in article.Related)
                {
                    AssertInside(article.Text, related.Title);
                }
            }
        }, iter: Cases * 5, seed: Environment.GetEnvironmentVariable("SEEDCATALOG_FUZZ_SEED"));
    }

    [Fact]
    public void Any_batch_of_seeds_yields_a_compiling_catalog_and_SEED_warnings_only()
    {
        var batches = (Cases + BatchSize - 1) / BatchSize;
        var watch = Stopwatch.StartNew();
        s_cases = 0;
        Gen.Select(SeedMutations.Seed.Array[BatchSize], Gen.Bool).Sample(
            batch => CheckBatch(batch.Item1, smallLimit: batch.Item2),
            iter: batches,
            threads: 2,
            seed: Environment.GetEnvironmentVariable("SEEDCATALOG_FUZZ_SEED"),
            print: batch => string.Join("\n", batch.Item1.Select(s => s.ToString())));
        _output.WriteLine($"{s_cases} fuzz cases in {batches} batches of {BatchSize}: {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static void CheckBatch(FuzzSeed[] seeds, bool smallLimit)
    {
        var harness = new GeneratorHarness { Documentation = Microsoft.CodeAnalysis.DocumentationMode.Diagnose };
        if (smallLimit)
        {
            harness.Property("SeedCatalogMaxSeedBytes", "20000");
        }

        var ids = new string[seeds.Length];
        for (var i = 0; i < seeds.Length; i++)
        {
            ids[i] = i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "/" + seeds[i].Name;
            harness.SeedFile("/project/seeds/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", ids[i], seeds[i].Text, seeds[i].Encoding);
        }

        var run = harness.Run();
        ids = ids.Select(id => id.Trim().Replace('\\', '/')).ToArray(); // as the generator reads SeedCatalogId: trimmed, '\\' written '/'.
        Assert.All(run.GeneratorDiagnostics, d => Assert.True(d.Id.StartsWith("SEED", StringComparison.Ordinal), d.ToString()));
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
        Assert.All(run.Diagnostics, d => Assert.True(d.Id.StartsWith("SEED", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning, d.ToString()));

        using var pe = new MemoryStream();
        var emit = run.Compilation.Emit(pe);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emit.Success && problems.Count == 0, string.Join("\n", problems.Take(5)));

        var context = new System.Runtime.Loader.AssemblyLoadContext("fuzz", isCollectible: true);
        try
        {
            pe.Position = 0;
            var assembly = context.LoadFromStream(pe);
            var texts = Reflect.Items(Reflect.Static(assembly, "SeedCatalog.Seeds", "All"))
                .ToDictionary(a => Reflect.Get<string>(a, "Id"), a => Reflect.Get<string>(a, "Text"), StringComparer.Ordinal);
            for (var i = 0; i < seeds.Length; i++)
            {
                var path = "/project/seeds/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt";
                var leftOut = run.Diagnostics.Any(d => d.Location.GetLineSpan().Path == path && LeftOutIds.Contains(d.Id));
                Assert.True(seeds[i].Encoding.CodePage == 65001 || leftOut, "a seed that is not UTF-8 is left out: " + ids[i]);
                if (leftOut)
                {
                    Assert.False(texts.ContainsKey(ids[i]), "left out but in the catalog: " + ids[i]);
                }
                else
                {
                    Assert.True(texts.TryGetValue(ids[i], out var text), "kept but missing: " + ids[i]);
                    Assert.Equal(HostileText.Normalize(seeds[i].Text), text);
                }
            }

            Assert.Equal(texts.Count, Reflect.Static(assembly, "SeedCatalog.Seeds", "Count"));
        }
        finally
        {
            context.Unload();
        }

        Interlocked.Add(ref s_cases, seeds.Length);
    }

    private static void AssertInside(string text, TextSlice slice)
        => Assert.True(slice.Start >= 0 && slice.Length >= 0 && slice.End <= text.Length, $"slice {slice} outside text of {text.Length}");
}
