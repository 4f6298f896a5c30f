using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Packs ints into a string for a literal: zigzag-encoded, low bits first, in one of two alphabets,
/// neither with a quote, backslash, newline, surrogate or control character, so the literal needs no
/// escapes. The decoder (<c>SeedCatalogShard.Next</c> in Shards.cs.template) reads both.
/// <list type="bullet">
/// <item><see cref="NumberAlphabet.Ascii"/>, for literals in the data section: a char in ']'..'|' (32)
/// carries 5 bits and says more follow; one in '#'..'[' (57) ends the number with a last digit below 57.
/// Numbers within ±28 take one char, within ±911 two. One UTF-8 byte per char: the data section stores
/// literals in UTF-8, and the compiler deflates every generated source into the PDB.</item>
/// <item><see cref="NumberAlphabet.Ideographic"/>, for literals in the #US heap, which counts chars: CJK
/// ideographs (Extension A), 11 bits per char; U+3C00..U+43FF says more follow, U+3400..U+3BFF ends the
/// number. Three UTF-8 bytes per char, but half the chars of ASCII.</item>
/// </list>
/// </summary>
internal static class PackedNumbers
{
    private const int AsciiLast = '#';
    private const int AsciiLastValues = 57;
    private const int AsciiMore = ']';
    private const int IdeographLast = 0x3400;
    private const int IdeographMore = 0x3C00;

    /// <summary>ASCII when the literals go to the data section (a threshold of 0 or more), else ideographs.</summary>
    public static NumberAlphabet AlphabetFor(int dataSectionThreshold)
        => dataSectionThreshold >= 0 ? NumberAlphabet.Ascii : NumberAlphabet.Ideographic;

    public static string Pack(IEnumerable<int> values, NumberAlphabet alphabet)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            Append(builder, value, alphabet);
        }

        return builder.ToString();
    }

    /// <summary>Appends one packed number.</summary>
    public static void Append(StringBuilder builder, int value, NumberAlphabet alphabet)
    {
        var z = unchecked((uint)((value << 1) ^ (value >> 31)));
        if (alphabet == NumberAlphabet.Ascii)
        {
            while (z >= AsciiLastValues)
            {
                builder.Append((char)(AsciiMore + (z & 0x1F)));
                z >>= 5;
            }

            builder.Append((char)(AsciiLast + z));
            return;
        }

        while (z >= 0x800)
        {
            builder.Append((char)(IdeographMore + (z & 0x7FF)));
            z >>= 11;
        }

        builder.Append((char)(IdeographLast + z));
    }
}

/// <summary>The chars <see cref="PackedNumbers"/> writes numbers in.</summary>
internal enum NumberAlphabet
{
    /// <summary>CJK ideographs, 11 bits per char: fewest chars (the #US heap's measure).</summary>
    Ideographic,

    /// <summary>Printable ASCII, 5 bits per char: fewest UTF-8 bytes (the data section's and the PDB's measure).</summary>
    Ascii,
}
