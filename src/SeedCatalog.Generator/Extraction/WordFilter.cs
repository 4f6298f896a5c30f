namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// A quick no for most words of a text before a word table hashes them: the keys' lengths and their
/// (first, last) letter pairs, case-folded with <see cref="CaseFold"/> as the tables fold. A word it
/// rejects cannot equal any key; a word it passes still has to be looked up.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _pairs = new ulong[16];
    private uint _lengths;

    public void Add(string key)
    {
        _lengths |= LengthBit(key.Length);
        if (key.Length > 0)
        {
            var pair = Pair(CaseFold.Lower(key[0]), CaseFold.Lower(key[key.Length - 1]));
            _pairs[pair >> 6] |= 1UL << (pair & 63);
        }
    }

    public bool MayContain(string text, int start, int length)
    {
        if ((_lengths & LengthBit(length)) == 0)
        {
            return false;
        }

        if (length == 0)
        {
            return true;
        }

        var pair = Pair(CaseFold.Lower(text[start]), CaseFold.Lower(text[start + length - 1]));
        return (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    /// <summary><see cref="MayContain(string, int, int)"/> for a word of 1 or more characters whose first and last are already folded.</summary>
    public bool MayContain(char first, char last, int length)
    {
        var pair = Pair(first, last);
        return (_lengths & LengthBit(length)) != 0 && (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    private static uint LengthBit(int length) => 1u << (length < 31 ? length : 31);

    private static int Pair(char first, char last) => ((first & 31) << 5) | (last & 31);
}
