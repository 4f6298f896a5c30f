using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A reporting clause set off by a comma inside the sentence it reports: <c>Fry lied to investors, Rank said, and …</c>,
/// <c>De zaak was rond, zegt Bakker.</c> The subject between the comma and the cue is the speaker, not the subject the
/// reported words open with.
/// </summary>
internal static class ParentheticalCue
{
    /// <summary>The mention between a comma after <paramref name="clauseFirst"/> and the cue at <paramref name="cue"/>, or null.</summary>
    public static Mention? Subject(ParagraphText p, int clauseFirst, int cue, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.End == cue && m.ExtentFirst > clauseFirst && p.IsPunctuation(m.ExtentFirst - 1, ',') && m.CanBeSubject && CuePatterns.Usable(m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Many experts worry, Dr. Carl Mint, an expert at Vanderbilt University told ABC News.</c>: a person set off by a comma,
    /// with an apposition after them (an article or a lower-case word first, no cue and no other person in it) that runs up to
    /// the cue, is the cue's subject; null when there is none.
    /// </summary>
    public static Mention? SubjectBeforeApposition(ParagraphText p, int clauseFirst, int cue, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Person || m.Person is null || !m.CanBeSubject || m.ExtentFirst <= clauseFirst
                || !p.IsPunctuation(m.ExtentFirst - 1, ',') || !p.IsPunctuation(m.End, ',') || m.End + 2 >= cue)
            {
                continue;
            }

            var lead = p.Tokens[m.End + 1];
            if (!lead.IsWord || !(lead.Has(WordFlags.Determiner) || lead.StartsLower) || lead.Has(WordFlags.Cue | WordFlags.ClauseStart))
            {
                continue;
            }

            return AppositionRunsTo(p, m, cue, mentions) ? m : null;
        }

        return null;
    }

    private static bool AppositionRunsTo(ParagraphText p, Mention person, int cue, List<Mention> mentions)
    {
        for (var k = person.End + 1; k < cue; k++)
        {
            var t = p.Tokens[k];
            if (t.Quote >= 0 || (t.IsWord && t.Has(WordFlags.Cue | WordFlags.CueHead)) || (!t.IsWord && !p.IsPunctuation(k, ',')))
            {
                return false;
            }
        }

        foreach (var m in mentions)
        {
            if (m != person && m.Kind == MentionKind.Person && m.ExtentFirst > person.End && m.End <= cue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a person who can be a subject stands right before the comma before the cue, with only punctuation or an age
    /// between (<c>…, a despondent Abramoff, 49, asked Judge X</c>), not one further back in the clause the cue reports
    /// (<c>Schoof was niet sterk, vond Rob Jetten</c>).
    /// </summary>
    public static bool PersonBefore(ParagraphText p, int first, int cue, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.ExtentFirst >= first && m.End <= cue && m.Person is not null && m.CanBeSubject && OnlyPunctuationOrNumbers(p, m.End, cue))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyPunctuationOrNumbers(ParagraphText p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = p.Tokens[k];
            if (t.IsWord && !char.IsDigit(p.Text[t.Start]))
            {
                return false;
            }
        }

        return true;
    }
}
