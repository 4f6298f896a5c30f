using System;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>What a token's own characters say about it, found once when the paragraph is cut (<see cref="WordShape"/>).</summary>
[Flags]
internal enum TokenTraits : byte
{
    /// <summary>A punctuation token.</summary>
    None = 0,

    /// <summary>A word: letters and digits, with <c>' ’ -</c> between them.</summary>
    Word = 1 << 0,

    /// <summary>A word whose first character is upper case.</summary>
    Capitalised = 1 << 1,

    /// <summary>A capitalised word that looks like a name part: not an acronym, not a possessive.</summary>
    NameWord = 1 << 2,

    /// <summary>A word whose first character is lower case.</summary>
    LowerStart = 1 << 3,

    /// <summary>A capitalised name-like word with <c>'s</c> or <c>’s</c> at the end (<c>Tuberville’s</c>, <c>Halsema's</c>): a name in the genitive.</summary>
    PossessiveName = 1 << 4,
}
