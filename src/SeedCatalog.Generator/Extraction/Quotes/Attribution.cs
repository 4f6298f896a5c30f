namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Who a quote is attributed to, by which cue, and where the attributing mention stands (-1 when from
/// context). <see cref="Speaker"/> is null for a cue whose speaker the text does not name (<c>zegt een woordvoerder</c>).
/// </summary>
internal sealed record Attribution(string? Speaker, string? Cue, Person? Person, bool IsPlural, int MentionParagraph, int MentionOffset, int MentionLength)
{
    public static Attribution CueOnly(string cue) => new(null, cue, null, false, -1, -1, 0);

    public Attribution FromContext(string? cue) => this with { Cue = cue, MentionParagraph = -1, MentionOffset = -1, MentionLength = 0 };
}
