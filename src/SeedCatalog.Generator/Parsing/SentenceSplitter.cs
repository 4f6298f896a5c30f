using System;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Finds where the first sentence of a paragraph ends, without splitting on abbreviations
/// (<c>mr.</c>, <c>dr.</c>, <c>e.g.</c>), initials (<c>J. Wijngaards</c>) or dotted acronyms (<c>U.S.</c>).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly char[] SentenceEnds = { '.', '!', '?' };

    private static readonly string[] Abbreviations =
    {
        // Dutch
        "mr", "dr", "drs", "ir", "ing", "prof", "mw", "mevr", "dhr", "jl", "nr", "bijv", "blz", "ca", "etc", "evt", "jhr", "st", "vs", "zgn", "resp", "max", "min",
        // English
        "mrs", "ms", "messrs", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "rev", "mt", "no", "inc", "ltd", "co", "corp", "dept", "approx",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The length of the first sentence of <paramref name="text"/>, closing quote marks included.</summary>
    public static int FirstSentenceLength(string text)
    {
        for (var i = text.IndexOfAny(SentenceEnds); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(SentenceEnds, i + 1) : -1)
        {
            var c = text[i];
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or '»' or ')')
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
        => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '„' or '«' or '(' || (c == ',' );

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

        foreach (var abbreviation in Abbreviations)
        {
            if (string.Equals(abbreviation, token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
