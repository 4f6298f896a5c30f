namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/>, <see cref="char.IsLetter(char)"/> and
/// <see cref="char.IsLetterOrDigit(char)"/> with the ASCII answers inlined: the text is almost all
/// ASCII, and outside it the runtime's own answer is asked, so results are exactly the runtime's.
/// </summary>
internal static class CharClass
{
    public static bool IsWhiteSpace(char c)
        => c < 128 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);

    public static bool IsLetter(char c)
        => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public static bool IsLetterOrDigit(char c)
        => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;
}
