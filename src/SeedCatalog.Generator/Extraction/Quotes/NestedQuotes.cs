using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Quotes inside quotes: <c>,,Als ik verhalen hoor over ‘zwaar te halen’ dan weet ik genoeg.”</c>, <c>"He said 'never again' and
/// left."</c>. Marks of the other kind (single inside double, double inside single) that open and close inside a quote make a
/// quote of their own, right after the one around it, with no speaker: the words are someone's the speaker repeats, a term or
/// a title, and the text does not say whose.
/// </summary>
internal static class NestedQuotes
{
    public static void AddTo(List<QuoteModel> quotes, IReadOnlyList<string> paragraphs)
    {
        List<QuoteSpan>? inner = null;
        for (var i = 0; i < quotes.Count; i++)
        {
            var outer = quotes[i];
            if (outer.Paragraph < 0 || outer.Paragraph >= paragraphs.Count || outer.Offset < 1)
            {
                continue;
            }

            var text = paragraphs[outer.Paragraph];
            if (outer.Offset + outer.Length > text.Length || !HasOtherMark(text, outer.Offset, outer.Length, IsSingle(MarkBefore(text, outer.Offset))))
            {
                continue;
            }

            inner ??= new List<QuoteSpan>();
            inner.Clear();
            QuoteSpanScanner.Scan(text.Substring(outer.Offset, outer.Length), inner);
            var outerSingle = IsSingle(MarkBefore(text, outer.Offset));
            foreach (var span in inner)
            {
                if (span.Closed && span.Length > 0 && IsSingle(span.Mark) != outerSingle)
                {
                    quotes.Insert(++i, new QuoteModel(outer.Paragraph, outer.Offset + span.Start, span.Length, null, null));
                }
            }
        }
    }

    /// <summary>The mark that opens the quote whose text starts at <paramref name="offset"/> (spaces skipped).</summary>
    private static char MarkBefore(string text, int offset)
    {
        var k = offset - 1;
        while (k > 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return text[k];
    }

    private static bool IsSingle(char mark) => mark is '\'' or '‘' or '’' or '‚';

    /// <summary>A cheap test before scanning: some mark of the other kind inside the quote's text.</summary>
    private static bool HasOtherMark(string text, int offset, int length, bool outerSingle)
    {
        for (var k = offset; k < offset + length; k++)
        {
            var c = text[k];
            if (outerSingle ? c is '"' or '“' or '”' or '„' or '«' : c is '\'' or '‘' or '’')
            {
                return true;
            }
        }

        return false;
    }
}
