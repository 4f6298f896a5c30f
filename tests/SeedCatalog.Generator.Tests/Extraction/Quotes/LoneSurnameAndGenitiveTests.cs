using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Names as real news writes them (issue 12, category 2), in our own words: a lone surname right before the cue of a quote
/// that follows (<c>Okafor said, "…"</c>), a name in the genitive (<c>Sen. Ruth Okafor’s bill</c>, <c>Femke Vos’ plan</c>) that
/// introduces the person a later surname stands for, and a named person winning over a sentence adverb before a colon.
/// Paragraphs are separated by '|'.
/// </summary>
public class LoneSurnameAndGenitiveTests
{
    [Fact]
    public void English_lone_surname_before_the_cue_of_a_following_quote_speaks()
    {
        var quotes = Attribute("Okafor said, “Nobody here is above the rules, and that includes me.”", Language.English);

        Assert.Equal("Okafor", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_lone_surname_before_the_cue_of_a_following_quote_speaks()
    {
        var quotes = Attribute("Brinkhorst zei: „Niemand staat hier boven de regels, ik ook niet.”", Language.Dutch);

        Assert.Equal("Brinkhorst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_name_in_the_genitive_introduces_the_person_a_later_surname_stands_for()
    {
        var quotes = Attribute(
            "The week was dominated by Sen. Ruth Okafor’s bill on river dredging. | “We did the work and the votes followed,” Okafor said.",
            Language.English);

        Assert.Equal("Ruth Okafor", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_in_the_genitive_introduces_the_person_a_later_surname_stands_for()
    {
        var quotes = Attribute(
            "De week stond in het teken van Femke Brinkhorst’s plan voor de haven. | „Wij hebben het werk gedaan”, zei Brinkhorst.",
            Language.Dutch);

        Assert.Equal("Femke Brinkhorst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_name_in_the_genitive_is_not_the_subject_of_the_cue()
    {
        var quotes = Attribute("Ruth Okafor chairs the committee. | “We will not comment,” Okafor’s spokesman said.", Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_named_person_wins_over_a_sentence_adverb_before_the_colon()
    {
        var quotes = Attribute("Likewise, the match winner Tomas Varga added: “We never stopped believing in the plan.”", Language.English);

        Assert.Equal("Tomas Varga", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_named_person_wins_over_a_sentence_adverb_before_the_colon()
    {
        var quotes = Attribute("Evengoed, matchwinnaar Tomas Varga vulde aan: „We bleven altijd in het plan geloven.”", Language.Dutch);

        Assert.Equal("Tomas Varga", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_word_before_the_cue_is_no_speaker_when_a_name_follows_the_cue()
    {
        var quotes = Attribute("Burgemeester Anouk Brinkhorst bezocht de haven. Vervolgens zei Brinkhorst: „De kade moet eerst veilig zijn.”", Language.Dutch);

        Assert.Equal("Anouk Brinkhorst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_particle_before_an_organisation_ends_the_name()
    {
        var quotes = Attribute("Voorzitter Joost van der Laan van Lokale Omroep Markdal is boos. „Dat is klinkklare onzin”, zegt Van der Laan.", Language.Dutch);

        Assert.Equal("Joost van der Laan", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_particle_before_a_party_name_ends_the_name()
    {
        var quotes = Attribute("Ria Smit van GroenLinks vond dat de buurt „volkomen wordt genegeerd”.", Language.Dutch);

        Assert.Equal("Ria Smit", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_particle_before_an_organisation_ends_the_name()
    {
        var quotes = Attribute("Chair Joost van der Laan van Lokale Omroep Markdal was angry. “That is plain nonsense,” Van der Laan said.", Language.English);

        Assert.Equal("Joost van der Laan", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_surname_cut_to_an_initial_is_part_of_the_name_and_the_suspect_is_a_role()
    {
        var quotes = Attribute(
            "Hoofdverdachte Gerrit V. en zijn advocaat weigerden „nog langer mee te doen”, aldus een boze Gerrit V. De zitting ging verder. | „Ik ben hier klaar mee”, zei Gerrit V. tegen de rechter.",
            Language.Dutch);

        Assert.Equal(new[] { "Gerrit V.", "Gerrit V." }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_surname_cut_to_an_initial_is_part_of_the_name_and_the_suspect_is_a_role()
    {
        var quotes = Attribute(
            "Main suspect Gerrit V. walked out of the hearing. | “I am done with this,” Gerrit V. told the judge.",
            Language.English);

        Assert.Equal("Gerrit V.", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_rider_is_a_role_that_refers_back()
    {
        var quotes = Attribute("Hoe de avond zou verlopen, wist Tom Kester wel. „We gaan taart eten met de ploeg”, zei de renner van Team Noord.", Language.Dutch);

        Assert.Equal("Tom Kester", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_surname_alone_at_the_sentence_start_is_a_person_when_the_article_writes_it_mid_sentence()
    {
        var quotes = Attribute(
            "Brinkhorst wil niet wachten op het college; de raad moet wat Brinkhorst betreft zelf beslissen. „De raad is het hoogste orgaan.”",
            Language.Dutch);

        Assert.Equal("Brinkhorst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_surname_alone_at_the_sentence_start_is_a_person_when_the_article_writes_it_mid_sentence()
    {
        var quotes = Attribute(
            "Okafor will not wait for the board; in the view of Okafor the council must decide itself. “The council is the highest body.”",
            Language.English);

        Assert.Equal("Okafor", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_ordinary_word_at_the_sentence_start_stays_no_person()
    {
        var quotes = Attribute(
            "Following the vote, the council went home. The mayor kept following the debate. “This was a long night.”",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_country_before_a_role_and_a_name_is_no_person()
    {
        var quotes = Attribute(
            "Vanuatu head coach Ada Moreno said her side was ‘proud of every player,’ after the loss to Fiji. | The defeat ends Vanuatu’s run.",
            Language.English);

        Assert.Equal("Ada Moreno", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_lone_surname_as_source_or_cued_subject_speaks_the_quote_after_it()
    {
        var quotes = Attribute(
            "De fabriek sluit volgens Brinkhorst omdat de eigenaren niet investeren. „Dat kwam voor iedereen als een verrassing.” |"
            + " Er is geen geld voor de lonen, zegt Brinkhorst. „Dat is heel zuur voor de mensen.”",
            Language.Dutch);

        Assert.Equal(new[] { "Brinkhorst", "Brinkhorst" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_lone_surname_as_source_or_cued_subject_speaks_the_quote_after_it()
    {
        var quotes = Attribute(
            "The plant will close because the owners will not invest, according to Okafor. “That came as a surprise to everyone.” |"
            + " There is no money for wages, Okafor said. “That is very hard on the staff.”",
            Language.English);

        Assert.Equal(new[] { "Okafor", "Okafor" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_given_name_alone_is_the_one_person_named_in_full_with_it()
    {
        var quotes = Attribute(
            "Teler Joris Amersfoort (61) uit Winsum heeft een opvolger. | ‘Het was altijd duidelijk dat ze wilden’, vertelt Joris aan de keukentafel.",
            Language.Dutch);

        Assert.Equal("Joris Amersfoort", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_given_name_alone_is_the_one_person_named_in_full_with_it()
    {
        var quotes = Attribute(
            "Grower Joris Amersfoort, 61, has found a successor. | “It was always clear they wanted this,” Joris says at the kitchen table.",
            Language.English);

        Assert.Equal("Joris Amersfoort", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_given_name_shared_by_two_people_names_neither()
    {
        var quotes = Attribute(
            "Ann Hale and Ann Moreno run the farm together. | “We never argue about the harvest,” Ann says.",
            Language.English);

        Assert.Equal("Ann", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_family_word_before_a_name_is_no_part_of_it_and_no_role()
    {
        var article = SeedPath.Read("family", " date 2024-01 Een nieuwe boer\n\nZoon Mees Amersfoort nam het bedrijf over. „Het voelde vanzelfsprekend”, zegt hij.\n").Article!;

        Assert.Equal("Mees Amersfoort", Assert.Single(article.Quotes).Speaker);
        Assert.Null(Assert.Single(article.People).Role);
    }

    [Fact]
    public void English_family_word_before_a_name_is_no_part_of_it_and_no_role()
    {
        var article = SeedPath.Read("family", " date 2024-01 A new farmer\n\nSon Mees Amersfoort took over the farm. “It felt natural,” he says.\n").Article!;

        Assert.Equal("Mees Amersfoort", Assert.Single(article.Quotes).Speaker);
        Assert.Null(Assert.Single(article.People).Role);
    }

    [Fact]
    public void English_initials_and_a_generational_suffix_are_part_of_the_name()
    {
        var quotes = Attribute(
            "District Judge R. J. Okafor III said that “greed is a disease.” Prosecutor Dana K. Moreno said: “This sends a signal.” | “It is a cancer,” Okafor said.",
            Language.English);

        Assert.Equal(new[] { "R. J. Okafor III", "Dana K. Moreno", "R. J. Okafor III" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_initials_are_part_of_the_name_but_a_sentence_after_a_surname_initial_is_not()
    {
        var quotes = Attribute(
            "Rechter H. J. Brinkhorst zei: „Dit is een ernstig feit.” | Zij weigerde „mee te doen aan dit toneel”, aldus een boze Gerrit V. Zowel hij als zijn advocaat vertrokken.",
            Language.Dutch);

        Assert.Equal(new[] { "H. J. Brinkhorst", "Gerrit V." }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_given_name_opening_a_three_word_name_is_no_descriptor()
    {
        var result = QuoteExtractor.Extract(new[] { "Emily Rose Hartley won the final. “I still cannot believe it,” Hartley said." }, Language.English);

        Assert.Equal("Emily Rose Hartley", Assert.Single(result.Quotes).Speaker);
    }

    [Fact]
    public void Dutch_given_name_opening_a_double_surname_is_no_descriptor()
    {
        var result = QuoteExtractor.Extract(new[] { "Antoinette Verbeek-de Wit won goud op de 1500 meter. „Ik geloof het nog niet”, zei Verbeek-de Wit." }, Language.Dutch);

        Assert.Equal("Antoinette Verbeek-de Wit", Assert.Single(result.Quotes).Speaker);
    }

    [Fact]
    public void English_capitalised_role_inside_a_place_title_is_no_part_of_the_name()
    {
        var quotes = Attribute("“A hundred years is a goal for all of us,” said Glenford Town Historian Mira Castell.", Language.English);

        Assert.Equal("Mira Castell", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_capitalised_role_inside_a_place_title_is_no_part_of_the_name()
    {
        var quotes = Attribute("„Honderd jaar is voor ons allemaal een doel”, zei Stedelijk Historicus Mira Castell.", Language.Dutch);

        Assert.Equal("Mira Castell", Assert.Single(quotes).Speaker);
    }
}
