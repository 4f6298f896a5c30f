using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Tests.Infrastructure;
using SeedCatalog.Corpus;
using SeedCatalog.Generator.Configuration;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Planning;
using Xunit;

namespace SeedCatalog.Generator.Tests.Scale;

/// <summary>The experimental-data-section-string-literals flag, as the generator reads it and spends the #US budget by it.</summary>
public class DataSectionTests
{
    [Theory]
    [InlineData(null, -1)]
    [InlineData("off", -1)]
    [InlineData("true", 100)]
    [InlineData("20", 20)]
    [InlineData("0", 0)]
    [InlineData("-3", 100)]
    public void The_flag_value_gives_the_threshold(string? value, int expected)
        => Assert.Equal(expected, DataSectionFeature.Threshold(value));

    [Fact]
    public void The_flag_is_read_from_the_parse_options()
    {
        var plain = new CSharpParseOptions();
        var flagged = plain.WithFeatures(new[] { new KeyValuePair<string, string>("Experimental-Data-Section-String-Literals", "40") });
        Assert.Equal(CatalogOptions.NoDataSection, DataSectionFeature.Threshold(plain));
        Assert.Equal(40, DataSectionFeature.Threshold(flagged));
    }

    [Fact]
    public void With_the_feature_the_numbers_leave_the_budget_to_the_titles()
    {
        var (articles, options, shard) = OneShard(40);

        // Ids and speakers fit, but not the numbers too: without the feature the titles give way.
        var required = ShardBudget.Fill(shard with { LiteralBudget = 0 }).RequiredHeapBytes;
        var tight = shard with { LiteralBudget = required + 200 };
        var titlesWithout = TitleLiterals(ShardEmitter.Emit(tight).Text, articles);
        var titlesWith = TitleLiterals(ShardEmitter.Emit(tight with { Options = options with { DataSectionThreshold = 100 } }).Text, articles);
        Assert.True(titlesWithout < articles.Count, titlesWithout.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(articles.Count, titlesWith);
    }

    [Fact]
    public void Numbers_are_packed_in_ascii_for_the_data_section_and_in_ideographs_for_the_heap()
    {
        var (_, options, shard) = OneShard(5);

        var heap = PackedLiteral(ShardEmitter.Emit(shard).Text);
        var section = PackedLiteral(ShardEmitter.Emit(shard with { Options = options with { DataSectionThreshold = 100 } }).Text);

        Assert.All(heap, c => Assert.InRange(c, '\u3400', '\u43FF'));
        Assert.All(section, c => Assert.InRange(c, '#', '|'));
        // Half the UTF-8 bytes, for more chars.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(section) < System.Text.Encoding.UTF8.GetByteCount(heap) * 0.7);
    }

    /// <summary>A shard of <paramref name="count"/> synthetic articles, their texts in resources.</summary>
    private static (List<SeedResult> Articles, CatalogOptions Options, ShardPlan Shard) OneShard(int count)
    {
        var articles = SyntheticCorpus.Generate(count)
            .Select(s => Plans.Seed("/p/" + s.Id + ".txt", s.Id, s.Text)).ToList();
        var options = CatalogOptions.Default with { Storage = TextStorage.Resource };
        return (articles, options, Assert.Single(Plans.Of(articles, options).Shards));
    }

    /// <summary>The shard's packed numbers (Read's first argument).</summary>
    private static string PackedLiteral(string source)
        => string.Concat(ReadCall(source).ArgumentList.Arguments[0].DescendantTokens()
            .Where(t => t.RawKind == (int)SyntaxKind.StringLiteralToken)
            .Select(t => t.ValueText));

    private static Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax ReadCall(string source)
        => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Single(i => i.Expression.ToString().EndsWith("SeedCatalogShard.Read", System.StringComparison.Ordinal));

    /// <summary>The titles in the shard's string table (the joined strings, Read's second argument).</summary>
    private static int TitleLiterals(string source, IEnumerable<SeedResult> articles)
    {
        var strings = string.Concat(ReadCall(source).ArgumentList.Arguments[1].DescendantTokens()
            .Where(t => t.RawKind == (int)SyntaxKind.StringLiteralToken)
            .Select(t => t.ValueText));
        return articles.Count(a => strings.Contains(a.Article!.Title.Of(a.Article.Text), System.StringComparison.Ordinal));
    }
}
