using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2, 5 and 7, in our own words: a named source before a quote in its sentence (<c>Volgens X is het
/// kabinet "…"</c>) speaks it; the person a cue names in a sentence without quotes (<c>Feyenoord had de overhand, vond X.</c>)
/// is the topic the next quote goes to, not the first name in it; a name after an organisation noun (<c>videoclub De Donk</c>)
/// names the organisation; <c>in</c> alone after a surname is a preposition (<c>Snellen in Nieuwsuur</c>); a that-clause closed
/// by a comma before the cue holds no speaker. Paragraphs are separated by '|'.
/// </summary>
public class SourcesAndCuedTopicTests
{
    [Fact]
    public void Dutch_named_source_before_a_quote_in_its_sentence_speaks_it()
    {
        var quotes = Attribute(
            "Volgens SP-leider Jimmy Dijk, die het debat aanvroeg, vindt dat het kabinet „totaal losgezongen” is van de samenleving. "
            + "„Er heerst armoede in Nederland.”",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Jimmy Dijk", 2);
    }

    [Fact]
    public void English_named_source_before_a_quote_in_its_sentence_speaks_it()
    {
        var quotes = Attribute(
            "According to Senator Ruth Okafor, the cabinet is “totally out of touch” with voters. “There is poverty in this state.”",
            Language.English);

        AssertAllSpokenBy(quotes, "Ruth Okafor", 2);
    }

    [Fact]
    public void Dutch_person_a_cue_names_is_the_topic_not_the_first_name_of_the_sentence()
    {
        var quotes = Attribute(
            "Trainer Pascal Smeets zag een matige eerste helft. | Heerenveen had voor rust licht de overhand, vond Smeets. „We vonden de vrije man niet.”",
            Language.Dutch);

        Assert.Equal("Pascal Smeets", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_person_a_cue_names_is_the_topic_not_the_first_name_of_the_sentence()
    {
        var quotes = Attribute(
            "Coach Pascal Smeets saw a poor first half. | Everton had the upper hand before the break, Smeets felt. “We never found the free man.”",
            Language.English);

        Assert.Equal("Pascal Smeets", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_after_an_organisation_noun_names_the_organisation()
    {
        var quotes = Attribute(
            "Rien Kuipers (75) is actief voor videoclub De Brug. Hij lacht. „Wij filmen elke zondag de mis.”",
            Language.Dutch);

        Assert.Equal("Rien Kuipers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_name_after_an_organisation_noun_names_the_organisation()
    {
        var quotes = Attribute(
            "Rien Kuipers, 75, volunteers for the video club De Brug. He laughs. “We film mass every Sunday.”",
            Language.English);

        Assert.Equal("Rien Kuipers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_lone_in_after_a_surname_is_a_preposition()
    {
        var quotes = Attribute(
            "Sterrenkundige Ignaas Snelders is lovend. | „We wisten eigenlijk niets”, concludeert Snelders in Nieuwsuur.",
            Language.Dutch);

        Assert.Equal("Ignaas Snelders", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_that_clause_closed_by_a_comma_before_the_cue_holds_no_speaker()
    {
        var quotes = Attribute(
            "Chairman Ralph Whitby, told that CEO Grant O’Malley is stepping down, said: “We got that wrong.”",
            Language.English);

        Assert.Equal("Ralph Whitby", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_that_clause_closed_by_a_comma_before_the_cue_holds_no_speaker()
    {
        var quotes = Attribute(
            "Voorzitter Ralph Wijers, die hoorde dat topman Geert Oomen vertrekt, zei: „Dat hebben we fout gedaan.”",
            Language.Dutch);

        Assert.Equal("Ralph Wijers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_reporting_clause_after_a_comma_names_its_own_subject_over_an_organisation_before_it()
    {
        var quotes = Attribute(
            "Trainer Pascal Smeets zag een matige eerste helft. | Het kabinet had de zaak slecht voorbereid, vond Kamerlid Dirk Beers. „Dit is amateurisme.”",
            Language.Dutch);

        Assert.Equal("Dirk Beers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_reporting_clause_after_a_comma_names_its_own_subject_over_an_organisation_before_it()
    {
        var quotes = Attribute(
            "Coach Pascal Smeets saw a poor first half. | The cabinet had prepared badly, said MP Dirk Beers. “This is amateurism.”",
            Language.English);

        Assert.Equal("Dirk Beers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_person_before_a_comma_and_cue_stays_the_subject_over_the_object_after_it()
    {
        var quotes = Attribute(
            "Describing himself as “a broken man,” a despondent Harlan Voss, 49, asked Judge Ellen Marsh for a lenient sentence.",
            Language.English);

        Assert.Equal("Harlan Voss", Assert.Single(quotes).Speaker);
    }
}
