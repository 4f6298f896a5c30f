namespace SeedCatalog.Generator.Emit;

// The layout of a shard's packed numbers, defined once: ArticleDataWriter writes by these enums, and
// LayoutEmitter writes them into the catalog as SeedCatalogLayout's constants, which the templates
// (Shards.cs.template, Article.cs.template) read by. A member's value is its place in the record; the last
// member (Fields, Count) is the record's width. Strings are indexes in the shard's string table.

/// <summary>The numbers of one article in the shard's packed numbers (<c>SeedCatalogShard.Read</c>).</summary>
internal enum ArticleHeader
{
    Id,

    /// <summary>The title's string, or -1 when it is sliced from the text.</summary>
    TitleString,
    TitleStart,
    TitleLength,
    Year,
    Month,
    Day,
    Language,
    WordCount,
    TextLength,

    /// <summary>A string index: inline text; -1: the resource named by the id; -2 - i: the resource named by string i.</summary>
    TextPlace,

    /// <summary>The chars the article's runs take in the shard's runs literal.</summary>
    RunChars,
    Fields,
}

/// <summary>An article's length-prefixed runs of records, in order, in the shard's runs literal (<c>SeedCatalogRuns</c>).</summary>
internal enum ArticleRun
{
    Paragraphs,
    Sections,
    Related,

    /// <summary>The body's quotes, then the teasers' quotes.</summary>
    Quotes,
    People,
    Times,
    Count,
}

/// <summary>A body paragraph: a slice of the text.</summary>
internal enum ParagraphRecord
{
    Start,
    Length,
    Fields,
}

/// <summary>A section: its heading's slice (length -1: no heading) and its paragraphs.</summary>
internal enum SectionRecord
{
    HeadingStart,
    HeadingLength,
    FirstParagraph,
    ParagraphCount,
    Fields,
}

/// <summary>A related-article teaser: its number and its title's slice.</summary>
internal enum RelatedRecord
{
    Count,
    TitleStart,
    TitleLength,
    Fields,
}

/// <summary>A quote: where it is (in a body paragraph, or in a teaser's title), its speaker and cue strings, where the speaker is named.</summary>
internal enum QuoteRecord
{
    /// <summary>The body paragraph, or the teaser when <see cref="InTeaser"/> is 1.</summary>
    Paragraph,
    Offset,
    Length,
    Speaker,
    Cue,
    SpeakerParagraph,
    SpeakerOffset,
    SpeakerLength,
    InTeaser,
    Fields,
}

/// <summary>A person: name and role strings.</summary>
internal enum PersonRecord
{
    Name,
    Role,
    Fields,
}

/// <summary>A time expression: where it is in a body paragraph, its kind, TIMEX value string and day range.</summary>
internal enum TimeRecord
{
    Paragraph,
    Offset,
    Length,
    Kind,
    Value,
    Earliest,
    Latest,
    Modifier,
    Fields,
}
