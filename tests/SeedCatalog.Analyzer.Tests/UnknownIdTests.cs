using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SeedCatalog.Analyzer.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>SEED101: a constant id no seed has, in <c>ById[...]</c>, <c>ById.TryGetValue</c> and <c>ById.ContainsKey</c>.</summary>
public class UnknownIdTests
{
    [Fact]
    public async Task A_misspelt_id_is_flagged_on_the_argument_with_the_closest_id()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.ById[{|#0:"000_db6bec3f799fe72"|}];
            """));
        test.ExpectWarning("SEED101", 0, "000_db6bec3f799fe72", ". Did you mean '000_db6bec3f799fe721'?");
        await test.RunAsync();
    }

    [Fact]
    public async Task TryGetValue_and_ContainsKey_are_checked_too()
    {
        await new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            Seeds.ById.TryGetValue({|SEED101:"2022/feb/rutte"|}, out var a);
            var b = Seeds.ById.ContainsKey({|SEED101:"DUP"|});
            """)).RunAsync();
    }

    [Fact]
    public async Task An_id_far_from_every_seed_has_no_suggestion()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.ById.ContainsKey({|#0:"something else entirely"|});
            """));
        test.ExpectWarning("SEED101", 0, "something else entirely", ".");
        await test.RunAsync();
    }

    [Fact]
    public async Task A_constant_field_is_a_constant_too()
    {
        await new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            const string Id = "nope";
            var a = Seeds.ById.ContainsKey({|SEED101:Id|});
            """)).RunAsync();
    }

    [Fact]
    public async Task Existing_ids_and_values_not_known_at_compile_time_are_not_flagged()
    {
        await new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.ById[someVariable];
            var b = Seeds.ById.ContainsKey("000_db6bec3f799fe721");
            var c = Seeds.ById.TryGetValue("dup", out var d);
            var e = Seeds.ById.ContainsKey(someVariable + "x");
            var other = new Dictionary<string, int>();
            var f = other.ContainsKey("nope");
            IReadOnlyDictionary<string, Article> byId = Seeds.ById;
            var g = byId.ContainsKey("nope");
            """)).RunAsync();
    }
}
