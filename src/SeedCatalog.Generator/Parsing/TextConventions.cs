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

    /// <summary>The typographic opening marks (<c>“ „ « ‘</c>).</summary>
    public static readonly char[] TypographicOpeningMarks = { '“', '„', '«', '‘' };

    /// <summary>What closes a quote opened by <c>"</c>.</summary>
    public static readonly char[] StraightDoubleClosers = { '"', '”' };

    /// <summary>What closes a quote opened by <c>“</c>.</summary>
    public static readonly char[] CurlyDoubleClosers = { '”', '"' };

    /// <summary>What closes a quote opened by <c>„</c> (German style closes with <c>“</c>).</summary>
    public static readonly char[] LowDoubleClosers = { '”', '“', '"' };

    /// <summary>What may close a quote opened by <c>,,</c> (<c>''</c>, <c>’’</c>, <c>"</c>, <c>”</c>).</summary>
    public static readonly char[] DoubleCommaClosers = { '\'', '’', '"', '”' };

    /// <summary>What closes a quote opened by <c>'</c> or <c>‘</c>.</summary>
    public static readonly char[] SingleClosers = { '\'', '’' };

    /// <summary>
    /// Abbreviations that are written before a name (titles and ranks: <c>dr.</c>, <c>Gen.</c>): a dot after them
    /// ends no sentence, in titles and in the quote engine's sentences alike.
    /// </summary>
    public static readonly string[] NameAbbreviations =
    {
        "dr", "mr", "mrs", "ms", "drs", "ir", "prof", "mw", "dhr", "st", "sen", "gov", "rep", "jr", "sr", "gen", "lt", "col", "vs", "ca", "nr", "no",
    };

    /// <summary>
    /// Other abbreviations that a title never ends at (<c>bijv.</c>, <c>Inc.</c>, <c>jan.</c>). The quote engine does
    /// not skip them: there a dot after <c>etc.</c> or <c>Inc.</c> mostly does end the sentence a cue stands in.
    /// </summary>
    public static readonly string[] OtherAbbreviations =
    {
        // Dutch
        "ing", "mevr", "jl", "bijv", "blz", "etc", "evt", "jhr", "zgn", "resp", "max", "min",
        // English
        "messrs", "capt", "sgt", "rev", "mt", "inc", "ltd", "co", "corp", "dept", "approx",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>The length of the longest <see cref="NameAbbreviations"/> entry.</summary>
    public static readonly int LongestNameAbbreviation = Longest(NameAbbreviations);

    /// <summary>True when <paramref name="word"/> is in <see cref="NameAbbreviations"/> or (with <paramref name="all"/>) <see cref="OtherAbbreviations"/>, ignoring case.</summary>
    public static bool IsAbbreviation(string word, bool all)
        => Contains(NameAbbreviations, word) || (all && Contains(OtherAbbreviations, word));

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
