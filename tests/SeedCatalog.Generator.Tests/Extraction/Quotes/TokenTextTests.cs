using System;
using System.Linq;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Extraction.Quotes;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>What a paragraph's tokens know of their own text: traits found when cut, lower-cased text, role suffixes.</summary>
public class TokenTextTests
{
    [Theory]
    [InlineData("Rutte", (int)(TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord))]
    [InlineData("EU", (int)(TokenTraits.Word | TokenTraits.Capitalised))]
    [InlineData("Rutte's", (int)(TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.PossessiveName))]
    [InlineData("O'Brien", (int)(TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord))]
    [InlineData("O'BRIEN", (int)(TokenTraits.Word | TokenTraits.Capitalised))]
    [InlineData("Ölaf", (int)(TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord))]
    [InlineData("Jr", (int)(TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord))]
    [InlineData("J", (int)(TokenTraits.Word | TokenTraits.Capitalised))]
    [InlineData("kabinet", (int)(TokenTraits.Word | TokenTraits.LowerStart))]
    [InlineData("écht", (int)(TokenTraits.Word | TokenTraits.LowerStart))]
    [InlineData("1990s", (int)(TokenTraits.Word))]
    public void A_word_carries_the_traits_of_its_characters(string word, int expected)
    {
        var paragraph = new ParagraphText(word, QuoteLexicon.Dutch);
        Assert.Equal(1, paragraph.TokenCount);
        Assert.Equal((TokenTraits)expected, paragraph.Tokens[0].Traits);
    }

    [Fact]
    public void Punctuation_has_no_traits()
    {
        var paragraph = new ParagraphText("Ja, nee.", QuoteLexicon.Dutch);
        Assert.Equal(TokenTraits.None, paragraph.Tokens[1].Traits);
        Assert.Equal(TokenTraits.None, paragraph.Tokens[3].Traits);
    }

    [Fact]
    public void Lower_word_text_is_the_runtime_lower_case_of_every_word()
    {
        var paragraph = new ParagraphText("Het KABINET van ÉÉN Straße, İstanbul en de VVD-fractie zei 'nee' tegen Ⅻ.", QuoteLexicon.Dutch);
        for (var k = 0; k < paragraph.TokenCount; k++)
        {
            Assert.Equal(paragraph.WordText(k).ToLowerInvariant(), paragraph.LowerWordText(k));
        }
    }

    [Theory]
    [InlineData("De Nederlandsche Bank", 0, 1, 2)]
    [InlineData("HET   Openbaar\nMinisterie", 0, 1, 2)]
    [InlineData("ÉÉN Grote Partij", 0, 1, 2)]
    [InlineData("the White House", 0, 1, 2)]
    public void A_phrase_is_its_first_word_lower_cased_a_space_and_the_rest_as_written(string text, int word, int from, int last)
    {
        var paragraph = new ParagraphText(text, QuoteLexicon.Dutch);
        var start = paragraph.Tokens[from].Start;
        var expected = paragraph.WordText(word).ToLowerInvariant() + " " + text.Substring(start, paragraph.Tokens[last].End - start);
        Assert.Equal(expected, paragraph.LowerWordThen(word, from, last));
    }

    [Theory]
    [InlineData("nl", "oppositieleider")]
    [InlineData("nl", "PARTIJLEIDER")]
    [InlineData("nl", "fractievoorzitter")]
    [InlineData("nl", "kanſelier")]
    [InlineData("nl", "burgemeester")]
    [InlineData("nl", "wethouder")]
    [InlineData("nl", "politiechef")]
    [InlineData("nl", "raadslid")]
    [InlineData("nl", "zakenvrouw")]
    [InlineData("nl", "voorzittér")]
    [InlineData("nl", "leider")]
    [InlineData("en", "journalist")]
    [InlineData("en", "journaliſt")]
    [InlineData("en", "JOURNALIſT")]
    [InlineData("en", "biologist")]
    [InlineData("en", "spokeswoman")]
    [InlineData("en", "chairperson")]
    [InlineData("en", "twist")]
    [InlineData("en", "policeman")]
    public void A_role_suffix_is_matched_as_a_case_insensitive_compare_of_every_suffix_matches_it(string language, string word)
    {
        var lexicon = QuoteLexicon.For(LanguageCode.Parse(language));
        var suffixes = language == "en" ? new EnglishQuoteWords().RoleSuffixes : new DutchQuoteWords().RoleSuffixes;
        var token = new ParagraphText(word, lexicon).Tokens[0];
        var last = CaseFold.Lower(word[word.Length - 1]);
        var expected = token.Has(WordFlags.Role)
            || (word.Length >= 5 && suffixes.Any(s => s[s.Length - 1] == last)
                && suffixes.Any(s => word.Length > s.Length + 2 && IgnoreCase.Equals(word, word.Length - s.Length, s)));
        Assert.Equal(expected, lexicon.IsRole(word, token));
    }
}
