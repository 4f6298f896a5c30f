using System.Runtime.CompilerServices;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/>, remembered per character: outside ASCII the runtime asks
/// ICU for every call, which made the word-table lookups of the extractors their most expensive part.
/// The answers are the runtime's own, so folding stays exactly as before; writes of a char are atomic,
/// so threads filling the table at once only repeat work.
/// </summary>
internal static class CaseFold
{
    private static readonly char[] Lowered = new char[char.MaxValue + 1];

    /// <summary>The ASCII answer inline (it is almost every call); the rest from the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c)
        => c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : LowerOutsideAscii(c);

    private static char LowerOutsideAscii(char c)
    {
        var lowered = Lowered[c];
        if (lowered == '\0')
        {
            lowered = char.ToLowerInvariant(c);
            Lowered[c] = lowered;
        }

        return lowered;
    }
}
