using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 5, in our own words: business news opens a sentence with a company's one-word name
/// (<c>Corvane raised its offer.</c>) and then quotes <c>the company</c> / <c>het bedrijf</c>; that is the company, not an
/// unnamed one. A given name or a word the article also writes in lower case is no company. Paragraphs are separated by '|'.
/// </summary>
public class OpeningNameOrganisationTests
{
    [Fact]
    public void English_the_company_after_a_one_word_name_opening_a_sentence_is_that_name()
    {
        var quotes = Attribute("Corvane raised its offer on Friday. | \"We listened to our workers,\" the company said in a statement.", Language.English);

        Assert.Equal("Corvane", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_het_bedrijf_after_a_one_word_name_opening_a_sentence_is_that_name()
    {
        var quotes = Attribute("Corvane verhoogde vrijdag zijn bod. | ‘We hebben geluisterd’, laat het bedrijf weten.", Language.Dutch);

        Assert.Equal("Corvane", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_given_name_opening_a_sentence_is_no_company()
    {
        var quotes = Attribute("Martha raised the offer on Friday. | \"We listened to our workers,\" the company said in a statement.", Language.English);

        Assert.NotEqual("Martha", Assert.Single(quotes).Speaker);
    }
}
