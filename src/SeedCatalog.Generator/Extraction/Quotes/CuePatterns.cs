using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The attribution patterns that read a cue: after the quote (<c>"…", zei Rutte</c>, <c>"…," Obama said</c>),
/// before it with a colon (<c>Rutte zei: "…"</c>, <c>Bakker:,,…''</c>), and anywhere in its sentence
/// (<c>verklaarde Rutte dat … "…"</c>, <c>volgens X</c>, <c>according to X</c>).
/// </summary>
internal static class CuePatterns
{
    /// <summary>A cue at token <paramref name="k"/>: its text and the token after it, or null.</summary>
    public static string? CueAt(ParagraphText p, int k, int limit, out int cueEnd)
    {
        cueEnd = k + 1;
        var t = p.Tokens[k];
        if (!t.IsWord || (p.IsCapitalised(k) && !t.Has(WordFlags.SourceMarker | WordFlags.CueHead)))
        {
            // A capitalised verb form is a name or the start of a heading ("the United States"), not a cue.
            return null;
        }

        if (t.Has(WordFlags.CueHead))
        {
            foreach (var words in p.Lexicon.MultiWordCues)
            {
                if (MatchesMultiWord(p, k, limit, words, out cueEnd, out var text))
                {
                    return text;
                }
            }
        }

        if (t.Has(WordFlags.Cue | WordFlags.SourceMarker) && !t.Has(WordFlags.CueHead))
        {
            cueEnd = k + 1;
            return p.LowerWordText(k);
        }

        return null;
    }

    /// <summary><c>"…", zei Rutte</c> / <c>"…," Obama said</c>: a cue and its speaker right from token <paramref name="a"/>.</summary>
    public static Mention? CueAfter(ParagraphText p, int a, int limit, List<Mention> mentions, out string? cue)
    {
        cue = null;
        while (a < limit && !p.Tokens[a].IsWord && p.Text[p.Tokens[a].Start] is ',' or '—' or '–' or '-')
        {
            a++;
        }

        if (a >= limit)
        {
            return null;
        }

        cue = CueAt(p, a, limit, out var cueEnd);
        if (cue is not null)
        {
            return SpeakerOfCue(p, a, cueEnd, limit, mentions);
        }

        foreach (var m in mentions)
        {
            if (m.ExtentFirst == a && m.End < limit && Usable(m))
            {
                var verb = m.End;
                cue = CueAt(p, verb, limit, out _);
                if (cue is null && verb + 1 < limit && p.Tokens[verb].IsWord && !p.Tokens[verb].Has(WordFlags.Determiner))
                {
                    cue = CueAt(p, verb + 1, limit, out _);
                }

                return cue is null ? null : m;
            }
        }

        return null;
    }

    /// <summary><c>Rutte zei: "…"</c>, <c>Bakker:,,…''</c>: the subject of the words before the colon at token <paramref name="colon"/>.</summary>
    public static Mention? ColonBefore(ParagraphText p, int regionFirst, int colon, List<Mention> mentions, out string? cue)
    {
        cue = null;
        Mention? speaker = null;
        foreach (var m in mentions)
        {
            if (speaker is null && m is { Kind: MentionKind.Role, IsResolved: false, CanBeSubject: true } && m.ExtentFirst >= regionFirst && m.End <= colon)
            {
                return null; // "De rechter vraagt Erik:": someone unnamed is the subject, the name after the verb is spoken to.
            }

            if (m.ExtentFirst >= regionFirst && m.End <= colon && Usable(m) && m.CanBeSubject
                && (speaker is null || (speaker.Kind == MentionKind.Candidate && m.IsResolved)))
            {
                // A named person wins over a lone capitalised word before it (Likewise, the captain Ann Ray said: "…").
                speaker = m;
                if (m.IsResolved)
                {
                    break;
                }
            }
        }

        if (speaker is null)
        {
            return null;
        }

        for (var k = regionFirst; k < colon && cue is null; k++)
        {
            if (p.Tokens[k].Quote < 0)
            {
                cue = CueAt(p, k, colon, out _);
            }
        }

        cue ??= ":";
        return speaker;
    }

    /// <summary>
    /// A cue anywhere in the sentence outside quotes, nearest to the quote: its speaker is the first subject
    /// before it (after any earlier quote), or the inverted subject right after it.
    /// </summary>
    public static Mention? SentenceCue(ParagraphText p, int first, int end, int quoteToken, List<Mention> mentions, out string? cue)
    {
        cue = null;
        var best = -1;
        var bestEnd = -1;
        string? bestCue = null;
        for (var k = first; k < end; k++)
        {
            if (p.Tokens[k].Quote >= 0)
            {
                continue;
            }

            if (!p.Tokens[k].Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.SourceMarker))
            {
                continue;
            }

            var found = CueAt(p, k, end, out var cueEnd);
            if (found is not null && (best < 0 || Distance(k, quoteToken) < Distance(best, quoteToken)))
            {
                best = k;
                bestEnd = cueEnd;
                bestCue = found;
            }
        }

        if (best < 0)
        {
            return null;
        }

        cue = bestCue;
        if (best > first && p.IsPunctuation(best - 1, ',') && SpeakerOfCue(p, best, bestEnd, end, mentions) is { Kind: MentionKind.Person } inverted
            && (!ParentheticalCue.PersonBefore(p, first, best, mentions) || p.IsPunctuation(inverted.End, ',')))
        {
            // "Feyenoord had de overhand, vond Schreuder.": a reporting clause after a comma names its own subject, unless a
            // person before it is the subject ("…, a despondent Abramoff, 49, asked Judge X"); set off by commas on both
            // sides it is the speaker's own ("Fry loog, zei Rank, en …").
            return inverted;
        }

        if (!p.Tokens[best].Has(WordFlags.SourceMarker))
        {
            var clauseFirst = best;
            while (clauseFirst > first && p.Tokens[clauseFirst - 1].Quote < 0)
            {
                clauseFirst--;
            }

            if (OnlyFunctionWords(p, clauseFirst, best))
            {
                // "Hij verwijt het OM „…” en vindt „…”": the verb after a quote and "en" shares the sentence's subject.
                clauseFirst = first;
            }

            if ((ParentheticalCue.Subject(p, clauseFirst, best, mentions) ?? ParentheticalCue.SubjectBeforeApposition(p, clauseFirst, best, mentions)) is { } parenthetical)
            {
                return parenthetical;
            }

            if (InnerClauseSubject(p, clauseFirst, best, mentions) is { } inner)
            {
                // "X herinnert eraan dat Kamp zei dat hij ‘…’": the cue's subject is in its own that-clause.
                return inner;
            }

            foreach (var m in mentions)
            {
                if (m.End <= best && m.ExtentFirst >= clauseFirst && m.IsResolved && m.CanBeSubject)
                {
                    return m;
                }

                if (m.End == best && m.ExtentFirst >= clauseFirst && m.CanBeSubject && m.Kind == MentionKind.Candidate)
                {
                    // A lone surname right before the cue is its subject (Phillips said, "…"), unless a name follows the
                    // cue: then the word before it opens the sentence (Daar verklaarde Rutte …).
                    return SpeakerOfCue(p, best, bestEnd, end, mentions) ?? m;
                }

                if (m.End <= best && m.ExtentFirst >= clauseFirst && m.CanBeSubject && m.Kind == MentionKind.Role && !m.IsResolved
                    && (p.Tokens[m.ExtentFirst].Has(WordFlags.Indefinite) || SpeakerOfCue(p, best, bestEnd, end, mentions) is { Kind: MentionKind.Person or MentionKind.Candidate }))
                {
                    // "A spokesman for the traders insisted that …", "De rechter vraagt Erik: …": someone the text does not name.
                    return null;
                }
            }
        }

        return SpeakerOfCue(p, best, bestEnd, end, mentions);
    }

    /// <summary>
    /// The named subject of the that-clause (<c>that</c>, <c>dat</c>) the cue at <paramref name="cue"/> stands in, when the
    /// clause opens after <paramref name="clauseFirst"/>; null when the cue stands in no such clause or its subject is unnamed.
    /// </summary>
    private static Mention? InnerClauseSubject(ParagraphText p, int clauseFirst, int cue, List<Mention> mentions)
    {
        var inner = -1;
        for (var k = cue - 1; k > clauseFirst; k--)
        {
            if (p.IsPunctuation(k, ','))
            {
                // "Chairman X, told that CEO Y is stepping down, said …": the that-clause closed before the cue.
                return null;
            }

            if (p.Tokens[k].IsWord && p.Tokens[k].Has(WordFlags.ClauseStart) && !p.IsCapitalised(k))
            {
                inner = k + 1;
                break;
            }
        }

        if (inner < 0)
        {
            return null;
        }

        foreach (var m in mentions)
        {
            if (m.End <= cue && m.ExtentFirst >= inner && Usable(m) && m.CanBeSubject && m.Kind != MentionKind.Pronoun)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The speaker right after a cue, or inside a multi-word cue (<c>laat Keijzer weten</c>).</summary>
    /// <remarks>The name after <c>told</c>, <c>tells</c> is the audience (<c>the rocker tells Billboard</c>), never the speaker.</remarks>
    private static Mention? SpeakerOfCue(ParagraphText p, int cueStart, int cueEnd, int limit, List<Mention> mentions)
        => IsTell(p, cueStart) ? null
           : MentionRightAfter(p, cueEnd, limit, mentions) ?? (cueEnd > cueStart + 1 ? MentionRightAfter(p, cueStart + 1, cueEnd, mentions) : null);

    private static bool IsTell(ParagraphText p, int cue) => p.IsWord(cue, "told") || p.IsWord(cue, "tells") || p.IsWord(cue, "tell");

    public static bool Usable(Mention m) => m.IsResolved || m.Kind == MentionKind.Candidate;

    /// <summary>True when tokens [<paramref name="from"/>, <paramref name="to"/>) are one or more listed function words (en, and, ook) and nothing else.</summary>
    private static bool OnlyFunctionWords(ParagraphText p, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!p.Tokens[k].IsWord || !p.Tokens[k].Has(WordFlags.FunctionWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The mention right after a cue: at most two words between, or name words, or an article with its description before a
    /// name (<c>zei de Groningse vishandelaar Ko Sleurink</c>); no preposition, cue or clause word between.
    /// </summary>
    private static Mention? MentionRightAfter(ParagraphText p, int from, int limit, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var describedName = m.Kind == MentionKind.Person && p.Tokens[from].IsWord && p.Tokens[from].Has(WordFlags.Determiner);
            if (m.ExtentFirst < from || (m.ExtentFirst > from + 2 && !OnlyNameWordsBetween(p, from, m.ExtentFirst) && !describedName)
                || m.ExtentFirst > from + 4 || m.First >= limit)
            {
                continue;
            }

            for (var k = from; k < m.ExtentFirst; k++)
            {
                var abbreviationDot = !p.Tokens[k].IsWord && k > from && p.Tokens[k - 1].Has(WordFlags.Role) && p.Text[p.Tokens[k].Start] == '.';
                // A preposition, a cue or a clause word (that, dat) between the cue and the mention: not its speaker.
                if ((!p.Tokens[k].IsWord && !abbreviationDot) || p.Tokens[k].Has(WordFlags.Preposition | WordFlags.Cue | WordFlags.ClauseStart))
                {
                    return null;
                }
            }

            if (m.End < limit && (p.Tokens[m.End - 1].IsPossessiveName || NameWords.IsPluralPossessive(p, m.End - 1)))
            {
                // "zei Ajax’ trainer Erik Veldkamp", "said Tesla's CEO Ann Cole": the owner describes the speaker after it.
                return MentionRightAfter(p, p.Tokens[m.End - 1].IsPossessiveName ? m.End : m.End + 1, limit, mentions);
            }

            return Usable(m) ? PersonAfterPlace(m, mentions) : null;
        }

        return null;
    }

    /// <summary><c>says Riverside County firefighter Ann Cole</c>: a place or organisation that only describes the person right after it.</summary>
    private static Mention PersonAfterPlace(Mention m, List<Mention> mentions)
    {
        if (m.Kind != MentionKind.Organisation)
        {
            return m;
        }

        foreach (var next in mentions)
        {
            if (next.ExtentFirst == m.End && next.Kind == MentionKind.Person && next.Person is not null)
            {
                return next;
            }
        }

        return m;
    }

    /// <summary><c>says El Cerrito City firefighter Ann Cole</c>: up to four capitalised words of a place before the speaker.</summary>
    private static bool OnlyNameWordsBetween(ParagraphText p, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!p.IsNameWord(k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesMultiWord(ParagraphText p, int k, int limit, string[] words, out int cueEnd, out string text)
    {
        cueEnd = k + 1;
        text = string.Empty;
        if (!p.IsWord(k, words[0]))
        {
            return false;
        }

        var builder = new StringBuilder(words[0]);
        var next = k + 1;
        for (var w = 1; w < words.Length; w++)
        {
            var found = -1;
            for (var j = next; j < limit && j <= next + 2; j++)
            {
                if (!p.Tokens[j].IsWord)
                {
                    break;
                }

                if (p.IsWord(j, words[w]))
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            builder.Append(' ').Append(words[w]);
            next = found + 1;
        }

        cueEnd = next;
        text = builder.ToString();
        return true;
    }

    private static int Distance(int a, int b) => a > b ? a - b : b - a;
}
