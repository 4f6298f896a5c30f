namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A word or punctuation mark of a paragraph, with its traits, its word flags and the quote it lies in
/// (<see cref="Quote"/> is -1 outside quotes; quote marks belong to their quote).
/// </summary>
internal readonly struct Token
{
    public Token(int start, int length, TokenTraits traits, WordFlags flags, int quote)
    {
        Start = start;
        Length = length;
        Traits = traits;
        Flags = flags;
        Quote = quote;
    }

    public int Start { get; }

    public int Length { get; }

    public TokenTraits Traits { get; }

    public WordFlags Flags { get; }

    public int Quote { get; }

    public int End => Start + Length;

    public bool IsWord => (Traits & TokenTraits.Word) != 0;

    /// <summary>A word whose first character is upper case.</summary>
    public bool IsCapitalised => (Traits & TokenTraits.Capitalised) != 0;

    /// <summary>A capitalised word that looks like a name part: not an acronym, not a possessive.</summary>
    public bool IsNameWord => (Traits & TokenTraits.NameWord) != 0;

    /// <summary>A name word in the genitive (<c>Tuberville’s</c>): it ends a name run and is no subject.</summary>
    public bool IsPossessiveName => (Traits & TokenTraits.PossessiveName) != 0;

    /// <summary>The length of the word without a genitive <c>'s</c>.</summary>
    public int NameLength => IsPossessiveName ? Length - 2 : Length;

    /// <summary>A word whose first character is lower case.</summary>
    public bool StartsLower => (Traits & TokenTraits.LowerStart) != 0;

    public bool Has(WordFlags flags) => (Flags & flags) != 0;

    /// <summary>The same token, lying in quote <paramref name="quote"/>.</summary>
    public Token InQuote(int quote) => new(Start, Length, Traits, Flags, quote);
}
