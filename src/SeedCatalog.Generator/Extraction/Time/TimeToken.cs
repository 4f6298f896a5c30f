namespace SeedCatalog.Generator.Extraction.Time;

internal enum TimeTokenKind
{
    Word = 0,
    Number = 1,
    Symbol = 2,
}

/// <summary>
/// One token of a paragraph: a run of letters, a run of digits, or a single other character.
/// <see cref="Number"/> is the value of a digit run (-1 when it has more than nine digits).
/// </summary>
internal readonly struct TimeToken
{
    public TimeToken(int start, int length, TimeTokenKind kind, int number, bool startsSentence)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Number = number;
        StartsSentence = startsSentence;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public TimeTokenKind Kind { get; }

    public int Number { get; }

    /// <summary>True for the first token of the paragraph and the first token after . ! or ?.</summary>
    public bool StartsSentence { get; }
}
