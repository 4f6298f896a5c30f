using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The source a sentence gives for what it says: <c>volgens de woordvoerder</c>, <c>according to Rosa Delgado</c>.</summary>
internal static class SentenceSource
{
    /// <summary>
    /// The source a sentence without quotes gives for what it says (<c>volgens de woordvoerder</c>, <c>according to
    /// Rosa Delgado</c>): the person or role right after the source marker; null when there is none.
    /// </summary>
    public static Mention? Of(ParagraphText p, List<Mention> mentions, int first, int end)
    {
        return p.HasQuoteIn(first, end) ? null : Before(p, mentions, first, end);
    }

    /// <summary>
    /// The named source a sentence gives before token <paramref name="end"/> (<c>Volgens PVV-leider Geert Wilders is het kabinet
    /// "totaal losgezongen"</c>): the quote after it is the source's words; null when there is none.
    /// </summary>
    public static Mention? Before(ParagraphText p, List<Mention> mentions, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!p.Tokens[k].Has(WordFlags.SourceMarker))
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.ExtentFirst > k && m.ExtentFirst <= k + 3)
                {
                    // A pronoun source (volgens hem) may stand for the unnamed person last spoken of: left to the subject rules.
                    // A lone surname (volgens Beuzenberg) is a person the source names.
                    return m.Kind == MentionKind.Pronoun || (!m.IsResolved && m.Kind is not (MentionKind.Role or MentionKind.Candidate)) ? null : m;
                }
            }
        }

        return null;
    }
}
