namespace SeedCatalog.Generator.Model;

/// <summary>
/// Everything the catalog knows about one seed, with no Roslyn types in it. Every text is a
/// <see cref="TextSlice"/> of <see cref="Text"/>, the seed's normalized text (no BOM, LF line ends).
/// <see cref="RenamedFrom"/> is the seed's own id when the catalog had to give it another (two seeds
/// had the same id); such a seed's text is emitted inline. <see cref="ResourceName"/> is the name of the
/// seed's embedded resource when it is not <see cref="DefaultResourceName"/> (a seed given an explicit id).
/// </summary>
internal sealed record ArticleModel(
    string Id,
    PartialDate Date,
    Language Language,
    string Text,
    TextSlice Title,
    EquatableArray<TextSlice> Paragraphs,
    EquatableArray<SectionModel> Sections,
    EquatableArray<RelatedModel> Related,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<PersonModel> People,
    EquatableArray<TimeExpressionModel> TimeExpressions,
    int WordCount,
    string? RenamedFrom = null,
    string? ResourceName = null)
{
    /// <summary>
    /// The resource name of a seed whose id is its path: <c>SeedCatalog/&lt;id&gt;.txt</c>. The one place it is
    /// built: the seed reader calls it, and the catalog's template gets it as code (Emit/TemplateSource.cs).
    /// </summary>
    public static string DefaultResourceName(string id) => "SeedCatalog/" + id + ".txt";
}
