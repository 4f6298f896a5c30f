using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 7, in our own words: a sentence without quotes ends with its source set off by a comma and described
/// in apposition right up to the cue (<c>…, Dr. Carl Mint, an expert at Vanderbilt University told ABC News.</c>); that
/// person is the one a pronoun in the next sentence refers to, not the speaker before. Paragraphs are separated by '|'.
/// </summary>
public class AppositionBeforeCueTests
{
    [Fact]
    public void English_person_with_apposition_before_the_cue_is_the_subject()
    {
        var quotes = Attribute(
            "\"We need more staff,\" said nurse Anna Berg. | Many doctors are worried about the winter, Dr. Carl Mint, a lung specialist at Lakeside University Hospital told reporters. He called it \"a storm we can see coming.\"",
            Language.English);

        Assert.Equal(new[] { "Anna Berg", "Carl Mint" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_person_with_apposition_opening_the_sentence_stays_the_subject()
    {
        var quotes = Attribute(
            "‘We hebben meer mensen nodig’, zegt verpleegkundige Anna Berg. | Karel Mint, longarts in het Rijnstate, vertelde de NOS dat de winter zwaar wordt. Hij noemt het ‘een storm die we zien aankomen’.",
            Language.Dutch);

        Assert.Equal(new[] { "Anna Berg", "Karel Mint" }, quotes.Select(q => q.Speaker));
    }
}
