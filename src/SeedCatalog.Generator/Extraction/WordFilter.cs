namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// A quick no for most words of a text before a word table hashes them: one bit per (length, first
/// letter, last letter) of the keys, case-folded with <see cref="CaseFold"/> as the tables fold, and
/// lengths of 15 and over sharing one row. A word it rejects cannot equal any key; a word it passes
/// still has to be looked up.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[16 * 32 * 32 / 64];

    public void Add(string key)
    {
        var bit = key.Length == 0 ? 0 : Bit(CaseFold.Lower(key[0]), CaseFold.Lower(key[key.Length - 1]), key.Length);
        _bits[bit >> 6] |= 1UL << (bit & 63);
    }

    public bool MayContain(string text, int start, int length)
        => length == 0 ? (_bits[0] & 1UL) != 0 : MayContain(CaseFold.Lower(text[start]), CaseFold.Lower(text[start + length - 1]), length);

    /// <summary><see cref="MayContain(string, int, int)"/> for a word of 1 or more characters whose first and last are already folded.</summary>
    public bool MayContain(char first, char last, int length)
    {
        var bit = Bit(first, last, length);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(char first, char last, int length) => ((length < 15 ? length : 15) << 10) | ((first & 31) << 5) | (last & 31);
}
