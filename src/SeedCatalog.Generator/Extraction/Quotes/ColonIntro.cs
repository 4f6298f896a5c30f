using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The words before a colon that introduces a quote: whether they refer to one person without naming anyone
/// (<c>the world number one gave his view:</c>, <c>de kampioene gaf haar visie:</c>).
/// </summary>
internal static class ColonIntro
{
    /// <summary>A singular possessive (his, her, zijn, haar) outside quotes between <paramref name="first"/> and the colon.</summary>
    public static bool RefersToOnePerson(ParagraphText p, int first, int colon)
    {
        for (var k = colon - 1; k >= first && p.Tokens[k].Quote < 0; k--)
        {
            if (p.Tokens[k].IsWord && p.Tokens[k].Has(WordFlags.SingularPossessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>a quote from Carl Sagan:</c>, <c>een uitspraak van Annie Schmidt:</c>: a name right after a preposition before the
    /// colon may be the quote's source, so the quote is not handed to the person the text is about.
    /// </summary>
    public static bool NamesASource(ParagraphText p, List<Mention> mentions, int first, int colon)
    {
        foreach (var m in mentions)
        {
            if ((m.Kind == MentionKind.Person || m.Kind == MentionKind.Candidate) && m.ExtentFirst > first && m.End <= colon
                && p.Tokens[m.ExtentFirst - 1].IsWord && p.Tokens[m.ExtentFirst - 1].Has(WordFlags.Preposition | WordFlags.SourceMarker | WordFlags.CueTail))
            {
                return true;
            }
        }

        return false;
    }
}
