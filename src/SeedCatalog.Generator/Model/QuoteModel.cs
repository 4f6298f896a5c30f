namespace SeedCatalog.Generator.Model;

/// <summary>
/// One quotation. <see cref="Paragraph"/> indexes the article's body paragraphs (0 is the lede), or the
/// related item for a quote in a teaser; <see cref="Offset"/> and <see cref="Length"/> give the quoted
/// text inside its marks, relative to that paragraph. <see cref="Speaker"/> and <see cref="Cue"/> are
/// null when the text does not say; the speaker mention is located by <see cref="SpeakerParagraph"/>
/// and <see cref="SpeakerOffset"/> (-1 when unknown or resolved from an earlier mention).
/// </summary>
internal sealed record QuoteModel(
    int Paragraph,
    int Offset,
    int Length,
    string? Speaker,
    string? Cue,
    int SpeakerParagraph = -1,
    int SpeakerOffset = -1,
    int SpeakerLength = 0);
