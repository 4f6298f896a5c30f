namespace SeedCatalog.Generator.Model;

/// <summary>
/// Everything the catalog knows about one seed, with no Roslyn types in it. Every text is a
/// <see cref="TextSlice"/> of <see cref="Text"/>, the seed's normalized text (no BOM, LF line ends).
/// <see cref="RenamedFrom"/> is the seed's own id when the catalog had to give it another (two seeds
/// had the same id); such a seed has no embedded resource of its own, so its text is emitted inline.
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
    int WordCount,
    string? RenamedFrom = null);
