using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Words and numbers that look temporal but are not: nothing may be found.</summary>
public class FalseFriendTests
{
    [Theory]
    [InlineData("De Morgen meldde het nieuws als eerste.")]
    [InlineData("Die morgen was het koud en nat.")]
    [InlineData("De 1200 kilometer lange grens is kwetsbaar.")]
    [InlineData("Het werd 3 - 6 6 - 1 voor Nadal.")]
    [InlineData("Er demonstreerden 2000 mensen in Den Haag.")]
    [InlineData("Voor 2000 mensen was er geen plek.")]
    [InlineData("Nu.nl meldde dat als eerste.")]
    [InlineData("Het menu was uitstekend en de nunchaku ook.")]
    [InlineData("Hij is eerder positief dan negatief.")]
    [InlineData("Dat is eerder een kwestie van geld.")]
    [InlineData("Jan Peters zei dat het meeviel.")]
    [InlineData("Mei Li is de nieuwe directeur.")]
    [InlineData("Het kind is drie jaar oud.")]
    [InlineData("Hij betaalde 1750 euro voor de fiets.")]
    public void Dutch(string sentence)
        => Assert.Empty(Find(sentence, "2022-02-16", "nl"));

    [Theory]
    [InlineData("Prices may be higher than forecast.")]
    [InlineData("May said the talks were constructive.")]
    [InlineData("Protesters march through the city.")]
    [InlineData("March on, the leader told the crowd.")]
    [InlineData("April Ryan asked the first question.")]
    [InlineData("Her earlier novels were bestsellers.")]
    [InlineData("The match was decided earlier than expected.")]
    [InlineData("The bridge is 2000 meters long.")]
    [InlineData("A five-year-old boy was rescued.")]
    [InlineData("She is in her nineties.")]
    [InlineData("The score was 6-3, 6-1.")]
    [InlineData("He scored 1200 points for the club.")]
    [InlineData("The snow was a nuisance for the nurses.")]
    [InlineData("Nobody knows how the march will end.")]
    public void English(string sentence)
        => Assert.Empty(Find(sentence, "2022-02-16", "en"));

    [Fact]
    public void A_count_next_to_a_year_is_not_a_year()
    {
        var found = Find("The team won 2-1 in 2014.", "2022-02-16", "en");
        Assert.Equal("2014", Assert.Single(found).Span);
    }

    [Fact]
    public void Morning_inside_a_weekday_is_not_tomorrow()
    {
        var found = Find("Rutte sprak woensdagmorgen met Zelensky en reist morgen door.", "2022-02-16", "nl");
        Assert.Equal(new[] { "woensdagmorgen", "morgen" }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(found, f => f.Span)));
        Assert.Equal("2022-02-16TMO", found[0].Value);
        Assert.Equal("2022-02-17", found[1].Value);
    }
}
