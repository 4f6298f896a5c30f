namespace SeedCatalog.Generator.Model;

/// <summary>
/// A run of body paragraphs under a subheading. The first section has no heading
/// (<see cref="Heading"/> is null) when the article starts with body text.
/// </summary>
internal sealed record SectionModel(TextSlice? Heading, int FirstParagraph, int ParagraphCount);
