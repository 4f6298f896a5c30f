namespace SeedCatalog.Generator.Parsing;

/// <summary>What a blank-line-separated block of a seed is.</summary>
internal enum BlockKind
{
    /// <summary>Body text; the first block is the lede.</summary>
    Paragraph,

    /// <summary>A subheading: one short line without sentence-final punctuation. Opens a section.</summary>
    Heading,

    /// <summary>A related-article teaser: a count, then a headline (<c>39 Rutte: '...'</c>).</summary>
    Teaser,
}
