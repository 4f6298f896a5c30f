using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Quotes over several paragraphs: every paragraph but the last ends without a closing mark and the next opens
/// with a new opening mark. One speaker for all pieces, and no unclosed mark (SEED007) for the open ends.
/// </summary>
public class MultiParagraphQuoteTests
{
    private static (QuoteExtraction Extraction, string[] Paragraphs) Extract(string article, Language language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        return (QuoteExtractor.Extract(paragraphs, language), paragraphs);
    }

    private static (string Quote, string? Speaker)[] Pairs((QuoteExtraction Extraction, string[] Paragraphs) result)
        => result.Extraction.Quotes.Select(q => (result.Paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker)).ToArray();

    [Fact]
    public void English_cue_in_the_first_paragraph_carries_to_the_next()
    {
        var result = Extract(
            "Harbour master Ellen Voss spoke after the storm. \"The quay held, but only just,\" Voss said. \"We lost two cranes overnight. |"
            + " \"Nobody was hurt, and that is what counts.\" | The port reopens on Monday.",
            Language.English);

        Assert.Equal(
            new (string, string?)[]
            {
                ("The quay held, but only just,", "Ellen Voss"),
                ("We lost two cranes overnight.", "Ellen Voss"),
                ("Nobody was hurt, and that is what counts.", "Ellen Voss"),
            },
            Pairs(result));
        Assert.Empty(result.Extraction.Unclosed);
    }

    [Fact]
    public void Dutch_cue_in_the_last_paragraph_names_the_pieces_before_it()
    {
        var result = Extract(
            "De dijkgraaf kwam dinsdag met cijfers. | ,,Het water stond hoger dan ooit gemeten. |"
            + " ,,We hebben de pompen dag en nacht laten draaien'', zegt dijkgraaf Hanneke Stroosma.",
            Language.Dutch);

        Assert.Equal(
            new (string, string?)[]
            {
                ("Het water stond hoger dan ooit gemeten.", "Hanneke Stroosma"),
                ("We hebben de pompen dag en nacht laten draaien", "Hanneke Stroosma"),
            },
            Pairs(result));
        Assert.Empty(result.Extraction.Unclosed);
    }

    [Fact]
    public void Dutch_single_marks_over_two_paragraphs_are_one_quote()
    {
        var result = Extract(
            "Keeper Daan Hofstede blikte terug op het seizoen. | ‘Ik had nooit gedacht dat we zo ver zouden komen. |"
            + " ‘Volgend jaar willen we weer bovenin meedoen.’",
            Language.Dutch);

        Assert.Equal(
            new (string, string?)[]
            {
                ("Ik had nooit gedacht dat we zo ver zouden komen.", "Daan Hofstede"),
                ("Volgend jaar willen we weer bovenin meedoen.", "Daan Hofstede"),
            },
            Pairs(result));
        Assert.Empty(result.Extraction.Unclosed);
    }

    [Fact]
    public void English_single_mark_opening_a_sentence_runs_to_the_paragraph_end()
    {
        var result = Extract("Union leader Rosa Quint was blunt. ‘This offer is an insult,’ she said. ‘We will not sign it.", Language.English);

        Assert.Equal(
            new (string, string?)[] { ("This offer is an insult,", "Rosa Quint"), ("We will not sign it.", "Rosa Quint") },
            Pairs(result));
        Assert.Empty(result.Extraction.Unclosed);
    }

    [Fact]
    public void A_mark_that_the_next_paragraph_does_not_continue_is_still_unclosed()
    {
        var (extraction, paragraphs) = Extract("\"De tunnel gaat pas in mei open, zei woordvoerder Iris Mol. | Daarna volgt de tweede fase.", Language.Dutch);

        Assert.Equal(new UnclosedQuote(0, paragraphs[0].IndexOf('"'), '"'), Assert.Single(extraction.Unclosed));
    }

    [Fact]
    public void An_open_quote_in_the_last_paragraph_is_unclosed()
    {
        var (extraction, _) = Extract("Coach Sam Ortega was pleased. | \"We found our rhythm, Ortega said. | \"Now we keep it.", Language.English);

        Assert.Equal(new UnclosedQuote(2, 0, '"'), Assert.Single(extraction.Unclosed));
    }

    [Fact]
    public void An_apostrophe_is_still_no_quote()
    {
        var (extraction, _) = Extract("'s Middags sprak wethouder Bram Kok over de auto's in de binnenstad.", Language.Dutch);

        Assert.Empty(extraction.Quotes);
    }
}
