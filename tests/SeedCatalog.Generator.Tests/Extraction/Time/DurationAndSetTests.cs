using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Durations, spans anchored at the article date (2022-02-16) and sets.</summary>
public class DurationAndSetTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("De handel is in de afgelopen vijf jaar verdubbeld.", "in de afgelopen vijf jaar", "Duration", "P5Y", 20170216, 20220216)]
    [InlineData("De prijzen stegen de afgelopen jaren fors.", "de afgelopen jaren", "Duration", "PXY", 0, 20220216)]
    [InlineData("In de komende weken valt een besluit.", "In de komende weken", "Duration", "PXW", 20220216, 0)]
    [InlineData("De laatste twee maanden was het rustig.", "De laatste twee maanden", "Duration", "P2M", 20211216, 20220216)]
    [InlineData("Hij zat drie jaar in de gevangenis.", "drie jaar", "Duration", "P3Y", 0, 0)]
    [InlineData("Het onderzoek duurde twee maanden lang.", "twee maanden lang", "Duration", "P2M", 0, 0)]
    [InlineData("Hij woont al tien jaar in Kiev.", "tien jaar", "Duration", "P10Y", 0, 0)]
    [InlineData("De vergadering duurde 24 uur.", "24 uur", "Duration", "PT24H", 0, 0)]
    [InlineData("Sinds 2014 is de relatie gespannen.", "Sinds 2014", "Duration", "P8Y", 20140101, 20220216)]
    [InlineData("Sinds maart werkt hij hier.", "Sinds maart", "Duration", "P11M", 20210301, 20220216)]
    [InlineData("De krant verschijnt dagelijks.", "dagelijks", "Set", "P1D", 0, 0)]
    [InlineData("Het comité komt elke week bijeen.", "elke week", "Set", "P1W", 0, 0)]
    [InlineData("De markt is er iedere maandag.", "iedere maandag", "Set", "XXXX-WXX-1", 0, 0)]
    [InlineData("Hij wandelt elke morgen langs het water.", "elke morgen", "Set", "TMO", 0, 0)]
    [InlineData("De club betaalt 500 euro per jaar.", "per jaar", "Set", "P1Y", 0, 0)]
    public void Dutch(string sentence, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "nl", span, kind, value, earliest, latest);

    [Theory]
    [InlineData("He was detained for three weeks.", "for three weeks", "Duration", "P3W", 0, 0)]
    [InlineData("Trade doubled over the past five years.", "over the past five years", "Duration", "P5Y", 20170216, 20220216)]
    [InlineData("A decision is expected in the coming months.", "in the coming months", "Duration", "PXM", 20220216, 0)]
    [InlineData("Prices have risen over the past year.", "over the past year", "Duration", "P1Y", 20210216, 20220216)]
    [InlineData("Relations have been tense since 2014.", "since 2014", "Duration", "P8Y", 20140101, 20220216)]
    [InlineData("Inflation has climbed in recent years.", "in recent years", "Duration", "PXY", 0, 20220216)]
    [InlineData("The meeting lasted 24 hours.", "24 hours", "Duration", "PT24H", 0, 0)]
    [InlineData("The trial could last several months.", "several months", "Duration", "PXM", 0, 0)]
    [InlineData("The market opens every Monday.", "every Monday", "Set", "XXXX-WXX-1", 0, 0)]
    [InlineData("The magazine appears weekly.", "weekly", "Set", "P1W", 0, 0)]
    [InlineData("Elections are held every four years.", "every four years", "Set", "P4Y", 0, 0)]
    public void English(string sentence, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "en", span, kind, value, earliest, latest);
}
