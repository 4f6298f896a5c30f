using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>A related-article teaser as the page shows it: a count and the linked headline.</summary>
internal readonly record struct Teaser(int Count, TextSlice Headline);

/// <summary>
/// A seed read into its parts, with nothing extracted yet: the normalized text, the header date, the
/// classified blocks, and those blocks laid out as body paragraphs (the first is the lede), sections (runs
/// of paragraphs under a subheading) and related-article teasers; the title is the lede's first sentence.
/// <see cref="Problem"/> is set when the seed cannot be in the catalog (not text, empty, undated, no body).
/// </summary>
internal sealed record SeedDocument(
    string Text,
    DateHeader Header,
    EquatableArray<TextBlock> Blocks,
    EquatableArray<TextSlice> Paragraphs,
    EquatableArray<SectionModel> Sections,
    EquatableArray<Teaser> Teasers,
    TextSlice Title,
    SeedDiagnostic? Problem = null);
