using System.Linq;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>
/// TIMEX3 <c>mod</c>: a date said to be at its start, middle or end keeps the whole period's value and range and
/// gets START, MID or END (article dated Wednesday 2022-02-16). Our own sentences.
/// </summary>
public class TimeModifierTests
{
    private const string ArticleDay = "2022-02-16";

    private static (string Value, string? Modifier) Only(string sentence, string language, string span)
    {
        var found = TimeExpressionExtractor.Extract(new[] { sentence }, Date(ArticleDay), LanguageCode.Parse(language));
        var match = Assert.Single(found, t => sentence.Substring(t.Offset, t.Length) == span);
        return (match.Value, match.Modifier);
    }

    [Theory]
    [InlineData("Het bestuur beslist begin april over de fusie.", "begin april", "2022-04", "START")]
    [InlineData("Eind 2019 telde de club al tweeduizend leden.", "Eind 2019", "2019", "END")]
    [InlineData("Medio juni gaat de nieuwe brug open.", "Medio juni", "2022-06", "MID")]
    [InlineData("Halverwege volgend jaar moet de wet er liggen.", "Halverwege volgend jaar", "2023", "MID")]
    [InlineData("De verbouwing start in juni en duurt een jaar.", "juni", "2022-06", null)]
    public void Dutch(string sentence, string span, string value, string? modifier)
        => Assert.Equal((value, modifier), Only(sentence, "nl", span));

    [Theory]
    [InlineData("The board will vote in early April on the merger.", "early April", "2022-04", "START")]
    [InlineData("The bridge should open in late 2024.", "late 2024", "2024", "END")]
    [InlineData("Talks resume at the start of next year.", "the start of next year", "2023", "START")]
    [InlineData("The museum reopens in June after the repairs.", "June", "2022-06", null)]
    public void English(string sentence, string span, string value, string? modifier)
        => Assert.Equal((value, modifier), Only(sentence, "en", span));

    [Theory]
    [InlineData("Om half acht begint de vergadering.", "nl")]
    [InlineData("De proef duurde een half jaar.", "nl")]
    [InlineData("The trial lasted half a year.", "en")]
    public void A_time_of_day_or_a_duration_has_no_modifier(string sentence, string language)
    {
        var found = TimeExpressionExtractor.Extract(new[] { sentence }, Date(ArticleDay), LanguageCode.Parse(language));
        Assert.NotEmpty(found);
        Assert.All(found, t => Assert.Null(t.Modifier));
    }
}
