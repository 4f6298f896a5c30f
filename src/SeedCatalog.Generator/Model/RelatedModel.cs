namespace SeedCatalog.Generator.Model;

/// <summary>A related-article teaser: a count (as the page shows it) and the linked headline.</summary>
internal sealed record RelatedModel(int Count, TextSlice Title, EquatableArray<QuoteModel> Quotes);
