using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SeedCatalog.Analyzer.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>SEED103: a month outside 1-12 or a day that does not exist, in the date lookups.</summary>
public class ImpossibleDateTests
{
    [Fact]
    public async Task A_month_outside_1_to_12_is_flagged_on_the_month()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.InMonth(2022, {|#0:13|});
            var b = Seeds.Mentioning(2022, {|#1:0|});
            """));
        test.ExpectWarning("SEED103", 0, "month 13", "InMonth");
        test.ExpectWarning("SEED103", 1, "month 0", "Mentioning");
        await test.RunAsync();
    }

    [Fact]
    public async Task Between_with_a_day_that_does_not_exist_is_flagged_on_that_date()
    {
        var test = new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.Between({|#0:new DateTime(2022, 2, 30)|}, new DateTime(2022, 3, 31));
            var b = Seeds.Between(new PartialDate(2022, 2, 0), {|#1:new PartialDate(2023, 2, 29)|});
            var c = Seeds.Between(new DateTime(2022, 1, 1), {|#2:new DateTime(2022, 13, 1, 0, 0, 0)|});
            """));
        test.ExpectWarning("SEED103", 0, "day 30 in 2022-02", "Between");
        test.ExpectWarning("SEED103", 1, "day 29 in 2023-02", "Between");
        test.ExpectWarning("SEED103", 2, "month 13", "Between");
        await test.RunAsync();
    }

    [Fact]
    public async Task Real_dates_unknown_parts_and_values_not_known_at_compile_time_are_not_flagged()
    {
        await new CatalogCodeFixTest<EmptyCodeFixProvider>(Code.In("""
            var a = Seeds.InMonth(2022, 12);
            var b = Seeds.InMonth(2022, someMonth);
            var c = Seeds.Between(new DateTime(2024, 2, 29), new DateTime(2024, 12, 31));
            var d = Seeds.Between(new PartialDate(2022, 0, 0), new PartialDate(2022, 2, 0));
            var e = Seeds.Between(new DateTime(2022, someMonth, 30), DateTime.Today);
            var f = new DateTime(2022, 1, 31).AddDays(1);
            """)).RunAsync();
    }
}
