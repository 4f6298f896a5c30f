using System.Linq;
using CsCheck;
using SeedCatalog.Generator.Extraction.Quotes;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>Any text of quote marks, apostrophes, names and punctuation is handled without throwing, with spans in bounds and in order.</summary>
public class QuoteExtractorFuzzTests
{
    private static readonly string[] Pieces =
    {
        "\"", "“", "”", "„", ",,", "''", "'", "‘", "’", "«", "»", ":", ",", ".", "?", " ", " ", " ", "zei", "aldus", "volgens", "said",
        "according to", "Rutte", "Mark Rutte", "De Boer", "van der", "hij", "she", "het kabinet", "the White House", "premier", "de premier",
        "auto's", "'s", "don't", "Dr.", "A", "x",
    };

    private static readonly Gen<string> Paragraph = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(parts => string.Concat(parts));

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Never_throws_and_keeps_spans_in_bounds(string language)
    {
        Paragraph.Array[1, 4].Sample(paragraphs =>
        {
            var extraction = QuoteExtractor.Extract(paragraphs, LanguageCode.Parse(language));
            var previous = (-1, -1);
            foreach (var quote in extraction.Quotes)
            {
                var text = paragraphs[quote.Paragraph];
                Assert.InRange(quote.Offset, 0, text.Length);
                Assert.InRange(quote.Offset + quote.Length, quote.Offset, text.Length);
                Assert.True((quote.Paragraph, quote.Offset).CompareTo(previous) > 0, "quotes out of order");
                previous = (quote.Paragraph, quote.Offset);
                if (quote.SpeakerParagraph >= 0)
                {
                    Assert.InRange(quote.SpeakerOffset + quote.SpeakerLength, 0, paragraphs[quote.SpeakerParagraph].Length);
                }
            }

            Assert.All(extraction.Unclosed, u => Assert.InRange(u.Offset, 0, paragraphs[u.Paragraph].Length - 1));
            Assert.Equal(extraction, QuoteExtractor.Extract(paragraphs, LanguageCode.Parse(language)));
            _ = paragraphs.Select((p, i) => QuoteExtractor.ExtractFromHeadline(p, i, LanguageCode.Parse(language))).ToList();
        }, iter: 3000);
    }
}
