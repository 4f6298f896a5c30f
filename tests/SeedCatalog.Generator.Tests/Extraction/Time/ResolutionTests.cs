using SeedCatalog.Generator.Model;
using System.Globalization;
using System.Linq;
using System.Threading;
using SeedCatalog.Generator.Extraction.Time;
using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>The same expression against day-, month- and year-precision article dates.</summary>
public class ResolutionTests
{
    [Theory]
    [InlineData("nl", "Vorige maand was het rustig.", "Vorige maand", "2022-02-16", "2022-01", 20220101, 20220131)]
    [InlineData("nl", "Vorige maand was het rustig.", "Vorige maand", "2022-02", "2022-01", 20220101, 20220131)]
    [InlineData("nl", "Vorige maand was het rustig.", "Vorige maand", "2022", "2022", 20211201, 20221130)]
    [InlineData("nl", "Gisteren was het rustig.", "Gisteren", "2022-02-16", "2022-02-15", 20220215, 20220215)]
    [InlineData("nl", "Gisteren was het rustig.", "Gisteren", "2022-02", "2022-02", 20220131, 20220227)]
    [InlineData("nl", "Gisteren was het rustig.", "Gisteren", "2022", "2022", 20211231, 20221230)]
    [InlineData("nl", "Volgend jaar wordt het beter.", "Volgend jaar", "2022-02-16", "2023", 20230101, 20231231)]
    [InlineData("nl", "Volgend jaar wordt het beter.", "Volgend jaar", "2022", "2023", 20230101, 20231231)]
    [InlineData("en", "The plant closed two years ago.", "two years ago", "2022-02", "2020", 20200101, 20201231)]
    [InlineData("en", "The plant closed two years ago.", "two years ago", "2022", "2020", 20200101, 20201231)]
    [InlineData("en", "He resigned last week.", "last week", "2022-02-16", "2022-W06", 20220207, 20220213)]
    [InlineData("en", "He resigned last week.", "last week", "2022-02", "2022-02", 20220124, 20220227)]
    [InlineData("en", "He resigned last month.", "last month", "2022-01-10", "2021-12", 20211201, 20211231)]
    [InlineData("nl", "In maart was de situatie nog rustig.", "maart", "2022-02", "2021-03", 20210301, 20210331)]
    [InlineData("nl", "In maart worden verkiezingen gehouden.", "maart", "2022-02", "2022-03", 20220301, 20220331)]
    [InlineData("nl", "In maart was de situatie nog rustig.", "maart", "2022", "2022-03", 20220301, 20220331)]
    [InlineData("nl", "In januari zal de wet ingaan.", "januari", "2022-11", "2023-01", 20230101, 20230131)]
    [InlineData("nl", "Op 2 februari sprak hij.", "2 februari", "2021", "2021-02-02", 20210202, 20210202)]
    [InlineData("nl", "Op 29 februari sprak hij.", "29 februari", "2024-03", "2024-02-29", 20240229, 20240229)]
    [InlineData("nl", "De handel is in de afgelopen vijf jaar verdubbeld.", "in de afgelopen vijf jaar", "2022-02", "P5Y", 20170201, 20220228)]
    [InlineData("nl", "De handel is in de afgelopen vijf jaar verdubbeld.", "in de afgelopen vijf jaar", "2022", "P5Y", 20170101, 20221231)]
    [InlineData("nl", "Sinds 2014 is het gespannen.", "Sinds 2014", "2022", "P8Y", 20140101, 20221231)]
    [InlineData("nl", "Vanavond spreekt hij.", "Vanavond", "2022-02", "2022-02-XXTEV", 20220201, 20220228)]
    [InlineData("nl", "Om 15.00 uur begint het debat.", "15.00 uur", "2022-02-16", "2022-02-16T15:00", 20220216, 20220216)]
    [InlineData("nl", "Om 15.00 uur begint het debat.", "15.00 uur", "2022-02", "2022-02-XXT15:00", 20220201, 20220228)]
    [InlineData("en", "The vote starts at 3 p.m. sharp.", "3 p.m.", "2022-02-16", "2022-02-16T15:00", 20220216, 20220216)]
    public void Resolves_against_the_article_date_and_its_precision(string language, string sentence, string span, string articleDate, string value, int earliest, int latest)
        => AssertFinds(sentence, articleDate, language, span, Kind(value), value, earliest, latest);

    [Fact]
    public void A_day_that_does_not_exist_is_not_a_date()
        => Assert.DoesNotContain(Find("Op 29 februari sprak hij.", "2023-03", "nl"), f => f.Span.StartsWith('2'));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("nl-NL")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        const string text = "Vorige maand, op 24 februari 2022 om 15.00 uur, in de afgelopen vijf jaar, sinds 2014, INMIDDELS, DINSDAGAVOND en de jaren negentig.";
        var expected = Find(text, "2022-02-16", "nl");
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo(culture);
            Thread.CurrentThread.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Find(text, "2022-02-16", "nl"));
            Assert.True(expected.Count == 8, Describe(expected));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
            Thread.CurrentThread.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Paragraphs_are_numbered_and_expressions_ordered()
    {
        var found = TimeExpressionExtractor.Extract(new[] { "Niets hier.", "Gisteren en vandaag.", "Morgen." }, Date("2022-02-16"), Language.Dutch);
        Assert.Equal(new[] { (1, 0), (1, 12), (2, 0) }, found.Select(f => (f.Paragraph, f.Offset)).ToArray());
    }

    private static string Kind(string value)
        => value.StartsWith('P') && !value.StartsWith("PAST", System.StringComparison.Ordinal) && !value.StartsWith("PRES", System.StringComparison.Ordinal) ? "Duration"
            : value.Contains('T') ? "Time" : "Date";
}
