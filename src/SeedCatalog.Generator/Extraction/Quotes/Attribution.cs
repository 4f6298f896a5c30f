namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>Who a quote is attributed to, by which cue, and where the attributing mention stands (-1 when from context).</summary>
internal sealed record Attribution(string Speaker, string? Cue, Person? Person, bool IsPlural, int MentionParagraph, int MentionOffset, int MentionLength)
{
    public Attribution FromContext(string? cue) => this with { Cue = cue, MentionParagraph = -1, MentionOffset = -1, MentionLength = 0 };
}
