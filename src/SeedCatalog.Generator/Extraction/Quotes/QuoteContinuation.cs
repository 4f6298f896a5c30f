using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Quotes over several paragraphs, the news convention: every paragraph but the last ends without a closing
/// mark, and the next one opens with a new opening mark. The pieces are one speaker's words: a piece without a
/// speaker takes the one of the piece before it, or the first piece that names one passes it back to the pieces
/// before. A quote mark that no next paragraph continues is really unclosed (SEED007); single marks never are
/// reported, as most single marks that never close are apostrophes.
/// </summary>
internal sealed class QuoteContinuation
{
    /// <summary>The paragraph's last quote when it runs to the paragraph's end: its index in the quotes and its mark.</summary>
    private UnclosedQuote? _open;
    private int _openQuote = -1;

    /// <summary>The indices of the pieces of the quote that is running on, in order.</summary>
    private readonly List<int> _pieces = new();

    /// <summary>
    /// True when <paramref name="paragraph"/> continues the quote the previous paragraph left open (it opens with a quote
    /// mark). Otherwise the previous paragraph's quote was really unclosed and is added to <paramref name="unclosed"/>.
    /// </summary>
    public bool ContinuedBy(ParagraphText paragraph, List<UnclosedQuote> unclosed)
    {
        if (_open is null)
        {
            return false;
        }

        if (paragraph.Quotes.Count > 0 && FirstNonSpace(paragraph.Text) == paragraph.Quotes[0].MarkStart)
        {
            _open = null;
            return true;
        }

        Finish(unclosed);
        _pieces.Clear();
        return false;
    }

    /// <summary>Gives the first quote of the continuing paragraph and the pieces before it one speaker.</summary>
    public void Join(List<QuoteModel> quotes, int firstQuote)
    {
        if (firstQuote >= quotes.Count || _openQuote < 0)
        {
            return;
        }

        if (_pieces.Count == 0 || _pieces[_pieces.Count - 1] != _openQuote)
        {
            _pieces.Add(_openQuote);
        }

        var piece = quotes[firstQuote];
        var before = quotes[_openQuote];
        if (piece.Speaker is null && before.Speaker is not null)
        {
            quotes[firstQuote] = piece with
            {
                Speaker = before.Speaker, Cue = null, SpeakerParagraph = before.SpeakerParagraph,
                SpeakerOffset = before.SpeakerOffset, SpeakerLength = before.SpeakerLength,
            };
        }
        else if (piece.Speaker is not null && before.Speaker is null)
        {
            foreach (var index in _pieces)
            {
                if (quotes[index].Speaker is null)
                {
                    quotes[index] = quotes[index] with
                    {
                        Speaker = piece.Speaker, SpeakerParagraph = piece.SpeakerParagraph,
                        SpeakerOffset = piece.SpeakerOffset, SpeakerLength = piece.SpeakerLength,
                    };
                }
            }
        }

        _pieces.Add(firstQuote);
    }

    /// <summary>Remembers the paragraph's last quote if it runs to the paragraph's end.</summary>
    public void Track(ParagraphText paragraph, int index, List<QuoteModel> quotes, int firstQuote)
    {
        var count = paragraph.Quotes.Count;
        _open = null;
        _openQuote = -1;
        if (count == 0 || quotes.Count - firstQuote != count)
        {
            _pieces.Clear();
            return;
        }

        var last = paragraph.Quotes[count - 1];
        if (last.Closed)
        {
            _pieces.Clear();
            return;
        }

        if (count > 1 || _pieces.Count == 0 || _pieces[_pieces.Count - 1] != firstQuote)
        {
            _pieces.Clear();
        }

        _open = new UnclosedQuote(index, last.MarkStart, last.Mark);
        _openQuote = quotes.Count - 1;
    }

    /// <summary>At the article's end, or when no paragraph continues it: the open quote was really unclosed.</summary>
    public void Finish(List<UnclosedQuote> unclosed)
    {
        if (_open is { } open && open.Mark is not '\'' and not '‘')
        {
            unclosed.Add(open);
        }

        _open = null;
        _openQuote = -1;
    }

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
