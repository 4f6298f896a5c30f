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
