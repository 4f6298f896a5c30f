using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: a role phrase in apposition (<c>Republican Senator, Matt Pouliot says</c>) is no name;
/// the plural that ends an institution's name (<c>House of Representatives Dale Hurst</c>) is no part of the person's name; a
/// number word as article (<c>One Ohio-based nurse</c>, <c>Eén Utrechtse verpleegkundige</c>) introduces someone unnamed; a lone
/// role before a colon (<c>Juror:</c>, <c>Jurylid:</c>) is no name; a group named by an acronym keeps its capitals; an acronym
/// opening a sentence (<c>NASA said</c>, <c>KNVB laat weten</c>) is an organisation a later <c>the agency</c>/<c>de bond</c> refers to.
/// Paragraphs are separated by '|'.
/// </summary>
public class RolePhraseAndIndefiniteTests
{
    [Fact]
    public void English_role_phrase_in_apposition_is_no_name()
    {
        var quotes = Attribute("Republican Senator, Dale Hurst says, “We are Ohio, not Washington.”", Language.English);

        Assert.Equal("Dale Hurst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_role_phrase_in_apposition_is_no_name()
    {
        var quotes = Attribute("Waarnemend Burgemeester, Anke Bosman zegt: „Wij zijn Zwolle, niet Den Haag.”", Language.Dutch);

        Assert.Equal("Anke Bosman", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_plural_ending_an_institution_is_no_part_of_the_name()
    {
        var quotes = Attribute(
            "Former Speaker of the Ohio House of Representatives Dale Hurst was sentenced on Friday. | “I regret nothing,” Hurst said.",
            Language.English);

        Assert.Equal("Dale Hurst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_one_as_article_introduces_someone_unnamed()
    {
        var quotes = Attribute("One Ohio-based nurse wrote on Tuesday, “It is with a heavy heart that I leave.”", Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_een_as_article_introduces_someone_unnamed()
    {
        var quotes = Attribute("Eén Utrechtse verpleegkundige schreef dinsdag: „Met pijn in het hart vertrek ik.”", Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_lone_role_before_a_colon_is_no_name()
    {
        Assert.Null(Assert.Single(Attribute("Juror: ‘Nobody is above the law’", Language.English)).Speaker);
    }

    [Fact]
    public void Dutch_lone_role_before_a_colon_is_no_name()
    {
        Assert.Null(Assert.Single(Attribute("Jurylid: ‘Niemand staat boven de wet’", Language.Dutch)).Speaker);
    }

    [Fact]
    public void English_group_led_by_an_acronym_speaks_for_that_organisation()
    {
        var quotes = Attribute("NASA scientists called the find “fairly wild.”", Language.English);

        Assert.Equal("NASA", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_source_led_by_an_acronym_is_that_organisation()
    {
        var quotes = Attribute("Measles \"spread faster than expected,\" according to WHO officials in a statement.", Language.English);

        Assert.Equal("WHO", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_group_led_by_an_acronym_speaks_for_that_organisation()
    {
        var quotes = Attribute("RIVM onderzoekers noemden de vondst „behoorlijk wild”.", Language.Dutch);

        Assert.Equal("RIVM", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_acronym_opening_a_sentence_is_the_organisation_a_later_noun_refers_to()
    {
        var quotes = Attribute(
            "NASA said on Friday that the launch had been postponed. | “Safety is our top priority,” the agency said in a statement.",
            Language.English);

        Assert.Equal("NASA", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_acronym_opening_a_sentence_is_the_organisation_a_later_noun_refers_to()
    {
        var quotes = Attribute(
            "KNVB laat weten dat de wedstrijd wordt uitgesteld. | „Veiligheid gaat voor alles”, aldus de bond in een verklaring.",
            Language.Dutch);

        Assert.Equal("KNVB", Assert.Single(quotes).Speaker);
    }
}
