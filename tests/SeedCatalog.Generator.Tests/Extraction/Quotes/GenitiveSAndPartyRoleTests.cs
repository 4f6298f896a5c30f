using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2 and 3, in our own words: a Dutch genitive <c>s</c> on a name (<c>Lotte Brandsmas nieuwe boek</c>) is
/// not part of the name when the article also writes the name without it; a party's list leader (<c>de CDA-lijsttrekker</c>)
/// refers back to the person the text is about; the elided article <c>'t</c> inside a surname (<c>Van 't Riet</c>) is part of it.
/// A surname or given name used before the article names the person in full becomes that full name at the end (and the
/// surname-only entry leaves <c>People</c>). Paragraphs are separated by '|'.
/// </summary>
public class GenitiveSAndPartyRoleTests
{
    [Fact]
    public void Dutch_genitive_s_on_a_name_written_elsewhere_without_it_is_no_part_of_the_name()
    {
        var quotes = Attribute(
            "Lotte Brandsmas tweede roman ligt sinds vrijdag in de winkel. | Brandsma: „Ik heb er vier jaar aan gewerkt.” | "
            + "„Het is niet dat ik nu ineens rijk word.”",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Lotte Brandsma", 2);
    }

    [Fact]
    public void English_name_ending_in_s_that_is_not_written_without_it_keeps_its_s()
    {
        var quotes = Attribute(
            "Nora Phillips runs the bakery on Elm Street. | “We open at six, every day,” Phillips said.",
            Language.English);

        Assert.Equal("Nora Phillips", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_ending_in_s_that_is_not_written_without_it_keeps_its_s()
    {
        var quotes = Attribute(
            "Nora Willems heeft de bakkerij aan de Dorpsstraat. | „Wij gaan om zes uur open”, zegt Willems.",
            Language.Dutch);

        Assert.Equal("Nora Willems", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_party_list_leader_refers_back_to_the_person_the_text_is_about()
    {
        var quotes = Attribute(
            "Voor de SP was het een slechte avond. Marjan Hoeks reageerde teleurgesteld op de uitslag. | "
            + "Over een coalitie zegt de SP-lijsttrekker het volgende: „Wij zien geen meerderheid zonder ons.”",
            Language.Dutch);

        Assert.Equal("Marjan Hoeks", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_party_role_refers_back_to_the_person_the_text_is_about()
    {
        var quotes = Attribute(
            "It was a bad night for the Greens. Marjorie Hook took the result badly. | "
            + "On a coalition, the party leader said: “We see no majority without us.”",
            Language.English);

        Assert.Equal("Marjorie Hook", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("„Wij gaan gewoon door”, zegt trainer Sjaak van 't Riet. | „De jongens weten dat”, reageerde Van 't Riet.")]
    [InlineData("„Wij gaan gewoon door”, zegt trainer Sjaak van ’t Riet. | „De jongens weten dat”, reageerde Van ’t Riet.")]
    public void Dutch_elided_article_inside_a_surname_is_part_of_the_name(string article)
    {
        var quotes = Attribute(article, Language.Dutch);

        AssertAllSpokenBy(quotes, article.Contains("’") ? "Sjaak van ’t Riet" : "Sjaak van 't Riet", 2);
    }

    [Fact]
    public void English_apostrophe_inside_a_surname_stays_part_of_the_name()
    {
        var quotes = Attribute("“We keep going,” said coach Pat O’Reilly. | “The players know it,” O’Reilly said.", Language.English);

        AssertAllSpokenBy(quotes, "Pat O’Reilly", 2);
    }

    [Fact]
    public void Dutch_surname_used_before_the_full_name_becomes_the_full_name()
    {
        var extraction = QuoteExtractor.Extract(
            new[] { "„Het is toch een erkenning”, zegt Van der Kruijs.", "Advocaat Pieter van der Kruijs van de familie is tevreden." },
            Language.Dutch);

        Assert.Equal("Pieter van der Kruijs", Assert.Single(extraction.Quotes).Speaker);
        Assert.DoesNotContain(extraction.People, person => person.Name == "Van der Kruijs");
    }

    [Fact]
    public void English_surname_used_before_the_full_name_becomes_the_full_name()
    {
        var quotes = Attribute("“It is a recognition,” Okafor said. | Attorney Ruth Okafor represents the family.", Language.English);

        Assert.Equal("Ruth Okafor", Assert.Single(quotes).Speaker);
    }
}
