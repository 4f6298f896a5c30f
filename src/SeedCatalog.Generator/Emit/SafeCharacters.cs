namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The characters the generated code may hold raw, inside literals and comments: printable ASCII
/// and fixed ranges of Latin, Greek and Cyrillic letters and typographic punctuation. Everything
/// else (controls, bidi and zero-width characters, line separators, surrogates, other scripts) is
/// escaped. The set is fixed here, not taken from the runtime's Unicode tables, so the output is the
/// same on every machine.
/// </summary>
internal static class SafeCharacters
{
    public static bool IsSafe(char c)
        => (c >= 0x20 && c <= 0x7E)
           || (c >= 0xA1 && c <= 0x24F && c != 0xAD)
           || (c >= 0x370 && c <= 0x4FF)
           || (c >= 0x2010 && c <= 0x2027)
           || (c >= 0x2030 && c <= 0x205E)
           || c == 0x20AC;
}
