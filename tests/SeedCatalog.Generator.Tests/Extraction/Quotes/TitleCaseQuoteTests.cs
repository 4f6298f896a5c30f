using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 6, in our own words: culture news quotes titles of two words with small words between (<c>“Sleep
/// on It”</c>), ends a list of titles with a stop inside the marks (<c>“Harbor Lights.”</c>), and names a show after
/// <c>of</c> (<c>the last episode of “Tides,”</c>). They are no one's words; a short sentence is still speech.
/// Paragraphs are separated by '|'.
/// </summary>
public class TitleCaseQuoteTests
{
    [Fact]
    public void English_titles_with_small_words_a_final_stop_or_after_of_get_no_speaker()
    {
        var quotes = Attribute(
            "Writer Nora Plaat made “Sleep on It” and wrote the last episode of “Tides,” after her novels “Cold Water,” and “Harbor Lights.” | \"Endings are hard,\" Plaat says.",
            Language.English);

        Assert.Equal(new string?[] { null, null, null, null, "Nora Plaat" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_titles_with_small_words_get_no_speaker()
    {
        var quotes = Attribute(
            "Schrijfster Nora Plaat maakte ‘Slapen in de Polder’ en schreef het slot van ‘Getijden’. | ‘Een einde is lastig’, zegt Plaat.",
            Language.Dutch);

        Assert.Equal(new string?[] { null, null, "Nora Plaat" }, quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("Mayor Nora Plaat spoke on Monday. \"We won it.\" she said.")]
    [InlineData("Burgemeester Nora Plaat sprak maandag. „Wij zijn Zwolle.” zei ze.")]
    public void A_short_sentence_in_capitals_is_still_speech(string article)
    {
        var language = article.StartsWith("Mayor", System.StringComparison.Ordinal) ? Language.English : Language.Dutch;
        Assert.Equal("Nora Plaat", Assert.Single(Attribute(article, language)).Speaker);
    }
}
