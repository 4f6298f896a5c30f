using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2 (names as news writes them), in our own words: a portfolio after a lower-case role (<c>minister van
/// Cultuur Ilse Vermaut</c>); a double surname whose second part starts with a capitalised particle (<c>Rossi-Van der Meulen</c>);
/// a compound whose last part is a common noun (<c>De Kiwi-filialen</c>) or a role (<c>de Groen Links-voorzitter</c>) is no name;
/// a capitalised preposition opening a sentence is no part of a name (<c>Boven het Friese dorp</c>); a name after the relative
/// <c>die</c> is a person. Paragraphs are separated by '|'.
/// </summary>
public class PortfolioAndCompoundNameTests
{
    [Fact]
    public void Dutch_portfolio_after_a_lower_case_role_is_no_part_of_the_name()
    {
        var quotes = Attribute("„We gaan de musea openhouden.” Dat zei Vlaams minister van Cultuur Ilse Vermaut (CD&V) zondag op de radio.", Language.Dutch);

        Assert.Equal("Ilse Vermaut", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_portfolio_after_a_lower_case_role_is_no_part_of_the_name()
    {
        var quotes = Attribute("“We will keep the museums open,” said state secretary of Culture Ilse Vermaut on Sunday.", Language.English);

        Assert.Equal("Ilse Vermaut", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_portfolio_role_is_the_persons_role()
    {
        var result = QuoteExtractor.Extract(new[] { "„Er komt geen nieuwe bezuiniging”, zei minister van Financiën Ruud Daalmeijer." }, Language.Dutch);

        var person = Assert.Single(result.People);
        Assert.Equal(("Ruud Daalmeijer", "minister"), (person.Name, person.Role));
    }

    [Fact]
    public void Dutch_double_surname_with_a_capitalised_particle_after_the_hyphen_is_one_name()
    {
        var quotes = Attribute(
            "Directeur Carla Rossi-Van der Meulen meldt dat tien winkels dichtgaan. ,,Die locaties trekken te weinig klanten’’, zegt ze. | "
            + ",,Vanaf maandag werken we met nieuwe contracten’’, zegt Rossi-Van der Meulen.",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Carla Rossi-Van der Meulen", 2);
    }

    [Fact]
    public void English_double_surname_with_a_capitalised_particle_after_the_hyphen_is_one_name()
    {
        var quotes = Attribute(
            "Director Carla Rossi-Van der Meulen said ten shops will close. “Those sites draw too few customers,” she said. | "
            + "“From Monday we work with new contracts,” said Rossi-Van der Meulen.",
            Language.English);

        AssertAllSpokenBy(quotes, "Carla Rossi-Van der Meulen", 2);
    }

    [Fact]
    public void Dutch_compound_with_a_common_noun_after_the_hyphen_is_no_person()
    {
        var quotes = Attribute(
            "Directeur Carla Rossi zegt dat tien winkels dichtgaan. | De Kiwi-filialen worden het hardst getroffen. ,,Die liggen op plekken "
            + "waar weinig klanten komen.’’ De directeur sluit nieuwe sluitingen niet uit.",
            Language.Dutch);

        Assert.Equal("Carla Rossi", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_compound_with_a_common_noun_after_the_hyphen_is_no_person()
    {
        var quotes = Attribute(
            "Director Carla Rossi says ten shops will close. | The Kiwi-branches are hit hardest. “They are in places few shoppers visit.” "
            + "The director does not rule out more closures.",
            Language.English);

        Assert.Equal("Carla Rossi", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_role_compound_after_a_party_of_two_words_refers_back()
    {
        var quotes = Attribute(
            "“De kiezer wordt niet gehoord”, reageert voorzitter Joris Van Daele. | Volgens de Groen Links-voorzitter wordt "
            + "“een grote kans gemist”. “Wij hebben ons altijd open opgesteld.”",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Joris Van Daele", 3);
    }

    [Fact]
    public void Dutch_preposition_opening_the_sentence_is_no_part_of_a_name()
    {
        var result = QuoteExtractor.Extract(
            new[] { "Boven het Friese dorp waar hij opgroeide zag bioloog Sjoerd Hallema (41) vroeger kieviten. „Mijn vader telde ze elk voorjaar.”" },
            Language.Dutch);

        Assert.Equal("Sjoerd Hallema", Assert.Single(result.Quotes).Speaker);
        Assert.Equal(new[] { "Sjoerd Hallema" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void English_preposition_opening_the_sentence_is_no_part_of_a_name()
    {
        var result = QuoteExtractor.Extract(
            new[] { "Above the Frisian village where he grew up, biologist Sjoerd Hallema (41) used to count lapwings. “My father counted them every spring.”" },
            Language.English);

        Assert.Equal("Sjoerd Hallema", Assert.Single(result.Quotes).Speaker);
        Assert.Equal(new[] { "Sjoerd Hallema" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void Dutch_name_after_the_relative_die_is_a_person()
    {
        var result = QuoteExtractor.Extract(
            new[]
            {
                "Het is een zorg die Marieke Bof ook heeft. \"Ik ben bang dat we verdwijnen.\"",
                "Bof wil dat de wachtlijsten korter worden. \"Want die patiënten komen nu bij ons.\"",
            },
            Language.Dutch);

        // The first sentence's subject is "het"/"it", so its quote stays unattributed; the later surname is the person named there.
        Assert.Equal("Marieke Bof", result.Quotes[1].Speaker);
        Assert.Contains(result.People, person => person.Name == "Marieke Bof");
    }

    [Fact]
    public void English_name_after_the_relative_that_is_a_person()
    {
        var result = QuoteExtractor.Extract(
            new[]
            {
                "It is a worry that Marieke Bof shares. \"I am afraid we will disappear.\"",
                "Bof wants the waiting lists cut. \"Because those patients come to us now.\"",
            },
            Language.English);

        // The first sentence's subject is "het"/"it", so its quote stays unattributed; the later surname is the person named there.
        Assert.Equal("Marieke Bof", result.Quotes[1].Speaker);
        Assert.Contains(result.People, person => person.Name == "Marieke Bof");
    }

    [Fact]
    public void Dutch_adjective_of_a_place_before_a_noun_makes_no_person()
    {
        var result = QuoteExtractor.Extract(
            new[] { "Na de Olympische Spelen in Parijs gaat Sanne Wolters naar Brisbane. „Daar wil ik weer goud”, zegt ze." },
            Language.Dutch);

        Assert.Equal(new[] { "Sanne Wolters" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void English_demonym_before_a_full_name_describes_it()
    {
        var result = QuoteExtractor.Extract(new[] { "Belgian Sanne Wolters won the sprint. “I want gold again,” she said." }, Language.English);

        Assert.Equal("Sanne Wolters", Assert.Single(result.Quotes).Speaker);
        Assert.Equal(new[] { "Sanne Wolters" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void Dutch_surname_that_is_also_an_organisation_word_after_a_given_name_stays_a_surname()
    {
        var result = QuoteExtractor.Extract(
            new[] { "\"De cijfers dalen nauwelijks\", vertelt epidemioloog Susan van den Hof.", "Van den Hof benadrukt: \"Blijf thuis als je klachten hebt.\"" },
            Language.Dutch);

        Assert.Equal(new[] { "Susan van den Hof", "Susan van den Hof" }, result.Quotes.Select(q => q.Speaker));
        Assert.Equal(new[] { "Susan van den Hof" }, result.People.Select(person => person.Name));
    }

    [Fact]
    public void Dutch_two_given_names_and_a_de_surname_are_one_name_but_van_before_a_country_is_no_surname()
    {
        var quotes = Attribute(
            "Ook directeur Jan Rudolph de Lorm van museum Singer is blij. \"Het regent eindelijk.\" | "
            + "Bondscoach Ronald Koeman van het Nederlands elftal is minder blij. \"Vier debutanten is veel\", zei Koeman.",
            Language.Dutch);

        Assert.Equal(new[] { "Jan Rudolph de Lorm", "Ronald Koeman" }, quotes.Select(q => q.Speaker));
    }
}
