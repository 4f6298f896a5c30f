using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>What the article's own text says about a capitalised word: written in lower case elsewhere, used as a surname, in the genitive.</summary>
internal sealed partial class PersonRegistry
{
    /// <summary>
    /// True when the article also writes the word at <paramref name="start"/> in lower case after an article (<c>Textielsuper
    /// Zeeman …</c> and later <c>de textielsuper</c>): a common noun capitalised at a sentence start, not part of a name. Words
    /// shorter than five letters are left alone, as many given names are short common words too (Will, Mark, Roos).
    /// </summary>
    public bool WrittenInLowerCase(string text, int start, int length, QuoteLexicon lexicon)
    {
        if (Article is null || length < 5 || !char.IsUpper(text[start]))
        {
            return false;
        }

        var lower = text.Substring(start, length).ToLowerInvariant();
        foreach (var paragraph in Article)
        {
            for (var i = paragraph.IndexOf(lower, StringComparison.Ordinal); i >= 0; i = paragraph.IndexOf(lower, i + 1, StringComparison.Ordinal))
            {
                var end = i + lower.Length;
                if ((i == 0 || !char.IsLetter(paragraph[i - 1])) && (end >= paragraph.Length || !char.IsLetter(paragraph[end]))
                    && (WordBefore(paragraph, i, lexicon) & WordFlags.Determiner) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private Dictionary<string, bool>? _surnames;

    /// <summary>
    /// True when the capitalised word at <paramref name="start"/> is a surname by how the article writes it elsewhere: in the
    /// middle of a sentence, capitalised, with no article or preposition but of/van before it (<c>wat Omtzigt betreft</c>, not <c>de Kamer</c>),
    /// never in lower case, never after a place preposition or <c>voor</c>/<c>tegen</c> (<c>tegen Telstar</c>). Sentence-initial
    /// words that are ordinary words (<c>Following</c>) fail this.
    /// </summary>
    public bool IsSurnameElsewhere(string text, int start, int length, QuoteLexicon lexicon)
    {
        if (Article is null || length < 3)
        {
            return false;
        }

        var word = text.Substring(start, length);
        _surnames ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (_surnames.TryGetValue(word, out var known))
        {
            return known;
        }

        var midSentence = false;
        var lower = word.ToLowerInvariant();
        foreach (var paragraph in Article)
        {
            if (WholeWords.Contains(paragraph, lower, StringComparison.Ordinal))
            {
                _surnames[word] = false;
                return false;
            }

            for (var i = paragraph.IndexOf(word, StringComparison.Ordinal); i >= 0 && !midSentence; i = paragraph.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                var end = i + word.Length;
                var before = i - 1;
                while (before >= 0 && paragraph[before] == ' ')
                {
                    before--;
                }

                if (before < 0 || before == i - 1 || !(char.IsLetter(paragraph[before]) || paragraph[before] == ',')
                    || (end < paragraph.Length && char.IsLetter(paragraph[end])))
                {
                    continue;
                }

                var wordBefore = WordBefore(paragraph, i, lexicon);
                if ((wordBefore & WordFlags.PlacePreposition) != 0 || WordBeforeIsOneOf(paragraph, i, SideWords))
                {
                    // "in Sneek", "tegen Telstar", "leuk voor Ajax": a place or a side, no one's surname.
                    _surnames[word] = false;
                    return false;
                }

                // After "of"/"van" it may be someone's ("in the view of Okafor"); after other prepositions a place or thing.
                midSentence = (wordBefore & WordFlags.Determiner) == 0
                              && ((wordBefore & WordFlags.Preposition) == 0 || WordBeforeIsOneOf(paragraph, i, OfWords));
            }
        }

        _surnames[word] = midSentence;
        return midSentence;
    }

    /// <summary>
    /// <c>Steven Wouterloods eerste film</c>: a name word that ends in the genitive <c>s</c> the article also writes without it
    /// (<c>Wouterlood:</c>); the name is the word without the <c>s</c>.
    /// </summary>
    public bool IsGenitiveOfNameWrittenElsewhere(string text, int start, int length)
    {
        if (Article is null || length < 5 || text[start + length - 1] != 's' || text[start + length - 2] is 's' or '\'' or '’')
        {
            return false;
        }

        var bare = text.Substring(start, length - 1);
        _genitives ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (_genitives.TryGetValue(bare, out var known))
        {
            return known;
        }

        var found = false;
        foreach (var paragraph in Article)
        {
            if (WholeWords.Contains(paragraph, bare, StringComparison.Ordinal))
            {
                found = true;
                break;
            }
        }

        _genitives[bare] = found;
        return found;
    }

    private Dictionary<string, bool>? _genitives;

    /// <summary>The lexicon flags of the word right before position <paramref name="i"/> (spaces between), none when no word is.</summary>
    private static WordFlags WordBefore(string paragraph, int i, QuoteLexicon lexicon)
    {
        var (start, end) = WordSpanBefore(paragraph, i);
        return end > start && end < i ? lexicon.Lookup(paragraph, start, end - start) : WordFlags.None;
    }

    /// <summary>After these a capitalised word may be someone's (<c>in the view of Okafor</c>, <c>de ploeg van Snoei</c>).</summary>
    private static readonly string[] OfWords = { "of", "van" };

    /// <summary>After these a capitalised word is the side a club or team is on (<c>tegen Telstar</c>, <c>goed voor Ajax</c>).</summary>
    private static readonly string[] SideWords = { "for", "voor", "tegen", "against" };

    /// <summary>True when the word right before position <paramref name="i"/> is one of <paramref name="words"/> (lower case, as written).</summary>
    private static bool WordBeforeIsOneOf(string paragraph, int i, string[] words)
    {
        var (start, end) = WordSpanBefore(paragraph, i);
        foreach (var word in words)
        {
            if (word.Length == end - start && string.CompareOrdinal(paragraph, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) WordSpanBefore(string paragraph, int i)
    {
        var end = i;
        while (end > 0 && paragraph[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(paragraph[start - 1]))
        {
            start--;
        }

        return (start, end);
    }
}
