namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A quote mark that opens but does not close in its paragraph: <see cref="Offset"/> is the mark's
/// position in paragraph <see cref="Paragraph"/>; <see cref="Mark"/> is the opening character
/// (<c>,</c> for the <c>,,</c> style). The quote itself runs to the paragraph's end. A quote that the next
/// paragraph continues with a new opening mark (a quote over several paragraphs) is not unclosed. Single
/// quotes (<c>'</c>, <c>‘</c>) that never close are not reported: most are apostrophes.
/// </summary>
internal sealed record UnclosedQuote(int Paragraph, int Offset, char Mark);
