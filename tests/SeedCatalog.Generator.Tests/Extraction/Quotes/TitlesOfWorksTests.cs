using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2 and 6, in our own words: capitalised words after a noun for a work (<c>speelfilm Mijn Zomer Met
/// Fenna</c>, <c>the film Summer With Fenna</c>) are a title, also where the article repeats them without the noun; a
/// capitalised preposition before one name word (<c>In Hoofddorp</c>) is no surname. Paragraphs are separated by '|'.
/// </summary>
public class TitlesOfWorksTests
{
    [Fact]
    public void Dutch_title_after_a_work_noun_and_repeated_at_a_sentence_start_is_no_person()
    {
        var quotes = Attribute(
            "Sanne Brandsmas eerste speelfilm Mijn Zomer Met Fenna sleept prijzen binnen. | Brandsma: „Dat was heel stoer.” | "
            + "Mijn Zomer Met Fenna moet nog in de bioscoop verschijnen. Is er een prijs waar je extra blij mee bent? | "
            + "„Het is niet dat ik nu aanbiedingen krijg.”",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Sanne Brandsma", 2);
    }

    [Fact]
    public void English_title_after_a_work_noun_and_repeated_at_a_sentence_start_is_no_person()
    {
        var quotes = Attribute(
            "Director Sanne Wouters’ first film Summer With Fenna keeps winning prizes. | Summer With Fenna opens in May. Is there a prize "
            + "you are especially proud of? | “It is not that I get offers now.”",
            Language.English);

        Assert.NotEqual("Summer With Fenna", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_capitalised_preposition_before_one_name_word_is_no_surname()
    {
        var quotes = Attribute(
            "De Rotterdammer Kees Goudriaan werd boekhouder. | In Hoofddorp kwam een dealerschap vrij. „Na drie jaar moest ik stoppen.”",
            Language.Dutch);

        Assert.NotEqual("In Hoofddorp", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_capitalised_preposition_before_one_name_word_is_no_surname()
    {
        var quotes = Attribute(
            "Kees Goudriaan became a bookkeeper. | In Hoofddorp a dealership came free. “After three years I had to stop.”",
            Language.English);

        Assert.NotEqual("In Hoofddorp", Assert.Single(quotes).Speaker);
    }
}
