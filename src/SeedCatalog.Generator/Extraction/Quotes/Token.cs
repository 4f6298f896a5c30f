namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A word or punctuation mark of a paragraph, with its word flags and the quote it lies in
/// (<see cref="Quote"/> is -1 outside quotes; quote marks belong to their quote).
/// </summary>
internal readonly struct Token
{
    public Token(int start, int length, bool isWord, WordFlags flags, int quote)
    {
        Start = start;
        Length = length;
        IsWord = isWord;
        Flags = flags;
        Quote = quote;
    }

    public int Start { get; }

    public int Length { get; }

    public bool IsWord { get; }

    public WordFlags Flags { get; }

    public int Quote { get; }

    public int End => Start + Length;

    public bool Has(WordFlags flags) => (Flags & flags) != 0;

    /// <summary>The same token, lying in quote <paramref name="quote"/>.</summary>
    public Token InQuote(int quote) => new(Start, Length, IsWord, Flags, quote);
}
