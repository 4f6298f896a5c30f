using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>The generator's output compiles cleanly in every consumer shape and holds the seed's data.</summary>
public class GeneratedCatalogTests
{
    private const string Catalog = "SeedCatalog.Seeds";

    [Theory]
    [InlineData(TargetReferences.Net100, LanguageVersion.Latest, "internal")]
    [InlineData(TargetReferences.Net100, LanguageVersion.Latest, "public")]
    [InlineData(TargetReferences.NetStandard20, LanguageVersion.CSharp7_3, "internal")]
    [InlineData(TargetReferences.NetStandard20, LanguageVersion.CSharp7_3, "public")]
    [InlineData(TargetReferences.Net100, LanguageVersion.CSharp8, "public")]
    public void Output_compiles_with_no_warnings(TargetReferences references, LanguageVersion version, string visibility)
    {
        var run = new GeneratorHarness { References = references, LanguageVersion = version }
            .Property("SeedCatalogVisibility", visibility)
            .Seed(RepoSeeds.Input())
            .Seed("2021/en/sample", " date 2021-10-05 The minister said \"we will act\" on Tuesday. More text follows.\n\nSecond paragraph.")
            .Source("class Use { void M() { foreach (var a in SeedCatalog.Seeds.All) { System.Console.WriteLine(a.Title); } } }")
            .Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Output_compiles_with_nullable_disabled()
    {
        var run = new GeneratorHarness { Nullable = Microsoft.CodeAnalysis.NullableContextOptions.Disable }.Seed(RepoSeeds.Input()).Run();

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_seed_document_comes_out_as_expected()
    {
        var assembly = new GeneratorHarness().Seed(RepoSeeds.Input()).Run().Load();

        var all = Reflect.Items(Reflect.Static(assembly, Catalog, "All"));
        var article = Assert.Single(all);
        Assert.Same(article, Reflect.Static(assembly, Catalog, "Article000Db6bec3f799fe721"));
        Assert.Equal("000_db6bec3f799fe721", Reflect.Get<string>(article, "Id"));
        Assert.Equal("Nederland is bereid Oekraïne te helpen bij de bestrijding van cyberaanvallen.", Reflect.Get<string>(article, "Title"));
        Assert.Equal("2022-02", Reflect.Get(article, "Date")!.ToString());
        Assert.Equal("Month", Reflect.Get(Reflect.Get(article, "Date")!, "Precision")!.ToString());
        Assert.Equal("nl", Reflect.Get<string>(article, "Language"));
        Assert.Equal(12, Reflect.Items(Reflect.Get(article, "Paragraphs")).Count);
        Assert.StartsWith("Nederland is bereid", Reflect.Get<string>(article, "Lede"));

        var headings = Reflect.Items(Reflect.Get(article, "Sections")).Select(s => Reflect.Get(s, "Heading")).ToList();
        Assert.Equal(new object?[] { null, "Nederland kijkt naar welke wapens het kan leveren", "Rutte sprak ook met premier Shmyhal" }, headings);

        var related = Assert.Single(Reflect.Items(Reflect.Get(article, "Related")));
        Assert.Equal(39, Reflect.Get<int>(related, "Count"));
        Assert.Contains("Verdere agressie tegen Oekraïne zal serieuze consequenties hebben", Reflect.Get<string>(related, "Title"));

        var quotes = Reflect.Items(Reflect.Get(article, "Quotes")).Select(q => Reflect.Get<string>(q, "Text")).ToList();
        Assert.Equal(
            new[] { "gevaarlijke situatie", "kwetsbaar", "welwillend", "heel gevoelige kwestie en het moet heel precies", "serieuze gevolgen", "dat de kalmte zal overwinnen", "U heeft vrienden over de hele wereld, dat weet u." },
            quotes);
        Assert.Equal(quotes, Reflect.Items(Reflect.Static(assembly, Catalog, "Quotes")).Select(q => Reflect.Get<string>(q, "Text")));
    }

    [Fact]
    public void Lookups_by_id_and_date_work()
    {
        var assembly = new GeneratorHarness()
            .Seed("b", "date 2021 Year only.")
            .Seed("a", "date 2022-02-03 A day.")
            .Seed("c", "date 2022-02 A month.")
            .Seed("2022/feb/rutte", "date 2022-02 Also a month.")
            .Run().Load();

        var ids = Reflect.Items(Reflect.Static(assembly, Catalog, "All")).Select(a => Reflect.Get<string>(a, "Id"));
        Assert.Equal(new[] { "b", "2022/feb/rutte", "c", "a" }, ids);

        var lookup = Reflect.Static(assembly, Catalog, "ById")!;
        var item = lookup.GetType().GetProperty("Item")!.GetValue(lookup, new object[] { "2022/feb/rutte" });
        Assert.Same(Reflect.Static(assembly, Catalog, "Article2022FebRutte"), item);

        Assert.Equal(3, Reflect.Items(Reflect.Call(assembly, Catalog, "InMonth", 2022, 2)).Count);
        Assert.Single(Reflect.Items(Reflect.Call(assembly, Catalog, "InYear", 2021)));
        Assert.Equal(3, Reflect.Items(Reflect.Call(assembly, Catalog, "Between", new System.DateTime(2022, 2, 3), new System.DateTime(2022, 2, 3))).Count);
        Assert.Equal(4, (int)Reflect.Static(assembly, Catalog, "Count")!);
    }

    [Fact]
    public void Other_additional_files_are_not_read()
    {
        var run = new GeneratorHarness()
            .OtherAdditionalFile("/project/PublicAPI.Shipped.txt", "#nullable enable\nSome.Api")
            .Seed("a", "date 2022 Lede.")
            .Run();

        Assert.Contains("Count = 1;", run.SourceOf("Seeds.Catalog"));
    }

    [Fact]
    public void Namespace_and_class_name_follow_the_options()
    {
        var run = new GeneratorHarness()
            .Property("RootNamespace", "My.App")
            .Property("SeedCatalogClassName", "News")
            .Seed("a", "date 2022 Lede.")
            .Source("class Use { object M() => My.App.News.ArticleA; }")
            .Run();

        Assert.Empty(run.CompilationProblems);
    }
}
