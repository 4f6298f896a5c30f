using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Profiles and interview series (issue 12, category 4), in our own words: a subheading that opens with a person's name
/// (<c>Lotte Brink – Team Zuid – winnares van de proloog</c>) makes them the speaker of the uncued quotes under it, not the
/// person who spoke before the subheading, also with a surname initial (<c>Wessel K., 20 jaar uit Emmen</c>) and over further
/// subheadings and lines without quotes or people before the quotes. A subheading without a name changes nothing.
/// </summary>
public class HeadingSpeakerTests
{
    [Fact]
    public void Dutch_subheading_with_a_name_gives_the_uncued_quotes_under_it()
    {
        var quotes = SeedQuotes(
            " date 2024-07 De winnaars van de ronde blikken terug\n\n"
            + "Sanne Vos – Team Noord – winnares van het bergklassement\n\n"
            + "‘Wat ik nooit vergeet, is de laatste klim. Daar wist ik dat het kon.’\n\n"
            + "Lotte Brink – Team Zuid – winnares van de proloog\n\n"
            + "‘Ik had niet verwacht dat ik zo snel zou zijn. Het hele team heeft hiervoor gewerkt.’\n");

        Assert.Equal(new[] { "Sanne Vos", "Lotte Brink" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_subheading_with_a_name_gives_the_uncued_quotes_under_it()
    {
        var quotes = SeedQuotes(
            " date 2024-07 The winners of the tour look back\n\n"
            + "Sanne Vos – Team North – winner of the mountains classification\n\n"
            + "“What I will never forget is the last climb. That is where I knew I could do it.”\n\n"
            + "Lotte Brink – Team South – winner of the prologue\n\n"
            + "“I did not expect to be that fast. The whole team worked for this.”\n");

        Assert.Equal(new[] { "Sanne Vos", "Lotte Brink" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_subheading_without_a_name_changes_nothing()
    {
        var quotes = SeedQuotes(
            " date 2024-07 A coach looks back\n\n"
            + "“We trained for this all winter,” coach Ada Moreno said after the final.\n\n"
            + "The long road back\n\n"
            + "“Nobody believed in us in March. Now look at them.”\n");

        Assert.Equal(new[] { "Ada Moreno", "Ada Moreno" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_name_line_with_a_surname_initial_over_more_lines_gives_the_quotes_under_them()
    {
        var quotes = SeedQuotes(
            " date 2024-02 Snelrecht voor de relschoppers van zaterdag\n\n"
            + "De politierechter behandelt vandaag zes zaken.\n\n"
            + "Wessel K., 20 jaar uit Emmen\n\n"
            + "Hbo-opleiding bouwkunde\n\n"
            + "verdacht van: gooien van stenen naar de politie.\n\n"
            + "“Ik dacht er niet over na. Ik schaam me er nu voor.”\n\n"
            + "Daan R., 19 jaar uit Assen\n\n"
            + "mbo-opleiding horeca\n\n"
            + "verdacht van: het omgooien van een auto.\n\n"
            + "“Ik weet er eigenlijk niets meer van.”\n");

        Assert.Equal(new[] { "Wessel K.", "Daan R." }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_line_with_a_surname_initial_over_more_lines_gives_the_quotes_under_them()
    {
        var quotes = SeedQuotes(
            " date 2024-02 Fast-track hearings for Saturday's rioters\n\n"
            + "The magistrate hears six cases today.\n\n"
            + "Wessel K., 20, from Emmen\n\n"
            + "Engineering student\n\n"
            + "charged with: throwing stones at police officers.\n\n"
            + "“I did not think about it. I am ashamed of it now.”\n\n"
            + "Daan R., 19, from Assen\n\n"
            + "Catering student\n\n"
            + "charged with: turning over a car.\n\n"
            + "“I do not really remember any of it.”\n");

        Assert.Equal(new[] { "Wessel K.", "Daan R." }, quotes.Select(q => q.Speaker));
    }
}
