using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SeedCatalog.Analyzer.Tests.Infrastructure;
using SeedCatalog.CodeFixes;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>The fix of SEED101 / SEED102: the misspelt literal becomes the suggested id or speaker.</summary>
public class ReplaceConstantCodeFixTests
{
    [Fact]
    public async Task A_misspelt_id_becomes_the_closest_id()
    {
        await new CatalogCodeFixTest<ReplaceConstantCodeFix>(
            Code.In("""
                Seeds.ById.TryGetValue({|SEED101:"000_db6bec3f799fe72"|}, out var a);
                """),
            Code.In("""
                Seeds.ById.TryGetValue("000_db6bec3f799fe721", out var a);
                """)).RunAsync();
    }

    [Fact]
    public async Task A_misspelt_speaker_becomes_the_full_name()
    {
        await new CatalogCodeFixTest<ReplaceConstantCodeFix>(
            Code.In("""
                var quotes = Seeds.QuotesBy({|SEED102:"Rute"|});
                """),
            Code.In("""
                var quotes = Seeds.QuotesBy("Mark Rutte");
                """)).RunAsync();
    }

    [Fact]
    public async Task Each_suggestion_is_its_own_action()
    {
        // "dupp" is one edit from both "dup" and "Dup_": the second action picks "dup".
        var test = new CatalogCodeFixTest<ReplaceConstantCodeFix>(
            Code.In("""
                var a = Seeds.ById.ContainsKey({|SEED101:"dupp"|});
                """),
            Code.In("""
                var a = Seeds.ById.ContainsKey("dup");
                """));
        test.CodeActionEquivalenceKey = "SEED101:dup";
        test.CodeActionIndex = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_that_is_not_a_literal_is_left_to_the_author()
    {
        var source = Code.In("""
            const string Name = "Rute";
            var quotes = Seeds.QuotesBy({|SEED102:Name|});
            """);
        var test = new CatalogCodeFixTest<ReplaceConstantCodeFix>(source, source);
        await test.RunAsync();
    }
}
