using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A paragraph that is only a short quote (<c>'Klinkklare onzin'</c>, <c>‘Deserved recognition’</c>) is a quote heading over
/// the text below: it repeats words someone says there. Its speaker is the speaker of the first later quote, within a few
/// paragraphs, that holds all its longer words (<c>… Maar dat is klinkklare onzin. …</c>), not the person the text was last
/// about; with none, it keeps what the paragraph rules gave it.
/// </summary>
internal static class QuoteHeadings
{
    private const int MaxWords = 6;
    private const int Reach = 6;

    public static void Attribute(List<QuoteModel> quotes, IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!IsHeading(quote, paragraphs))
            {
                continue;
            }

            var heading = paragraphs[quote.Paragraph].Substring(quote.Offset, quote.Length);
            QuoteModel? source = null;
            for (var j = i + 1; j < quotes.Count && quotes[j].Paragraph <= quote.Paragraph + Reach; j++)
            {
                if (quotes[j].Speaker is not null && quotes[j].Paragraph > quote.Paragraph
                    && HoldsLongerWords(paragraphs[quotes[j].Paragraph].Substring(quotes[j].Offset, quotes[j].Length), heading))
                {
                    source = quotes[j];
                    break;
                }
            }

            if (source is not null)
            {
                quotes[i] = quote with
                {
                    Speaker = source.Speaker, Cue = null, SpeakerParagraph = source.SpeakerParagraph,
                    SpeakerOffset = source.SpeakerOffset, SpeakerLength = source.SpeakerLength,
                };
            }
        }
    }

    /// <summary>The quote is its whole paragraph (marks and white space aside) and has at most <see cref="MaxWords"/> words.</summary>
    private static bool IsHeading(QuoteModel quote, IReadOnlyList<string> paragraphs)
    {
        var text = paragraphs[quote.Paragraph];
        for (var k = 0; k < quote.Offset; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return false;
            }
        }

        for (var k = quote.Offset + quote.Length; k < text.Length; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return false;
            }
        }

        var words = 0;
        var inWord = false;
        for (var k = quote.Offset; k < quote.Offset + quote.Length; k++)
        {
            var letter = char.IsLetterOrDigit(text[k]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words is > 0 and <= MaxWords;
    }

    /// <summary>True when every word of four letters or more in <paramref name="heading"/> is a word of <paramref name="text"/>, and there is one.</summary>
    private static bool HoldsLongerWords(string text, string heading)
    {
        var any = false;
        var k = 0;
        while (k < heading.Length)
        {
            if (!char.IsLetter(heading[k]))
            {
                k++;
                continue;
            }

            var start = k;
            while (k < heading.Length && char.IsLetter(heading[k]))
            {
                k++;
            }

            if (k - start < 4)
            {
                continue;
            }

            any = true;
            if (!WholeWords.Contains(text, heading.Substring(start, k - start), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return any;
    }
}
