using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Names as real news writes them (issue 12, categories 2 and 3), in our own words: a title of several words in front of a
/// name (<c>Council Member</c>, <c>Project Engineer</c>, <c>ChristenUnie-politica</c>) is the role, not the name; a demonym
/// adjective after <c>De</c> (<c>De Zwolse</c>, <c>De Deense</c>) refers back and is no surname; a surname written with its
/// particles in lower case (<c>aldus de Wit</c>, <c>said van der Meer</c>) is the person named in full before, not a role;
/// a surname that merely ends like a role (<c>Hoekman</c>) after <c>volgens</c>/<c>according to</c> stays the person.
/// Paragraphs are separated by '|'.
/// </summary>
public class TitlesDemonymsAndParticleSurnameTests
{
    [Theory]
    [InlineData("“The plan stays as it is,” Council Member Dora Whitfield said on Monday.", "Dora Whitfield")]
    [InlineData("“We expect the road to open in May,” said Project Engineer Caleb Stroud.", "Caleb Stroud")]
    [InlineData("In a note to members, Speaker Rhonda Blevins said the vote was “a formality.”", "Rhonda Blevins")]
    public void English_title_words_in_front_of_a_name_are_not_part_of_it(string article, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Attribute(article, Language.English)).Speaker);
    }

    [Theory]
    [InlineData("„Ik ben moe maar tevreden”, zegt ChristenUnie-politica Hester Blom na de uitslag.", "Hester Blom")]
    [InlineData("Onderneemster Greetje Hulshof is boos. „Niemand heeft ons iets gevraagd”, zegt ze.", "Greetje Hulshof")]
    [InlineData("„Dit was een goede avond”, zegt NOS-analist Bram Kuiper.", "Bram Kuiper")]
    public void Dutch_title_words_in_front_of_a_name_are_not_part_of_it(string article, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Attribute(article, Language.Dutch)).Speaker);
    }

    [Fact]
    public void Dutch_demonym_adjective_after_De_refers_back_and_is_no_surname()
    {
        var quotes = Attribute(
            "„Het was een zware dag”, zegt D66-politica Hester Blom. | De Zwolse stond op plek twaalf. „Ik hoop op voorkeurstemmen”, vertelt ze.",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Hester Blom", 2);
    }

    [Fact]
    public void Dutch_nationality_adjective_before_a_noun_is_no_speaker()
    {
        var quotes = Attribute(
            "Bram Kuiper zag het vanaf de zijlijn. De Deense kopman was veruit de beste. „De ronde lijkt beslist”, zegt hij.",
            Language.Dutch);

        Assert.NotEqual("Deense", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_demonym_after_the_refers_back_and_is_no_surname()
    {
        var quotes = Attribute(
            "“It was a long day,” said state Rep. Hester Bloom. | The Texan finished twelfth. “I hope the count goes my way,” she said.",
            Language.English);

        AssertAllSpokenBy(quotes, "Hester Bloom", 2);
    }

    [Fact]
    public void Dutch_surname_with_lower_case_particle_after_the_cue_is_the_person_named_before()
    {
        var quotes = Attribute(
            "Dat zegt voorzitter Joost de Wit van de vereniging. „Dit is een ernstige zaak”, aldus de Wit. | „De leden zijn boos”, legt de Wit uit.",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Joost de Wit", 2);
    }

    [Fact]
    public void English_surname_with_lower_case_particles_after_the_cue_is_the_person_named_before()
    {
        var quotes = Attribute(
            "The club is chaired by Pieter van der Meer. “This is a serious matter,” said van der Meer.",
            Language.English);

        Assert.Equal("Pieter van der Meer", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_lower_case_particle_surname_of_no_one_named_is_not_the_person_named_before()
    {
        var quotes = Attribute("Joost de Wit kijkt toe. „Wij moeten wachten”, zegt de Vries.", Language.Dutch);

        Assert.NotEqual("Joost de Wit", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_surname_ending_like_a_role_after_volgens_hands_the_next_quote_to_that_person()
    {
        var quotes = Attribute(
            "Trainer Sjaak Hoekman van de club geeft toe dat hij veel jonge spelers heeft opgeroepen. | Daarbij helpt het volgens Hoekman dat zij al "
            + "in de eredivisie spelen. | „Voor een trainer is dat heel prettig.”",
            Language.Dutch);

        Assert.Equal("Sjaak Hoekman", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_surname_ending_like_a_role_after_according_to_hands_the_next_quote_to_that_person()
    {
        var quotes = Attribute(
            "Coach Sam Hoffman admits he called up many young players. | That, according to Hoffman, is down to their league form. | "
            + "“For a coach that is a good thing.”",
            Language.English);

        Assert.Equal("Sam Hoffman", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("„Ga toch zitten”, zei de Groningse vishandelaar Kees Sleurink.", "Kees Sleurink")]
    [InlineData("„Ga toch zitten”, zei de oude vishandelaar Kees Sleurink.", "Kees Sleurink")]
    [InlineData("„Wat een avond”, zegt de Deense kopman Jonas Vinkgaard.", "Jonas Vinkgaard")]
    public void Dutch_description_with_its_article_before_a_full_name_after_the_cue_is_that_person(string article, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Attribute(article, Language.Dutch)).Speaker);
    }

    [Fact]
    public void Dutch_title_noun_before_a_capitalised_title_is_no_person()
    {
        var quotes = Attribute("„Kijk maar eens goed”, zegt de maker van de film Jurassic Wereld.", Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_description_with_its_article_before_a_full_name_after_the_cue_is_that_person()
    {
        var quotes = Attribute("“We will build it,” said the billionaire Ellis Marsh.", Language.English);

        Assert.Equal("Ellis Marsh", Assert.Single(quotes).Speaker);
    }
}
