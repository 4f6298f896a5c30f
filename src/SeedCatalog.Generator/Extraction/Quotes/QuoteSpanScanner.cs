using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Finds quotations in one paragraph: <c>"…"</c>, <c>“…”</c>, <c>„…”</c>, <c>,,…''</c>, <c>'…'</c>,
/// <c>‘…’</c>, <c>«…»</c>. Apostrophes in and before words (<c>auto's</c>, <c>'s middags</c>,
/// <c>’90s</c>) are not quotes; marks of another kind inside a quote belong to it. A single mark that never
/// closes is an apostrophe, unless it opens a sentence with a capital (<c>‘Debat voer je …</c> running on into the
/// next paragraph, as quotes over several paragraphs do). A right single mark before a word opens a quote only when
/// another closes it in the paragraph (<c>’Een stelletje machtpatsers’, vindt …</c>).
/// </summary>
internal static class QuoteSpanScanner
{
    private static readonly string[] Elisions = { "s", "t", "n", "k", "m", "r", "em", "til", "tis", "twas", "cause", "n'", "n’" };

    public static void Scan(string text, List<QuoteSpan> spans)
    {
        var i = 0;
        var nextOther = text.IndexOfAny(TextConventions.TypographicOpeningMarks);
        var nextDoubleComma = text.IndexOf(",,", StringComparison.Ordinal);
        while (i < text.Length)
        {
            i = NextOpeningMark(text, i, ref nextOther, ref nextDoubleComma);
            if (i < 0)
            {
                return;
            }

            var c = text[i];
            var openLength = OpenerLength(text, i);
            if (openLength == 0)
            {
                i++;
                continue;
            }

            var contentStart = i + openLength;
            var close = FindClose(text, c, contentStart, out var closeLength);
            if (close < 0)
            {
                if (c == '’' || (c is '\'' or '‘' && !OpensSentenceQuote(text, i)))
                {
                    i++;
                    continue;
                }

                spans.Add(Make(text, i, contentStart, text.Length, text.Length, c, closed: false));
                return;
            }

            spans.Add(Make(text, i, contentStart, close, close + closeLength, c, closed: true));
            i = close + closeLength;
        }
    }

    /// <summary>
    /// The next <c>" “ „ « ,, ' ‘</c> from <paramref name="from"/>, or -1 (a single comma never opens a quote). The
    /// ASCII marks are searched for each time (IndexOfAny over a few characters is vectorized); where the next
    /// non-ASCII mark and the next <c>,,</c> are is remembered in <paramref name="nextOther"/> and
    /// <paramref name="nextDoubleComma"/> (-1: none), as those are rare.
    /// </summary>
    private static int NextOpeningMark(string text, int from, ref int nextOther, ref int nextDoubleComma)
    {
        if (nextOther >= 0 && nextOther < from)
        {
            nextOther = text.IndexOfAny(TextConventions.TypographicOpeningMarks, from);
        }

        if (nextDoubleComma >= 0 && nextDoubleComma < from)
        {
            nextDoubleComma = text.IndexOf(",,", from, StringComparison.Ordinal);
        }

        var rare = nextOther < 0 || (nextDoubleComma >= 0 && nextDoubleComma < nextOther) ? nextDoubleComma : nextOther;
        var ascii = text.IndexOfAny(TextConventions.StraightMarks, from, rare < 0 ? text.Length - from : rare - from);
        return ascii >= 0 ? ascii : rare;
    }

    private static QuoteSpan Make(string text, int markStart, int contentStart, int contentEnd, int markEnd, char mark, bool closed)
    {
        while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new QuoteSpan(markStart, contentStart, contentEnd - contentStart, markEnd, mark, closed);
    }

    /// <summary>How many characters open a quote at <paramref name="i"/>; 0 when none does.</summary>
    private static int OpenerLength(string text, int i)
    {
        switch (text[i])
        {
            case '"':
            case '“':
            case '„':
            case '«':
                return 1;
            case ',':
                return i + 1 < text.Length && text[i + 1] == ',' && !IsDigitAt(text, i - 1) ? 2 : 0;
            case '\'':
            case '‘':
            case '’':
                return OpensSingleQuote(text, i) ? 1 : 0;
            default:
                return 0;
        }
    }

    /// <summary>A single mark at the start of the paragraph or of a sentence, before a capital: <c>‘Ik begrijp …</c>.</summary>
    private static bool OpensSentenceQuote(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsUpper(text[i + 1]))
        {
            return false;
        }

        var k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k < 0 || (k < i - 1 && text[k] is '.' or '!' or '?' or ':');
    }

    private static bool OpensSingleQuote(string text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsDigit(text[i + 1]) || text[i + 1] == '\'')
        {
            return false;
        }

        var wordEnd = i + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd < text.Length && text[wordEnd] is '\'' or '’')
        {
            wordEnd++;
        }

        var length = wordEnd - i - 1;
        foreach (var elision in Elisions)
        {
            if (elision.Length == length && string.CompareOrdinal(text, i + 1, elision, 0, length) == 0
                && (wordEnd >= text.Length || !char.IsLetter(text[wordEnd])))
            {
                return false;
            }
        }

        return true;
    }

    private static int FindClose(string text, char open, int from, out int closeLength)
    {
        closeLength = 1;
        switch (open)
        {
            case '"':
                return DoubleClose(text, text.IndexOfAny(TextConventions.StraightDoubleClosers, from), from, out closeLength);
            case '“':
                return DoubleClose(text, text.IndexOfAny(TextConventions.CurlyDoubleClosers, from), from, out closeLength);
            case '„':
                return DoubleClose(text, text.IndexOfAny(TextConventions.LowDoubleClosers, from), from, out closeLength);
            case '«':
                return text.IndexOf('»', from);
            case ',':
                for (var i = text.IndexOfAny(TextConventions.DoubleCommaClosers, from); i >= 0; i = text.IndexOfAny(TextConventions.DoubleCommaClosers, i + 1))
                {
                    if (text[i] is '"' or '”')
                    {
                        return i;
                    }

                    if (i + 1 < text.Length && text[i + 1] is '\'' or '’')
                    {
                        closeLength = 2;
                        return i;
                    }
                }

                return -1;
            default:
                for (var i = text.IndexOfAny(TextConventions.SingleClosers, from); i >= 0; i = text.IndexOfAny(TextConventions.SingleClosers, i + 1))
                {
                    if (ClosesSingleQuote(text, i))
                    {
                        return i;
                    }
                }

                return -1;
        }
    }

    /// <summary>
    /// The close of a double quote: <paramref name="close"/> (the first double mark), or two single marks before it that
    /// some outlets print for one (<c>“… the tools,’’ Biden said</c>, <c>"… watch,'' he told</c>); -1 when none.
    /// </summary>
    private static int DoubleClose(string text, int close, int from, out int closeLength)
    {
        closeLength = 1;
        var limit = close < 0 ? text.Length : close;
        for (var i = text.IndexOfAny(TextConventions.SingleClosers, from, limit - from); i >= 0 && i + 1 < limit;
             i = text.IndexOfAny(TextConventions.SingleClosers, i + 1, limit - i - 1))
        {
            if (text[i + 1] == text[i] && i > from && !char.IsWhiteSpace(text[i - 1]))
            {
                closeLength = 2;
                return i;
            }
        }

        return close;
    }

    private static bool ClosesSingleQuote(string text, int i)
        => i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));

    private static bool IsDigitAt(string text, int i) => i >= 0 && char.IsDigit(text[i]);
}
