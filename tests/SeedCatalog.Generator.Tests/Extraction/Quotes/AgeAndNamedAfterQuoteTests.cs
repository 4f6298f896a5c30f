using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 3 and 9, in our own words: an age written as one word after the article (<c>revealed the
/// 31-year-old</c>, <c>zei de 26-jarige</c>) refers back like a pronoun; a paragraph that opens with a quote and goes on
/// with a sentence whose subject is a named person (<c>“…” Mayor Ada Kerr has since apologised.</c>) gives the quote to that
/// person, not to the one spoken of before. Paragraphs are separated by '|'.
/// </summary>
public class AgeAndNamedAfterQuoteTests
{
    [Fact]
    public void English_age_after_the_refers_back_to_the_person_spoken_of()
    {
        var quotes = Attribute(
            "Lena Marsh broke the club record on Sunday. | The 31-year-old had waited eight years for it. | "
            + "“I did get nervous at the end,” admitted the 31-year-old, who plays on until next summer.",
            Language.English);

        Assert.Equal("Lena Marsh", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_age_after_de_refers_back_to_the_person_spoken_of()
    {
        var quotes = Attribute(
            "Ruben Kooistra brak zondag het clubrecord. | „Ik werd aan het eind toch nerveus”, gaf de 29-jarige toe.",
            Language.Dutch);

        Assert.Equal("Ruben Kooistra", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_age_after_a_is_someone_new_and_unnamed()
    {
        var quotes = Attribute(
            "Lena Marsh broke the club record on Sunday. | “It was madness in the stands,” said a 40-year-old fan.",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_paragraph_opening_with_a_quote_then_a_named_subject_gives_the_quote_to_that_person()
    {
        var quotes = Attribute(
            "Councillor Tom Reyes had called the mayor's remarks a disgrace. | “I was very angry. I should have counted to ten.” "
            + "Mayor Ada Kerr has since apologised for her outburst. “That is enough for us,” Reyes said.",
            Language.English);

        Assert.Equal(new[] { "Ada Kerr", "Tom Reyes" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_paragraph_opening_with_a_quote_then_a_named_subject_gives_the_quote_to_that_person()
    {
        var quotes = Attribute(
            "Wethouder Bas Kremer noemde de uitval van de burgemeester een schande. | „Ik was heel boos. Ik had tot tien moeten tellen.” "
            + "Burgemeester Ada Kerkhof heeft inmiddels haar excuses aangeboden. „Dat is voor ons genoeg”, zegt Kremer.",
            Language.Dutch);

        Assert.Equal(new[] { "Ada Kerkhof", "Bas Kremer" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_quote_inside_a_paragraph_keeps_the_speaker_before_it_when_a_named_subject_follows()
    {
        var quotes = Attribute(
            "Tom Reyes spoke first. He was blunt: “We lost this one ourselves.” Ada Kerr disagreed with him.",
            Language.English);

        Assert.Equal("Tom Reyes", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_quote_then_a_surname_with_a_relative_clause_gives_the_quote_to_that_person()
    {
        var quotes = Attribute(
            "Tess Olsen lost the final. Nadia Brook took the trophy for the second time. | “I still won six matches and lost one.” "
            + "Olsen, who lost in three sets, spoke frankly after the match.",
            Language.English);

        Assert.Equal("Tess Olsen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_quote_then_a_title_and_name_with_other_words_before_them_gives_the_quote_to_that_person()
    {
        var quotes = Attribute(
            "Nadia Brouwer en Tess Olsen stonden in de finale. | „Ik heb nog zes partijen gewonnen en één verloren.” "
            + "Verliezend finaliste Tess Olsen spreekt openhartig na haar nederlaag.",
            Language.Dutch);

        Assert.Equal("Tess Olsen", Assert.Single(quotes).Speaker);
    }
}
