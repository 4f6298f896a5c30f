using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2, 3 and 5, in our own words: the name after <c>tells</c> is the audience; a reporting clause set off
/// by commas is its own subject's; an owner before a role and name (<c>Northwind Airways’ CEO</c>, <c>Velox’ trainer</c>) is
/// no speaker; a capitalised title after the article (<c>the Prime Minister said</c>) is the person who holds it; a party
/// noun is a role and a month opening the sentence is no part of it; a demonym before a name describes that name.
/// Paragraphs are separated by '|'.
/// </summary>
public class AudienceGenitiveAndTitleTests
{
    [Fact]
    public void English_name_after_tells_is_the_audience()
    {
        var quotes = Attribute("Alice Brook made a new album. | “Oh, very much so,” the veteran rocker tells Soundwave by phone from her home.", Language.English);

        // "the veteran rocker" is no role the lists know, so the quote may stay unattributed; the audience never speaks it.
        Assert.NotEqual("Soundwave", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_reporting_clause_between_commas_names_the_speaker()
    {
        var quotes = Attribute(
            "The trader Ben Fry is on trial. Prosecutor Tim Rook spoke on Wednesday. | Fry lied to his investors, Rook said, and "
            + "\"took their money. There is no doubt about it.\"",
            Language.English);

        Assert.Equal("Tim Rook", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_reporting_clause_between_commas_names_the_speaker()
    {
        var quotes = Attribute(
            "Handelaar Ben Fry staat terecht. Officier van justitie Tim Rook sprak woensdag. | Fry loog tegen zijn beleggers, zei Rook, en "
            + "„pakte hun geld. Daar is geen twijfel over.”",
            Language.Dutch);

        Assert.Equal("Tim Rook", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_owner_ending_in_s_before_a_role_and_name_is_no_speaker()
    {
        var result = QuoteExtractor.Extract(new[] { "\"We dug ourselves a hole,\" Northwind Airways’ CEO Dana Okafor said on Wednesday." }, Language.English);

        Assert.Equal("Dana Okafor", Assert.Single(result.Quotes).Speaker);
    }

    [Fact]
    public void Dutch_owner_ending_in_x_after_the_cue_is_no_speaker()
    {
        var quotes = Attribute("„We speelden goed”, zei Velox’ trainer Erik Veldkamp na afloop.", Language.Dutch);

        Assert.Equal("Erik Veldkamp", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_capitalised_title_after_the_article_is_the_person_who_holds_it()
    {
        var quotes = Attribute(
            "Prime Minister Ravi Perera said he would stay on. | \"For now, the government can continue,\" the Prime Minister said.",
            Language.English);

        Assert.Equal("Ravi Perera", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_party_noun_is_a_role_and_a_month_before_it_is_no_part_of_the_role()
    {
        var result = QuoteExtractor.Extract(
            new[] { "In November Democrat Tara Evans beat the governor.", "\"This will be his legacy,\" Evans said." },
            Language.English);

        Assert.Equal("Tara Evans", Assert.Single(result.Quotes).Speaker);
        var person = Assert.Single(result.People);
        Assert.Equal(("Tara Evans", "democrat"), (person.Name, person.Role));
    }

    [Fact]
    public void Dutch_demonym_before_a_name_describes_that_name()
    {
        var quotes = Attribute("Piet Bos won de proloog. „Het was zwaar”, zei de Deense Anna Jensen na de finish.", Language.Dutch);

        Assert.Equal("Anna Jensen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_demonym_and_name_after_a_preposition_are_no_subject()
    {
        var result = QuoteExtractor.Extract(
            new[] { "Acteur Theo Plantinga speelt vanavond een geheim stuk. Het is geschreven door de Iraanse Nasrin Farahani. \"Ik weet niet eens hoe lang het duurt.\"" },
            Language.Dutch);

        Assert.NotEqual("Nasrin Farahani", Assert.Single(result.Quotes).Speaker);
    }

    [Fact]
    public void Dutch_demonym_adjective_after_capitalised_de_is_no_surname()
    {
        var result = QuoteExtractor.Extract(
            new[] { "„Dat wordt lastig”, aldus Marco Poels. De Europese premiers zijn er nog niet uit." },
            Language.Dutch);

        Assert.Equal(new[] { "Marco Poels" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void English_premier_refers_back_to_the_prime_minister()
    {
        var quotes = Attribute(
            "Prime Minister Ravi Perera said he would stay on. | \"I accept the result,\" the Premier said on a humble note.", Language.English);

        Assert.Equal("Ravi Perera", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_premier_refers_back_to_the_minister_president()
    {
        var quotes = Attribute("Minister-president Ruud Daalmeijer blijft aan. | \"Ik accepteer de uitslag\", zei de premier.", Language.Dutch);

        Assert.Equal("Ruud Daalmeijer", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_another_before_a_name_is_no_part_of_it()
    {
        var result = QuoteExtractor.Extract(new[] { "Another Vermeer, \"Girl Reading at a Window\" fetched $60 million at the sale." }, Language.English);

        Assert.Null(Assert.Single(result.Quotes).Speaker);
        Assert.Empty(result.People);
    }
}
