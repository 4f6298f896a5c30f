using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2, 3 and 5, in our own words (patterns seen on real news in the eighth session): where someone lives,
/// a ground, a club, a shop and an album are no people; a given name is no role or demonym (<c>Norman</c>, <c>Marian</c>); a
/// place and a plain noun before a role describe the name after it; one office goes by several role words (<c>de
/// oefenmeester</c> after <c>trainer X</c>); a named apposition after an indefinite role is the subject; a quote that opens
/// the article belongs to the person named with an age right after it. Paragraphs are separated by '|'.
/// </summary>
public class PlacesClubsAndOfficesTests
{
    [Fact]
    public void English_place_after_a_name_comma_and_of_is_where_someone_lives()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Derek Hollis, of Victoria Close, said the plan came too fast.\n\n\"We were never asked,\" he said.\n").Article!;

        Assert.Equal(new[] { "Derek Hollis" }, article.People.Select(p => p.Name));
        Assert.Equal("Derek Hollis", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void English_given_name_ending_like_a_role_is_part_of_the_name()
    {
        var quotes = Attribute(
            "Westbury parish councillor Norman Pike spoke for the residents. | He said: \"Nobody read our letters.\"",
            Language.English);

        Assert.Equal("Norman Pike", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_place_and_plain_noun_before_a_role_describe_the_name_after_it()
    {
        var quotes = Attribute(
            "Amber Vale district councillor Marian Stokes tried to calm the room. | She said: \"The latecomer had warned us.\"",
            Language.English);

        Assert.Equal("Marian Stokes", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_named_apposition_after_an_indefinite_role_is_the_subject()
    {
        var quotes = Attribute(
            "A clinic spokeswoman, Dana Whitlock, told the Daily Courier that four patients were ill. | \"The tests confirm the strain,\" she said.",
            Language.English);

        Assert.Equal("Dana Whitlock", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_named_apposition_after_an_indefinite_role_is_the_subject()
    {
        var quotes = Attribute(
            "Een woordvoerster, Dana Wittebol, zei dat vier patiënten ziek zijn. | \"De tests bevestigen de bacterie\", zei ze.",
            Language.Dutch);

        Assert.Equal("Dana Wittebol", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_oefenmeester_is_the_trainer_named_before()
    {
        var quotes = Attribute(
            "De ploeg van trainer Ruud Hofstee kwam na de rust terug. De oefenmeester was tevreden. | \"Nu ben ik ineens weer een goede trainer\", grijnsde hij.",
            Language.Dutch);

        Assert.Equal("Ruud Hofstee", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_manager_is_the_coach_named_before()
    {
        var quotes = Attribute(
            "The side of coach Ruud Hofstee came back after the break. The manager was pleased. | \"Suddenly I am a great coach again,\" he grinned.",
            Language.English);

        Assert.Equal("Ruud Hofstee", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_club_named_after_voor_inside_a_quote_is_no_person()
    {
        var quotes = Attribute(
            "Kranenburg speelde slecht voor de rust. | \"Dit is heel goed voor Kranenburg\", zei hij.",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_ground_and_club_with_a_capitalised_particle_after_a_preposition_are_no_people()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 De ploeg van trainer Joop Alders won bij het bezoek aan De Kuil van FC Den Helder.\n\n\"Ik heb genoten\", lachte Alders.\n").Article!;

        Assert.Equal(new[] { "Joop Alders" }, article.People.Select(p => p.Name));
    }

    [Fact]
    public void Dutch_album_title_after_album_is_no_person()
    {
        var quotes = Attribute(
            "Sanne Verbeek brengt haar album Onderweg uit. | Volgens Sanne staat Onderweg voor een nieuw begin. \"Het klinkt zweverig\", zegt ze.",
            Language.Dutch);

        Assert.Equal("Sanne Verbeek", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_shop_name_after_winkel_is_no_person()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Ria Koster sluit haar zaak.\n\nDe eigenares van cadeauwinkel Tijdloos Wonen spreekt iedereen. \"Niemand laat het achterste van zijn tong zien.\"\n").Article!;

        Assert.Equal(new[] { "Ria Koster" }, article.People.Select(p => p.Name));
    }

    [Fact]
    public void Dutch_opening_quote_belongs_to_the_person_named_with_an_age_after_it()
    {
        var quotes = SeedQuotes(
            " date 2024-03 ,,Iedereen vindt mijn winkel leuk, maar niemand koopt iets.” Ria Koster (54) is teleurgesteld. Ze sluit haar zaak.\n");

        Assert.Equal("Ria Koster", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_opening_quote_belongs_to_the_person_named_with_an_age_after_it()
    {
        var quotes = SeedQuotes(
            " date 2024-03 “Everyone loves my shop, but nobody buys anything.” Ria Foster (54) is disappointed. She is closing it.\n");

        Assert.Equal("Ria Foster", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_family_word_before_a_name_is_no_part_of_it()
    {
        var quotes = Attribute("Sean Vale was her first grandchild. \"I miss him very much,\" Grandmother Connie Dale said.", Language.English);

        Assert.Equal("Connie Dale", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_wielrenster_before_a_name_is_no_part_of_it()
    {
        var quotes = SeedQuotes(
            " date 2024-07 Wielrenster Van Dijkhuis dacht dat ze had gewonnen\n\nFUJI (ANP) - Wielrenster Anouk van Dijkhuis dacht dat ze goud "
            + "had. De Nederlandse wist niet beter.\n\n\"Ik zag niemand meer voor me\", zei Van Dijkhuis.\n");

        Assert.Equal("Anouk van Dijkhuis", Assert.Single(quotes).Speaker);
    }
}
