namespace SeedCatalog.Generator.Model;

/// <summary>
/// Everything the catalog knows about one seed, with no Roslyn types in it. Every text is a
/// <see cref="TextSlice"/> of <see cref="Text"/>, the seed's normalized text (no BOM, LF line ends).
/// </summary>
internal sealed record ArticleModel(
    string Id,
    PartialDate Date,
    string Language,
    string Text,
    TextSlice Title,
    EquatableArray<TextSlice> Paragraphs,
    EquatableArray<SectionModel> Sections,
    EquatableArray<RelatedModel> Related,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<PersonModel> People,
    EquatableArray<TimeExpressionModel> TimeExpressions,
    int WordCount);
