using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 5, in our own words: an organisation the article names in full with its initials in brackets (<c>de
/// Lokale Partij Zandvoort (LPZ)</c>, <c>the Regional Water Authority (RWA)</c>) speaks under that full name when the article
/// later gives its words to the initials, also after <c>volgens</c>; initials that spell a role word (<c>OPA</c>, <c>opa</c>)
/// are still initials; a person's nickname in capitals after <c>aldus</c> is no organisation. Paragraphs are separated by '|'.
/// </summary>
public class OrganisationInitialsTests
{
    [Fact]
    public void Dutch_initials_speak_under_the_full_name_given_before()
    {
        var quotes = Attribute(
            "De Lokale Partij Zandvoort (LPZ) stelde vragen. LPZ geeft aan 'de wet anders te lezen dan het college'. "
            + "Volgens LPZ kan het 'zo niet langer doorgaan met de parkeerplaatsen'.",
            Language.Dutch);

        Assert.Equal(new[] { "Lokale Partij Zandvoort", "Lokale Partij Zandvoort" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_initials_that_spell_a_role_word_are_initials()
    {
        var quotes = Attribute(
            "De Oude Partij Amstelveen (OPA) stelde vragen. OPA zegt 'de wet anders te lezen dan het college'.",
            Language.Dutch);

        Assert.Equal("Oude Partij Amstelveen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_initials_speak_under_the_full_name_given_before()
    {
        var quotes = Attribute(
            "The Regional Water Authority (RWA) closed the reservoir. | \"The water is safe to drink again,\" the RWA said on Friday.",
            Language.English);

        Assert.Equal("Regional Water Authority", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_nickname_in_capitals_after_aldus_is_no_organisation()
    {
        var quotes = Attribute(
            "Coach Hein Vanderbroek was kritisch. “Dit was niks”, zei hij. | “Het was geen topper”, aldus HVB voor de camera's. “Wij waren niet goed.”",
            Language.Dutch);

        Assert.DoesNotContain("HVB", quotes.Select(q => q.Speaker));
        Assert.Equal("Hein Vanderbroek", quotes[2].Speaker);
    }
}
