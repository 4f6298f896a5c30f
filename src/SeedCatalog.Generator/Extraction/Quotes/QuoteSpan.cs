namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// One quotation in a paragraph: the marks run from <see cref="MarkStart"/> to <see cref="MarkEnd"/>
/// (exclusive), the quoted text inside them from <see cref="Start"/> for <see cref="Length"/> characters.
/// An unclosed quote ends at the paragraph's end.
/// </summary>
internal readonly struct QuoteSpan
{
    public QuoteSpan(int markStart, int start, int length, int markEnd, char mark, bool closed)
    {
        MarkStart = markStart;
        Start = start;
        Length = length;
        MarkEnd = markEnd;
        Mark = mark;
        Closed = closed;
    }

    public int MarkStart { get; }

    public int Start { get; }

    public int Length { get; }

    public int MarkEnd { get; }

    public char Mark { get; }

    public bool Closed { get; }

    public int End => Start + Length;
}
