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

    /// <summary>
    /// A term inside a noun phrase, not speech (see <see cref="IsTermInNounPhrase"/>), in a sentence (tokens
    /// <paramref name="first"/> to <paramref name="end"/>) with no cue outside quotes: with a cue, a quoted fragment is the
    /// speaker's word (<c>verklaarde Rutte dat … de "gevaarlijke situatie" …</c>).
    /// </summary>
    public static bool IsTerm(ParagraphText p, QuoteSpan span, int qFirst, int qLast, int first, int end)
    {
        var before = WordRightBefore(p, span.MarkStart, qFirst);
        if (before < 0)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (p.Tokens[k].Quote < 0 && p.Tokens[k].Has(WordFlags.Cue | WordFlags.SourceMarker))
            {
                return false;
            }
        }

        return IsTermInNounPhrase(p, span, before, qFirst, qLast);
    }

    /// <summary>
    /// Not speech, whatever the word before it: a title in headline case (<c>presents "The Weekly Harbor Report,"</c>, <c>"Meet
    /// the Experts"</c>, <c>"Shutter Island."</c>: two or more words, every one capitalised or a function word, at least two
    /// capitalised, nothing inside but commas and a final stop), or one to three capitalised words right after <c>of</c> or
    /// <c>van</c> (<c>the finale of “Lost,”</c>).
    /// </summary>
    public static bool IsHeadlineCaseTitle(ParagraphText p, QuoteSpan span, int qFirst, int qLast)
    {
        if (qFirst < 0 || !span.Closed)
        {
            return false;
        }

        var capitalised = 0;
        var words = 0;
        var lower = 0;
        var finalStop = false;
        for (var k = qFirst; k <= qLast; k++)
        {
            var t = p.Tokens[k];
            if (!t.IsWord)
            {
                if (t.Start < span.Start || t.Start >= span.End)
                {
                    continue;
                }

                var c = p.Text[t.Start];
                if (c == '!' || c == '?' || c == ':' || c == ';' || (c == '.' && !IsLastInSpan(p, span, k, qLast)))
                {
                    return false;
                }

                finalStop |= c == '.';
                continue;
            }

            words++;
            if (t.IsCapitalised && !t.Has(WordFlags.SubjectPronoun | WordFlags.PluralPronoun))
            {
                capitalised++;
            }
            else if (t.IsCapitalised || !t.Has(WordFlags.FunctionWord | WordFlags.Determiner | WordFlags.Particle | WordFlags.Preposition) || k == qFirst
                     || t.Length > 3)
            {
                return false;
            }
            else
            {
                lower++;
            }
        }

        // "Wij zijn Zwolle." is a sentence; "Shutter Island." a title: a final stop only after capitalised words alone.
        return (capitalised >= 2 && !(finalStop && lower > 0)) || (capitalised == words && words <= 3 && AfterOf(p, span, qFirst));
    }

    private static bool IsLastInSpan(ParagraphText p, QuoteSpan span, int k, int qLast)
    {
        for (var j = k + 1; j <= qLast; j++)
        {
            if (p.Tokens[j].Start < span.End)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AfterOf(ParagraphText p, QuoteSpan span, int qFirst)
    {
        var before = WordRightBefore(p, span.MarkStart, qFirst);
        return before >= 0 && (p.IsWord(before, "of") || p.IsWord(before, "van"));
    }

    /// <summary>
    /// The text of a sign or banner, not speech: a reading verb right before the colon and a sign word earlier in the
    /// sentence (<c>banners, one of which read: "…"</c>, <c>spandoeken, waarvan een de tekst bevatte: ‘…’</c>).
    /// </summary>
    public static bool IsTextOfSign(ParagraphText p, int qFirst, int sentenceFirst)
    {
        var k = qFirst - 1;
        if (k - 1 < sentenceFirst || !p.IsPunctuation(k, ':') || !p.Tokens[k - 1].IsWord || !p.Tokens[k - 1].Has(WordFlags.ReadingVerb))
        {
            return false;
        }

        for (var j = k - 2; j >= sentenceFirst && p.Tokens[j].Quote < 0; j--)
        {
            if (p.Tokens[j].IsWord && p.Tokens[j].Has(WordFlags.TitleNoun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A question put to someone, not their speech: <c>X was asked "…"</c>, <c>werd X gevraagd: ‘…’</c> (a participle of asking
    /// right before the quote, with a passive auxiliary a few words before it).
    /// </summary>
    public static bool IsQuestionPutToSubject(ParagraphText p, int qFirst, int sentenceFirst)
    {
        var k = qFirst - 1;
        while (k >= sentenceFirst && p.Tokens[k].Quote >= 0)
        {
            k--;
        }

        if (k >= sentenceFirst && p.IsPunctuation(k, ':'))
        {
            k--;
        }

        if (k < sentenceFirst || !p.Tokens[k].Has(WordFlags.Questioned))
        {
            return false;
        }

        for (var j = k - 1; j >= sentenceFirst && j >= k - 5; j--)
        {
            if (!p.Tokens[j].IsWord || p.Tokens[j].Quote >= 0)
            {
                return false;
            }

            if (p.Tokens[j].Has(WordFlags.PassiveAuxiliary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A term inside a noun phrase, not speech: one to three words with no punctuation, right after an article or
    /// possessive (and at most one adjective), with a lower-case word right after the closing mark
    /// (<c>a “heart healthy” label</c>, <c>zijn ‘kernomzet’ met</c>).
    /// </summary>
    private static bool IsTermInNounPhrase(ParagraphText p, QuoteSpan span, int before, int qFirst, int qLast)
    {
        if (!span.Closed)
        {
            return false;
        }

        var words = 0;
        for (var k = qFirst; k <= qLast; k++)
        {
            if (p.Tokens[k].IsWord)
            {
                words++;
            }
            else if (p.Tokens[k].Start >= span.Start && p.Tokens[k].Start < span.End)
            {
                return false;
            }
        }

        if (words > 3)
        {
            return false;
        }

        var lead = before;
        if (!p.Tokens[lead].Has(WordFlags.TermLead))
        {
            lead = before - 1;
            if (lead < 0 || p.IsCapitalised(before) || p.Tokens[before].Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.CueTail)
                || !p.Tokens[lead].IsWord || !p.Tokens[lead].Has(WordFlags.TermLead) || !OnlySpace(p.Text, p.Tokens[lead].End, p.Tokens[before].Start))
            {
                return false;
            }
        }

        var after = qLast + 1;
        while (after < p.TokenCount && p.Tokens[after].Start < span.MarkEnd)
        {
            after++;
        }

        return after < p.TokenCount && p.Tokens[after].IsWord && p.Tokens[after].StartsLower && p.Tokens[after].Start > span.MarkEnd
               && OnlySpace(p.Text, span.MarkEnd, p.Tokens[after].Start);
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
