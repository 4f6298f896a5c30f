using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Weekdays and parts of day, against day-, month- and year-precision article dates.</summary>
public class WeekdayTests
{
    [Theory]
    [InlineData("Rutte sprak woensdagmorgen met Zelensky.", "2022-02-16", "woensdagmorgen", "Time", "2022-02-16TMO", 20220216, 20220216)]
    [InlineData("Zaterdagavond was het onrustig in de stad.", "2022-02-16", "Zaterdagavond", "Time", "2022-02-12TEV", 20220212, 20220212)]
    [InlineData("Het kabinet besluit vrijdag over de maatregelen.", "2022-02-16", "vrijdag", "Date", "2022-02-18", 20220218, 20220218)]
    [InlineData("Op dinsdag werd de wet aangenomen.", "2022-02-16", "dinsdag", "Date", "2022-02-15", 20220215, 20220215)]
    [InlineData("De minister zal donderdag een besluit nemen.", "2022-02-16", "donderdag", "Date", "2022-02-17", 20220217, 20220217)]
    [InlineData("Afgelopen zaterdag demonstreerden duizenden mensen.", "2022-02-16", "Afgelopen zaterdag", "Date", "2022-02-12", 20220212, 20220212)]
    [InlineData("Komende vrijdag valt het besluit.", "2022-02-16", "Komende vrijdag", "Date", "2022-02-18", 20220218, 20220218)]
    [InlineData("Hij sprak woensdag 16 februari met de pers.", "2022-02", "woensdag 16 februari", "Date", "2022-02-16", 20220216, 20220216)]
    [InlineData("Rutte sprak woensdagmorgen met Zelensky.", "2022-02", "woensdagmorgen", "Time", "2022-02-WXX-3TMO", 20220201, 20220228)]
    [InlineData("Het incident gebeurde maandag.", "2022-02", "maandag", "Date", "2022-02-WXX-1", 20220201, 20220228)]
    [InlineData("Zaterdagavond werd hij gearresteerd.", "2022", "Zaterdagavond", "Time", "2022-WXX-6TEV", 20220101, 20221231)]
    public void Dutch(string sentence, string articleDate, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, articleDate, "nl", span, kind, value, earliest, latest);

    [Theory]
    [InlineData("The vote took place on Tuesday.", "2022-02-16", "Tuesday", "Date", "2022-02-15", 20220215, 20220215)]
    [InlineData("Officials will meet on Friday.", "2022-02-16", "Friday", "Date", "2022-02-18", 20220218, 20220218)]
    [InlineData("Monday night was quiet in the capital.", "2022-02-16", "Monday night", "Time", "2022-02-14TNI", 20220214, 20220214)]
    [InlineData("He spoke on Wednesday, Feb. 16, to reporters.", "2022-02", "Wednesday, Feb. 16", "Date", "2022-02-16", 20220216, 20220216)]
    [InlineData("Monday night was quiet in the capital.", "2022-02", "Monday night", "Time", "2022-02-WXX-1TNI", 20220201, 20220228)]
    [InlineData("The talks resumed on Thursday morning.", "2022", "Thursday morning", "Time", "2022-WXX-4TMO", 20220101, 20221231)]
    [InlineData("Markets will reopen next Monday.", "2022-02-16", "next Monday", "Date", "2022-02-21", 20220221, 20220221)]
    [InlineData("The bill passed last Tuesday.", "2022-02-16", "last Tuesday", "Date", "2022-02-15", 20220215, 20220215)]
    public void English(string sentence, string articleDate, string span, string kind, string value, int earliest, int latest)
        => AssertFinds(sentence, articleDate, "en", span, kind, value, earliest, latest);
}
