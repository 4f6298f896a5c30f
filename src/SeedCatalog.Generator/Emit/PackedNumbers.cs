using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Packs ints into a string for a literal: zigzag-encoded, 11 bits per char, low bits first; a char
/// in U+3C00..U+43FF says more follow, one in U+3400..U+3BFF ends the number. Both ranges are CJK
/// ideographs (Extension A): no quote, backslash, newline, surrogate or control character, so the
/// literal needs no escapes. The decoder is <c>SeedCatalogShard.Numbers</c> in Shards.cs.template.
/// </summary>
internal static class PackedNumbers
{
    private const int Last = 0x3400;
    private const int More = 0x3C00;

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
        while (z >= 0x800)
        {
            builder.Append((char)(More + (z & 0x7FF)));
            z >>= 11;
        }

        builder.Append((char)(Last + z));
    }
}
