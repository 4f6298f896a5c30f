using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>PAST_REF / PRESENT_REF / FUTURE_REF (article dated 2022-02-16).</summary>
public class VagueReferenceTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("Het kabinet heeft eerder gezegd welwillend te staan.", "eerder", "PAST_REF", 0, 20220216)]
    [InlineData("Eerder op de dag sprak Rutte met Shmyhal.", "Eerder op de dag", "PAST_REF", 0, 20220216)]
    [InlineData("Onlangs werd bekend dat hij vertrekt.", "Onlangs", "PAST_REF", 0, 20220216)]
    [InlineData("Destijds was dat heel gewoon.", "Destijds", "PAST_REF", 0, 20220216)]
    [InlineData("Vroeger woonde hij in Kiev.", "Vroeger", "PAST_REF", 0, 20220216)]
    [InlineData("In het verleden ging dat vaak mis.", "In het verleden", "PAST_REF", 0, 20220216)]
    [InlineData("Dat is kort geleden besloten.", "kort geleden", "PAST_REF", 0, 20220216)]
    [InlineData("De regering is nu aan het uitzoeken of het wil.", "nu", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Er wordt momenteel onderzocht wat kan.", "momenteel", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Op dit moment is de situatie stabiel.", "Op dit moment", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Vandaag de dag werkt niemand meer zo.", "Vandaag de dag", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Inmiddels zijn er tien doden gevallen.", "Inmiddels", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Binnenkort volgt een besluit.", "Binnenkort", "FUTURE_REF", 20220216, 0)]
    [InlineData("In de toekomst moet dat beter.", "In de toekomst", "FUTURE_REF", 20220216, 0)]
    public void Dutch(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "nl", span, "Date", value, earliest, latest);

    [Theory]
    [InlineData("The minister recently announced new rules.", "recently", "PAST_REF", 0, 20220216)]
    [InlineData("As he said earlier, nothing has changed.", "earlier", "PAST_REF", 0, 20220216)]
    [InlineData("Earlier in the day, Rutte met Shmyhal.", "Earlier in the day", "PAST_REF", 0, 20220216)]
    [InlineData("Such calls were common in the past.", "in the past", "PAST_REF", 0, 20220216)]
    [InlineData("At the time, nobody objected.", "At the time", "PAST_REF", 0, 20220216)]
    [InlineData("The government is now studying the offer.", "now", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("Officials are currently reviewing the plan.", "currently", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("These days, few people write letters.", "These days", "PRESENT_REF", 20220216, 20220216)]
    [InlineData("A decision is expected soon.", "soon", "FUTURE_REF", 20220216, 0)]
    [InlineData("In the future, drones will deliver mail.", "In the future", "FUTURE_REF", 20220216, 0)]
    public void English(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "en", span, "Date", value, earliest, latest);

    [Theory]
    [InlineData("nl", "Eerder deze maand trad hij af.", "Eerder deze maand", "2022-02", 20220201, 20220228)]
    [InlineData("en", "Earlier this month, he resigned.", "Earlier this month", "2022-02", 20220201, 20220228)]
    public void Earlier_before_a_date_is_that_date(string language, string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, language, span, "Date", value, earliest, latest);
}
