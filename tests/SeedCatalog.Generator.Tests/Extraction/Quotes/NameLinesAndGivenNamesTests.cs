using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2, 4 and 7, in our own words: a subheading that is a name alone gives the quotes under it; a name
/// after <c>alongside</c> is no subject; a given name inside a run of capitalised words starts the name (<c>Sales &amp;
/// Service Dave Limp</c>) and one in front keeps a three-word name whole (<c>Hillary Rodham Clinton</c>); a surname two people
/// share is the one the article named first. Paragraphs are separated by '|'.
/// </summary>
public class NameLinesAndGivenNamesTests
{
    [Fact]
    public void Dutch_name_alone_as_subheading_gives_the_quotes_under_it()
    {
        var quotes = SeedQuotes(
            " date 2024-05 De trainers na de derby\n\nPeter Bosman was tevreden.\n\n\"We speelden goed. Het was een mooie avond\", zei hij.\n\n"
            + "Manuel Pereira\n\n\"In de eerste helft speelden we slecht.\"\n");

        Assert.Equal(new[] { "Peter Bosman", "Manuel Pereira" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_alone_as_subheading_gives_the_quotes_under_it()
    {
        var quotes = SeedQuotes(
            " date 2024-05 The managers after the derby\n\nPeter Bosman was pleased.\n\n\"We played well. It was a fine evening,\" he said.\n\n"
            + "Manuel Pereira\n\nHe was less pleased.\n\n\"In the first half we played badly.\"\n");

        Assert.Equal(new[] { "Peter Bosman", "Manuel Pereira" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_after_alongside_is_no_subject()
    {
        var quotes = Attribute(
            "Speaking hours after sharing the prize alongside Greta Holm at a ceremony, Ines Okoro beamed. | \"I am very, very excited,\" she said.",
            Language.English);

        Assert.Equal("Ines Okoro", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_after_naast_is_no_subject()
    {
        var quotes = Attribute(
            "Uren nadat ze de prijs naast Greta Holm in ontvangst nam, straalde Ines Okoro. | \"Ik ben heel blij\", zei ze.",
            Language.Dutch);

        Assert.Equal("Ines Okoro", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_given_name_inside_a_capitalised_run_starts_the_name()
    {
        var quotes = Attribute(
            "The news came from head of Sales & Service Dave Limp, whose team sells the speakers. | \"We will support everyone,\" Limp said.",
            Language.English);

        Assert.Equal("Dave Limp", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_given_name_inside_a_capitalised_run_starts_the_name()
    {
        var quotes = Attribute(
            "Het nieuws kwam van het hoofd Verkoop & Service Dave Limp, wiens team de speakers verkoopt. | \"We helpen iedereen\", zei Limp.",
            Language.Dutch);

        Assert.Equal("Dave Limp", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_given_name_in_front_keeps_a_three_word_name_whole()
    {
        var result = QuoteExtractor.Extract(new[] { "Hillary Rodham Clinton spoke first. \"We will win,\" Clinton said." }, Language.English);

        var person = Assert.Single(result.People);
        Assert.Equal(("Hillary Rodham Clinton", (string?)null), (person.Name, person.Role));
    }

    [Fact]
    public void English_surname_two_people_share_is_the_person_named_first()
    {
        var quotes = Attribute(
            "Walter Brink was born in 1925 and turns 100 today. | \"He never met a stranger,\" his daughter Ella Brink said. | "
            + "\"I still have my memory. Still got it,\" said Brink as he tapped his temple.",
            Language.English);

        Assert.Equal(new[] { "Ella Brink", "Walter Brink" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_surname_two_people_share_is_the_person_named_first()
    {
        var quotes = Attribute(
            "Walter Brink werd in 1925 geboren en wordt vandaag 100. | \"Hij kent geen vreemden\", zei zijn dochter Ella Brink. | "
            + "\"Mijn geheugen heb ik nog. Dat zit hier\", zei Brink, en hij tikte op zijn slaap.",
            Language.Dutch);

        Assert.Equal(new[] { "Ella Brink", "Walter Brink" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_three_word_name_whose_first_given_name_no_list_holds_stays_whole()
    {
        var quotes = Attribute("Singer Maynard James Keenan laughs. \"We are always writing,\" Keenan said.", Language.English);

        Assert.Equal("Maynard James Keenan", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_three_word_name_whose_first_given_name_no_list_holds_stays_whole()
    {
        var quotes = Attribute("Zanger Maynard James Keenan lacht. \"We schrijven altijd\", zei Keenan.", Language.Dutch);

        Assert.Equal("Maynard James Keenan", Assert.Single(quotes).Speaker);
    }
}
