using System;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Finds where the first sentence of a paragraph ends, without splitting on abbreviations
/// (<c>mr.</c>, <c>dr.</c>, <c>e.g.</c>), initials (<c>J. Wijngaards</c>) or dotted acronyms (<c>U.S.</c>).
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The length of the first sentence of <paramref name="text"/>, closing quote marks included.</summary>
    public static int FirstSentenceLength(string text)
    {
        for (var i = text.IndexOfAny(TextConventions.SentenceEnds); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(TextConventions.SentenceEnds, i + 1) : -1)
        {
            var c = text[i];
            var end = i + 1;
            while (end < text.Length && (TextConventions.IsSentenceEnd(text[end]) || TextConventions.IsClosingMark(text[end]) || text[end] == ')'))
            {
                end++;
            }

            if (end == text.Length)
            {
                return end;
            }

            if (!char.IsWhiteSpace(text[end]) || (c == '.' && IsAbbreviationBefore(text, i)))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && StartsSentence(text[next]))
            {
                return end;
            }
        }

        return text.Length;
    }

    public static string FirstSentence(string text) => text.Substring(0, FirstSentenceLength(text));

    private static bool StartsSentence(char c)
        => char.IsUpper(c) || char.IsDigit(c) || TextConventions.IsOpeningMarkOrComma(c) || c == '(';

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var token = text.Substring(start, dot - start);
        if (token.Length == 0)
        {
            return false;
        }

        // Initials and dotted acronyms: "J", "U.S", "o.a".
        if (token.Length == 1 || token.IndexOf('.') >= 0)
        {
            return true;
        }

        return TextConventions.IsAbbreviation(token);
    }
}
