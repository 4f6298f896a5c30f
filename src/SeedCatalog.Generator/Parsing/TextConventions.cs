using System;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// The conventions of news text that parsing and extraction share: which characters open and close quotes
/// (and which closers pair with which opener), apostrophes, sentence ends, and the abbreviations whose dot
/// ends no sentence. One table, so the title, the blocks, the tokens and the quote scanner agree.
/// </summary>
internal static class TextConventions
{
    /// <summary>Quote marks that open: <c>"</c> <c>'</c> <c>“</c> <c>‘</c> <c>„</c> <c>«</c> (and <c>,,</c>, two commas, see <see cref="IsOpeningMarkOrComma"/>).</summary>
    public static bool IsOpeningMark(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '«';

    /// <summary>An opening mark, or a comma (the first of the Dutch <c>,,</c>).</summary>
    public static bool IsOpeningMarkOrComma(char c) => IsOpeningMark(c) || c == ',';

    /// <summary>Quote marks that close: <c>"</c> <c>'</c> <c>”</c> <c>’</c> <c>»</c>.</summary>
    public static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or '»';

    /// <summary>Any quote mark, opening or closing.</summary>
    public static bool IsQuoteMark(char c) => IsOpeningMark(c) || c is '”' or '’' or '»';

    /// <summary><c>'</c> and <c>’</c>: inside and before words (<c>auto's</c>, <c>'s middags</c>) they are apostrophes, not quotes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Joins a word's parts: an apostrophe or a hyphen (<c>de-escalatie</c>).</summary>
    public static bool IsWordJoiner(char c) => IsApostrophe(c) || c == '-';

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?';

    /// <summary>The sentence ends, for <see cref="string.IndexOfAny(char[])"/>.</summary>
    public static readonly char[] SentenceEnds = { '.', '!', '?' };

    /// <summary>The straight marks, which open and close alike.</summary>
    public static readonly char[] StraightMarks = { '"', '\'' };

    /// <summary>
    /// The typographic opening marks (<c>“ „ « ‘</c>), and <c>’</c>, which some newspapers also open a quote with
    /// (<c>’Dit was niet de winst’</c>) when it stands before a word and closes later.
    /// </summary>
    public static readonly char[] TypographicOpeningMarks = { '“', '„', '«', '‘', '’' };

    /// <summary>What closes a quote opened by <c>"</c>.</summary>
    public static readonly char[] StraightDoubleClosers = { '"', '”' };

    /// <summary>What closes a quote opened by <c>“</c>.</summary>
    public static readonly char[] CurlyDoubleClosers = { '”', '"' };

    /// <summary>What closes a quote opened by <c>„</c> (German style closes with <c>“</c>).</summary>
    public static readonly char[] LowDoubleClosers = { '”', '“', '"' };

    /// <summary>What may close a quote opened by <c>,,</c> (<c>''</c>, <c>’’</c>, <c>‘’</c> as some typists write it, <c>"</c>, <c>”</c>).</summary>
    public static readonly char[] DoubleCommaClosers = { '\'', '’', '‘', '"', '”' };

    /// <summary>What closes a quote opened by <c>'</c> or <c>‘</c>.</summary>
    public static readonly char[] SingleClosers = { '\'', '’' };

    /// <summary>
    /// Abbreviations whose dot ends no sentence (titles and ranks before a name: <c>dr.</c>, <c>Gen.</c>; and
    /// <c>bijv.</c>, <c>Inc.</c>, <c>jan.</c>), in titles and in the quote engine's sentences alike.
    /// </summary>
    public static readonly string[] Abbreviations =
    {
        // Dutch
        "mr", "dr", "drs", "ir", "ing", "prof", "mw", "mevr", "dhr", "jl", "nr", "bijv", "blz", "ca", "etc", "evt", "jhr", "st", "vs", "zgn", "resp", "max", "min",
        // English
        "mrs", "ms", "messrs", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "rev", "mt", "no", "inc", "ltd", "co", "corp", "dept", "approx",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The length of the longest <see cref="Abbreviations"/> entry.</summary>
    public static readonly int LongestAbbreviation = Longest(Abbreviations);

    /// <summary>True when <paramref name="word"/> is one of the <see cref="Abbreviations"/>, ignoring case.</summary>
    public static bool IsAbbreviation(string word) => Contains(Abbreviations, word);

    private static bool Contains(string[] list, string word)
    {
        foreach (var entry in list)
        {
            if (string.Equals(entry, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Longest(string[] list)
    {
        var longest = 0;
        foreach (var entry in list)
        {
            longest = Math.Max(longest, entry.Length);
        }

        return longest;
    }
}
