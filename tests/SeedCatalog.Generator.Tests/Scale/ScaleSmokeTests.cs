using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedCatalog.Corpus;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>
/// The bounded CI check of scale: a few thousand synthetic seeds (past the ~2,400 articles where
/// string literals alone stop compiling) generate, compile with the seeds embedded as the targets
/// embed them, load, and read back what the parser found. No timing is asserted; the benchmarks measure.
/// </summary>
public class ScaleSmokeTests
{
    private const int SeedCount = 3000;
    private const string Catalog = "SeedCatalog.Seeds";

    [Fact]
    public void Three_thousand_seeds_build_and_load()
    {
        var seeds = SyntheticCorpus.Generate(SeedCount);
        var harness = new GeneratorHarness().Property("SeedCatalogTextStorage", "Resource");
        foreach (var seed in seeds)
        {
            harness.Seed(seed.Id, seed.Text);
        }

        var compilation = harness.CreateCompilation();
        harness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);

        using var pe = new MemoryStream();
        var resources = seeds.Select(s => new ResourceDescription(SeedCatalog.Generator.Model.ArticleModel.DefaultResourceName(s.Id), () => new MemoryStream(Encoding.UTF8.GetBytes(s.Text)), isPublic: true));
        var emit = output.Emit(pe, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(10)));

        var context = new System.Runtime.Loader.AssemblyLoadContext("scale-" + Guid.NewGuid(), isCollectible: true);
        pe.Position = 0;
        var assembly = context.LoadFromStream(pe);

        var all = Reflect.Items(Reflect.Static(assembly, Catalog, "All"));
        Assert.Equal(SeedCount, all.Count);
        Assert.Equal(SeedCount, (int)Reflect.Static(assembly, Catalog, "Count")!);

        var byId = Reflect.Static(assembly, Catalog, "ById")!;
        foreach (var index in new[] { 0, 1, SeedCount / 2, SeedCount - 1 })
        {
            var seed = seeds[index];
            var expected = SeedPath.Read(seed.Id, seed.Text).Article!;
            var article = byId.GetType().GetProperty("Item")!.GetValue(byId, new object[] { seed.Id })!;
            Assert.Equal(expected.Title.Of(expected.Text), Reflect.Get<string>(article, "Title"));
            Assert.Equal(expected.Text, Reflect.Get<string>(article, "Text"));
            Assert.Equal(expected.Paragraphs.Select(p => p.Of(expected.Text)), Reflect.Items(Reflect.Get(article, "Paragraphs")).Cast<string>());
            Assert.Equal(expected.Quotes.Count, Reflect.Items(Reflect.Get(article, "Quotes")).Count);
            Assert.Equal(expected.Date.ToString(), Reflect.Get(article, "Date")!.ToString());
        }

        context.Unload();
    }
}
