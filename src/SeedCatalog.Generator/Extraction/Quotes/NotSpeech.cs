namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Quoted text that is not speech, so it gets no speaker: a title, name or term right after the word that says
/// what it is (<c>the show "…"</c>, <c>the forum “…”</c>, <c>het boek ‘…’</c>, <c>getiteld „…”</c>; the words are
/// <see cref="WordFlags.TitleNoun"/> in the word lists), and a nickname between the parts of a name
/// (<c>William “Bill” Ross</c>).
/// </summary>
internal static class NotSpeech
{
    public static bool NamesSomething(ParagraphText p, QuoteSpan span, int qFirst, int qLast)
    {
        var before = WordRightBefore(p, span.MarkStart, qFirst);
        if (before < 0)
        {
            return false;
        }

        if (p.Tokens[before].Has(WordFlags.TitleNoun) && !p.IsCapitalised(before))
        {
            return true;
        }

        return p.IsNameWord(before) && qLast - qFirst <= 2 && span.Closed && IsNameWordRightAfter(p, span.MarkEnd, qLast);
    }

    /// <summary>The word that ends right before the mark at <paramref name="mark"/>, with only white space between; -1 when none.</summary>
    private static int WordRightBefore(ParagraphText p, int mark, int qFirst)
    {
        var k = qFirst - 1;
        while (k >= 0 && p.Tokens[k].Start >= mark)
        {
            k--;
        }

        return k >= 0 && p.Tokens[k].IsWord && OnlySpace(p.Text, p.Tokens[k].End, mark) ? k : -1;
    }

    private static bool IsNameWordRightAfter(ParagraphText p, int markEnd, int qLast)
    {
        var k = qLast + 1;
        while (k < p.TokenCount && p.Tokens[k].Start < markEnd)
        {
            k++;
        }

        return k < p.TokenCount && p.IsNameWord(k) && OnlySpace(p.Text, markEnd, p.Tokens[k].Start) && p.Tokens[k].Start > markEnd;
    }

    private static bool OnlySpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
