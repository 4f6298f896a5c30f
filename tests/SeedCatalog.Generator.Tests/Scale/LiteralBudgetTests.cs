using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Corpus;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Planning;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>
/// Past its share of the #US heap a shard keeps ids, speakers and its packed numbers as literals but takes
/// titles from the seed text; the catalog reads the same. The table is always two literals, never an int
/// or string array.
/// </summary>
public class LiteralBudgetTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(1_000, -1)]
    [InlineData(1_000_000, -1)]
    [InlineData(0, 100)]
    [InlineData(1_000, 100)]
    public void Every_budget_gives_the_same_catalog(int budget, int dataSectionThreshold)
    {
        var seeds = SyntheticCorpus.Generate(12);
        var articles = seeds.Select(s => Plans.Seed("/p/" + s.Id + ".txt", s.Id, s.Text)).ToList();
        var options = CatalogOptions.Default with { Storage = TextStorage.Inline, NullableAnnotations = false, DataSectionThreshold = dataSectionThreshold };
        var plan = Plans.Of(articles, options);
        var shard = Assert.Single(plan.Shards) with { LiteralBudget = budget };
        var shardSource = ShardEmitter.Emit(shard).Text;
        Assert.Contains("SeedCatalogShard.Read(", shardSource, StringComparison.Ordinal);
        Assert.DoesNotContain("new int[]", shardSource, StringComparison.Ordinal);
        Assert.DoesNotContain("new string[]", shardSource, StringComparison.Ordinal);

        var sources = new[] { TypesEmitter.Emit(options).Text, CatalogEmitter.Emit(plan).Text, shardSource };
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        if (dataSectionThreshold >= 0)
        {
            parseOptions = parseOptions.WithFeatures(new[] { new System.Collections.Generic.KeyValuePair<string, string>("experimental-data-section-string-literals", "true") });
        }

        var compilation = CSharpCompilation.Create(
            "Budget" + budget + "_" + dataSectionThreshold,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            Basic.Reference.Assemblies.NetStandard20.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(10)));

        var context = new System.Runtime.Loader.AssemblyLoadContext("budget-" + Guid.NewGuid(), isCollectible: true);
        pe.Position = 0;
        var all = Reflect.Items(Reflect.Static(context.LoadFromStream(pe), "SeedCatalog.Seeds", "All"));
        var expected = articles.Select(a => a.Article!).OrderBy(a => a, Comparer.Instance).ToList();
        Assert.Equal(expected.Select(a => a.Id), all.Select(a => Reflect.Get<string>(a, "Id")));
        Assert.Equal(expected.Select(a => a.Title.Of(a.Text)), all.Select(a => Reflect.Get<string>(a, "Title")));
        Assert.Equal(expected.Select(a => a.Paragraphs.Count), all.Select(a => Reflect.Items(Reflect.Get(a, "Paragraphs")).Count));
        Assert.Equal(expected.Select(a => a.Quotes.Count), all.Select(a => Reflect.Items(Reflect.Get(a, "Quotes")).Count));
        context.Unload();
    }

    private sealed class Comparer : System.Collections.Generic.IComparer<ArticleModel>
    {
        public static readonly Comparer Instance = new();

        public int Compare(ArticleModel? x, ArticleModel? y) => CatalogOrder.Compare(x!.Date, x.Id, y!.Date, y.Id);
    }
}
