namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The characters the generated code may hold raw, inside literals and comments: printable ASCII
/// and fixed ranges of assigned Latin, Greek and Cyrillic letters and typographic punctuation.
/// Everything else (controls, bidi and zero-width characters, line separators, surrogates, combining
/// marks, other scripts) is escaped. The set is fixed here, not taken from the runtime's Unicode
/// tables, so the output is the same on every machine.
/// </summary>
internal static class SafeCharacters
{
    public static bool IsSafe(char c)
        => (c >= 0x20 && c <= 0x7E)
           || (c >= 0xA1 && c <= 0x24F && c != 0xAD)
           || IsGreekOrCyrillic(c)
           || (c >= 0x2010 && c <= 0x2027)
           || (c >= 0x2030 && c <= 0x205E)
           || c == 0x20AC;

    /// <summary>Appends <paramref name="c"/> raw when it is safe, else as a visible <c>\uXXXX</c> escape.</summary>
    public static void Append(System.Text.StringBuilder builder, char c)
    {
        if (IsSafe(c))
        {
            builder.Append(c);
        }
        else
        {
            builder.Append(Escape(c));
        }
    }

    /// <summary>The visible <c>\uXXXX</c> escape of <paramref name="c"/>.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Assigned Greek and Cyrillic letters and signs, without the Cyrillic combining marks U+0483–U+0489.</summary>
    private static bool IsGreekOrCyrillic(char c)
        => (c >= 0x370 && c <= 0x377)
           || (c >= 0x37A && c <= 0x37F)
           || (c >= 0x384 && c <= 0x38A)
           || c == 0x38C
           || (c >= 0x38E && c <= 0x3A1)
           || (c >= 0x3A3 && c <= 0x482)
           || (c >= 0x48A && c <= 0x4FF);
}
