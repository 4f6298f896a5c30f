using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 6, in our own words: marks of the other kind inside a quote make a quote of their own, right after it and
/// with no speaker (the words the speaker repeats, a term), while the quote around it keeps its speaker; apostrophes inside a
/// quote (<c>auto's</c>, <c>'s avonds</c>, <c>don't</c>) make none. Paragraphs are separated by '|'.
/// </summary>
public class NestedQuoteTests
{
    [Fact]
    public void Dutch_single_marks_inside_a_quote_are_quotes_without_a_speaker()
    {
        var quotes = SeedQuotes(
            " date 2024-03 Winkels in de binnenstad\n\n,,Als ik collega's hoor over ‘zwaar te halen’ of ‘geen vetpot’ dan weet ik genoeg”, zegt Ria Bos.\n");

        Assert.Equal(new[] { "Ria Bos", null, null }, quotes.Select(q => q.Speaker));
        Assert.Equal(new[] { "zwaar te halen", "geen vetpot" }, quotes.Skip(1).Select(q => q.Quote));
    }

    [Fact]
    public void English_single_marks_inside_a_quote_are_quotes_without_a_speaker()
    {
        var quotes = SeedQuotes(
            " date 2024-03 A birthday\n\n\"My manager said to me: 'You turn thirty this year?' I did not know,\" Wolt Kroon said.\n");

        Assert.Equal(new[] { "Wolt Kroon", null }, quotes.Select(q => q.Speaker));
        Assert.Equal("You turn thirty this year?", quotes[1].Quote);
    }

    [Fact]
    public void Apostrophes_inside_a_quote_make_no_quote()
    {
        var dutch = SeedQuotes(" date 2024-03 Verkeer\n\n,,De auto's staan 's avonds stil”, zegt Ria Bos.\n");
        var english = SeedQuotes(" date 2024-03 Traffic\n\n\"The cars don't move in the '90s style,\" Ria Bos said.\n");

        Assert.Equal("Ria Bos", Assert.Single(dutch).Speaker);
        Assert.Equal("Ria Bos", Assert.Single(english).Speaker);
    }
}
