using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Weekdays with a day number, ordinals, modifiers with "of/van" and the year of a month named alone.</summary>
public class WeekdayDateTests
{
    [Theory]
    // The weekday tells the year: 11 February is a Wednesday in 2026, not in 2025.
    [InlineData("2026-01-16", "De club heeft gemeld dat het duel wordt ingehaald op woensdag 11 februari.", "woensdag 11 februari", "2026-02-11")]
    [InlineData("2026-01-16", "Het duel werd gespeeld op dinsdag 11 februari.", "dinsdag 11 februari", "2025-02-11")]
    [InlineData("2022-02-16", "Donderdagmiddag 24 maart opent de burgemeester de brug.", "Donderdagmiddag 24 maart", "2022-03-24TAF")]
    [InlineData("2022-02-16", "Zondagnamiddag 6 maart is er een optocht.", "Zondagnamiddag 6 maart", "2022-03-06TAF")]
    [InlineData("2022-02-16", "Op zaterdag de negentiende maart is er een markt.", "zaterdag de negentiende maart", "2022-03-19")]
    [InlineData("2022-02-16", "Wat andere media deze ochtend melden, lees je hier.", "deze ochtend", "2022-02-16TMO")]
    [InlineData("2022-02", "Wat andere media deze ochtend melden, lees je hier.", "deze ochtend", "2022-02-XXTMO")]
    [InlineData("2022-02-16", "De huizen zijn in het begin van de twintigste eeuw gebouwd.", "het begin van de twintigste eeuw", "19")]
    [InlineData("2022-02-16", "Hij kreeg een voorwaardelijke celstraf van een maand.", "een maand", "P1M")]
    [InlineData("2019-01-10", "Een man is veroordeeld voor rellen op 30 november.", "30 november", "2018-11-30")]
    public void Dutch(string articleDate, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, articleDate, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("2026-01-16", "The league said the game will be replayed on Wednesday, Feb. 11.", "Wednesday, Feb. 11", "2026-02-11")]
    [InlineData("2022-02-16", "The plant closes at the end of March.", "the end of March", "2022-03")]
    [InlineData("2022-02-16", "The shares have recovered since the end of March.", "since the end of March", "P11M")]
    [InlineData("2022-02-16", "The vote is on Friday the 18th.", "Friday the 18th", "2022-02-18")]
    [InlineData("2022-03", "The vote is on Friday the 18th.", "Friday the 18th", "2022-03-18")]
    [InlineData("2022-02-16", "Results came out last evening.", "last evening", "2022-02-15TEV")]
    [InlineData("2020-05-20", "The summit could be held in June at Camp David, Trump said.", "June", "2020-06")]
    [InlineData("2020-10-05", "The show runs through Jan. 3.", "Jan. 3", "2021-01-03")]
    [InlineData("2022-02-16", "The 19th century saw rapid growth, and the twentieth century even more.", "the twentieth century", "19")]
    public void English(string articleDate, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, articleDate, "en"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Aan het eind van de vergadering werd gestemd.", "nl")]
    [InlineData("At the end of the meeting, members voted.", "en")]
    [InlineData("It was a good start for the team.", "en")]
    public void Not_a_date(string sentence, string language)
        => Assert.Empty(Find(sentence, "2022-02-16", language));
}
