using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Counts in words, fractions, decimals and compound durations.</summary>
public class NumberWordTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("De verdachte zat achtenveertig uur vast.", "achtenveertig uur", "PT48H")]
    [InlineData("De renovatie duurt tweeëntwintig maanden.", "tweeëntwintig maanden", "P22M")]
    [InlineData("Hij kreeg anderhalf jaar cel.", "anderhalf jaar", "P18M")]
    [InlineData("De storing duurde anderhalf uur.", "anderhalf uur", "PT90M")]
    [InlineData("Na een half uur was de brand geblust.", "een half uur", "PT30M")]
    [InlineData("Het proces duurt tweeënhalve week.", "tweeënhalve week", "P2.5W")]
    [InlineData("De werkzaamheden nemen 1,5 maand in beslag.", "1,5 maand", "P1.5M")]
    [InlineData("Na een kwartier stond het 1-0.", "een kwartier", "PT15M")]
    [InlineData("Hij werd vijf kwartier vastgehouden.", "vijf kwartier", "PT75M")]
    [InlineData("Na een uur en een kwartier was het voorbij.", "een uur en een kwartier", "PT1H15M")]
    [InlineData("De reis duurde twee jaar en drie maanden.", "twee jaar en drie maanden", "P2Y3M")]
    [InlineData("Veel mensen gaan er een paar dagen tussenuit.", "een paar dagen", "PXD")]
    public void Dutch(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Negotiators talked for thirty-six hours.", "for thirty-six hours", "PT36H")]
    [InlineData("The session lasted two and a half hours.", "two and a half hours", "PT150M")]
    [InlineData("Drivers face a week and a half of delays.", "a week and a half", "P1.5W")]
    [InlineData("The suspect was held for half an hour.", "half an hour", "PT30M")]
    [InlineData("A suspect was arrested 53 hours and 20 minutes after the alarm.", "53 hours and 20 minutes", "PT53H20M")]
    [InlineData("Ninety minutes is not a long time.", "Ninety minutes", "PT90M")]
    [InlineData("The alarm gives residents 90 seconds to reach a shelter.", "90 seconds", "PT90S")]
    [InlineData("The repairs took 2.5 hours.", "2.5 hours", "PT150M")]
    [InlineData("Leaders meet for a two-day summit in Rome.", "two-day", "P2D")]
    [InlineData("The 5-year plan was approved.", "5-year", "P5Y")]
    public void English(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "en"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("De halve finale werd een feest.", "nl")]
    [InlineData("Het kost 1,5 miljoen euro.", "nl")]
    [InlineData("Hij won met 6-3 en 6-1.", "nl")]
    [InlineData("Three quarters of the members agreed.", "en")]
    [InlineData("Half the town turned out to watch.", "en")]
    public void Not_a_duration(string sentence, string language)
        => Assert.Empty(Find(sentence, ArticleDay, language));
}
