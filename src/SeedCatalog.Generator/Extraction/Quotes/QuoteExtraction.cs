using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The quotes of an article, the people it names, and the quote marks that open but never close in
/// their paragraph.
/// </summary>
internal sealed record QuoteExtraction(
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<PersonModel> People,
    EquatableArray<UnclosedQuote> Unclosed);

/// <summary>
/// A quote mark that opens but does not close in its paragraph: <see cref="Offset"/> is the mark's
/// position in paragraph <see cref="Paragraph"/>; <see cref="Mark"/> is the opening character
/// (<c>,</c> for the <c>,,</c> style). The quote itself runs to the paragraph's end.
/// </summary>
internal sealed record UnclosedQuote(int Paragraph, int Offset, char Mark);
