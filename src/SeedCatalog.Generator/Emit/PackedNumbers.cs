using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Packs ints into a string for a literal: zigzag-encoded, low bits first, in printable ASCII. A char in
/// ']'..'|' (32 of them) carries 5 bits and says more follow; one in '#'..'[' (57) ends the number with
/// a last digit below 57. Numbers under 29 in size take one char, under 912 two. No quote or backslash,
/// so the literal needs no escapes; one byte per char in UTF-8, which is how the compiler embeds the
/// generated source in the PDB and stores a data-section literal. The decoder is
/// <c>SeedCatalogShard.Next</c> in Shards.cs.template.
/// </summary>
internal static class PackedNumbers
{
    /// <summary>'#': the first char that ends a number.</summary>
    private const int Last = 0x23;

    /// <summary>How many values a last char has ('#'..'[', stopping before the backslash).</summary>
    private const int LastValues = 57;

    /// <summary>']': the first char that says more follow.</summary>
    private const int More = 0x5D;

    public static string Pack(IEnumerable<int> values)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            Append(builder, value);
        }

        return builder.ToString();
    }

    /// <summary>Appends one packed number.</summary>
    public static void Append(StringBuilder builder, int value)
    {
        var z = unchecked((uint)((value << 1) ^ (value >> 31)));
        while (z >= LastValues)
        {
            builder.Append((char)(More + (z & 0x1F)));
            z >>= 5;
        }

        builder.Append((char)(Last + z));
    }
}
