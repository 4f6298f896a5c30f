using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Dates counted from another date in the sentence, or from the story's last stated date (article dated Wednesday 2022-02-16 unless given).</summary>
public class AnchoredTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("De actie duurt tot 4 dagen vanaf woensdag 2 maart.", "4 dagen vanaf woensdag 2 maart", "2022-03-06")]
    [InlineData("Twee weken na 3 maart volgt de uitslag.", "Twee weken na 3 maart", "2022-03-17")]
    [InlineData("Het besluit valt twee weken vanaf overmorgen.", "twee weken vanaf overmorgen", "2022-03-04")]
    [InlineData("De markt is open op de dag na Hemelvaartsdag.", "de dag na Hemelvaartsdag", "2022-05-27")]
    [InlineData("De spits is op de donderdag voor Pasen het zwaarst.", "de donderdag voor Pasen", "2022-04-14")]
    [InlineData("Het duel werd vorige week vrijdag afgelast.", "vorige week vrijdag", "2022-02-11")]
    [InlineData("We spreken elkaar volgende week donderdag.", "volgende week donderdag", "2022-02-24")]
    [InlineData("Het gebeurde op vrijdag van vorige week.", "vrijdag van vorige week", "2022-02-11")]
    [InlineData("Op zondag 6 maart is de eerste wedstrijd. Vier dagen later volgt de tweede.", "Vier dagen later", "2022-03-10")]
    [InlineData("De brand brak uit op 3 januari. De dag erna werd de schade opgenomen.", "De dag erna", "2022-01-04")]
    [InlineData("Het akkoord werd op 12 januari gesloten. De volgende dag trad het in werking.", "De volgende dag", "2022-01-13")]
    [InlineData("De stoet vertrekt op 5 maart. Die avond is er een feest.", "Die avond", "2022-03-05TEV")]
    [InlineData("In 2019 werd het museum gesloten. Dat jaar kwamen er nog 3000 bezoekers.", "Dat jaar", "2019")]
    [InlineData("Hij stal op 9 juni vorig jaar een auto. Drie dagen later werd hij gepakt.", "9 juni vorig jaar", "2021-06-09")]
    [InlineData("Hij stal op 9 juni vorig jaar een auto. Drie dagen later werd hij gepakt.", "Drie dagen later", "2021-06-12")]
    public void Dutch(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("The permit expires 3 weeks from March 2.", "3 weeks from March 2", "2022-03-23")]
    [InlineData("The sale ends 10 days before Christmas.", "10 days before Christmas", "2022-12-15")]
    [InlineData("The vote is three days after tomorrow.", "three days after tomorrow", "2022-02-20")]
    [InlineData("The hearing opened on May 3, 2021. The following day, the judge recused herself.", "The following day", "2021-05-04")]
    [InlineData("The crash happened on Oct. 2, 2020. That night, rescuers searched the river.", "That night", "2020-10-02TNI")]
    [InlineData("Deaths rose in the first six months of 2016, compared with the same period the year before.", "the year before", "2015")]
    [InlineData("Earnings fell compared with the same period in the year prior.", "the year prior", "2021")]
    [InlineData("The museum reopened in 2018. That same year, visits doubled.", "That same year", "2018")]
    [InlineData("Profits fell to 12 cents a share from 20 cents a year earlier.", "a year earlier", "2021")]
    public void English(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "en"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("2022-02", "Het duel werd vorige week vrijdag afgelast.", "vorige week vrijdag", "2022-02-WXX-5")]
    [InlineData("2022", "Het duel werd vorige week vrijdag afgelast.", "vorige week vrijdag", "2022-WXX-5")]
    public void Never_invents_a_day(string articleDate, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, articleDate, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("Vier dagen later was alles weer normaal.", "nl", "P4D")]
    [InlineData("Twee weken voor de verkiezingen zakte de partij.", "nl", "P2W")]
    [InlineData("Three days later, the bridge reopened.", "en", "P3D")]
    public void Without_a_date_to_count_from_a_count_stays_a_duration(string sentence, string language, string value)
        => Assert.Contains(Find(sentence, ArticleDay, language), f => f.Value == value);

    [Theory]
    [InlineData("Hij zei dat jaar na jaar de prijzen stegen.", "nl")]
    [InlineData("The day after the election was quiet.", "en")]
    public void No_story_date_no_value(string sentence, string language)
        => Assert.Empty(Find(sentence, ArticleDay, language));

    [Fact]
    public void Following_without_the_is_no_shift()
        => Assert.Contains(Find("Crews worked through the night, following Friday's storm.", ArticleDay, "en"), f => f.Span == "Friday" && f.Value == "2022-02-11");
}
