using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SeedCatalog.Analyzer.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>SEED102: a constant name in <c>QuotesBy</c> that finds no speaker by full name or surname.</summary>
public class UnknownSpeakerTests
{
    [Fact]
    public async Task A_misspelt_surname_is_flagged_naming_the_closest_speaker()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var quotes = Seeds.QuotesBy({|#0:"Rute"|});
            """));
        test.ExpectWarning("SEED102", 0, "Rute", ". Did you mean 'Mark Rutte'?");
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_like_no_one_has_no_suggestion()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var quotes = Seeds.QuotesBy({|#0:"Zelensky"|});
            """));
        test.ExpectWarning("SEED102", 0, "Zelensky", ".");
        await test.RunAsync();
    }

    [Fact]
    public async Task Full_names_surnames_any_case_and_ends_of_names_are_not_flagged()
    {
        await new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.QuotesBy("Rutte");
            var b = Seeds.QuotesBy("Mark Rutte");
            var c = Seeds.QuotesBy(" rutte ");
            var d = Seeds.QuotesBy("kabinet");
            var e = Seeds.QuotesBy(someVariable);
            """)).RunAsync();
    }
}
