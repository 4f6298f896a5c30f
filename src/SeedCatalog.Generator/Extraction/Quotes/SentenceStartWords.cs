using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Capitalised words at a sentence start that are ordinary words, not names: a participle or noun before a lower-case
/// word (<c>Following the match</c>), or a common noun the article also writes in lower case (<c>Textielsuper Zeeman</c>).
/// </summary>
internal static class SentenceStartWords
{
    /// <summary>
    /// <c>Following the match</c>, <c>Suffice to say</c>, <c>Wijze lessen had ze</c>: one unknown capitalised word that opens the
    /// sentence and is followed by a lower-case word other than a cue is an ordinary word, not a name.
    /// </summary>
    public static bool IsOrdinaryWordBeforeLowerWord(ParagraphText p, int head, int next)
    {
        if (!IsSentenceStart(p, head) || next >= p.TokenCount || next != head + 1)
        {
            return false;
        }

        var t = p.Tokens[next];
        return t.IsWord && !t.IsCapitalised && t.Quote < 0 && !t.Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.SourceMarker | WordFlags.Particle);
    }

    /// <summary>
    /// <c>Textielsuper Zeeman laat …</c>: the first word of a sentence-initial run of two or more name words that the article also
    /// writes in lower case (<c>de textielsuper</c>) is a common word, not the first name.
    /// </summary>
    public static bool IsCommonNounBeforeName(ParagraphText p, List<int> run, PersonRegistry people)
    {
        var first = run[0];
        return IsSentenceStart(p, first) && run.Count >= 2 && !p.Tokens[first].Has(WordFlags.Particle | WordFlags.FunctionWord)
               && p.IsNameWord(run[1]) && people.WrittenInLowerCase(p.Text, p.Tokens[first].Start, p.Tokens[first].Length, p.Lexicon);
    }

    private static bool IsSentenceStart(ParagraphText p, int k)
        => k == 0 || (!p.Tokens[k - 1].IsWord && p.Text[p.Tokens[k - 1].Start] is '.' or '!' or '?');
}
