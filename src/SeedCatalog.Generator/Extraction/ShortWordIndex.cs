using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// The fast path of <see cref="WordTable{T}"/> for ASCII words of up to <see cref="MaxLength"/> letters,
/// which are most of a text's words: such a word, case-folded, packs into one <see cref="ulong"/>, so a
/// lookup is one hash and one integer compare instead of comparing characters. An ASCII word can only
/// match a key that folds to the same ASCII characters: an ASCII key, found here, or a key with other
/// characters that fold to ASCII (the Kelvin sign folds to <c>k</c>), for which this index answers
/// <see cref="AskTable"/> and the table decides.
/// </summary>
internal sealed class ShortWordIndex
{
    public const int MaxLength = 8;

    /// <summary><see cref="Find"/>'s answer when no key can match the word.</summary>
    public const int None = -1;

    /// <summary><see cref="Find"/>'s answer when only the table's own comparison can tell.</summary>
    public const int AskTable = -2;

    private readonly ulong[] _packed;
    private readonly byte[] _lengths;
    private readonly int[] _entries;

    /// <param name="keys">The table's keys; a key's position is its entry number.</param>
    public ShortWordIndex(IReadOnlyList<string> keys)
    {
        var size = 16;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        _packed = new ulong[size];
        _lengths = new byte[size];
        _entries = new int[size];
        for (var entry = 0; entry < keys.Count; entry++)
        {
            var key = keys[entry];
            if (key.Length <= MaxLength && TryPackFolded(key, out var packed))
            {
                Place(packed, key.Length, IsAscii(key) ? entry : AskTable);
            }
        }
    }

    /// <summary>True when the slice is ASCII and short enough to be looked up here.</summary>
    public static bool TryPack(string text, int start, int length, out ulong packed)
    {
        packed = 0;
        if (length > MaxLength)
        {
            return false;
        }

        ulong value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c >= 128)
            {
                return false;
            }

            value = (value << 8) | CaseFold.Lower(c);
        }

        packed = value;
        return true;
    }

    /// <summary>The entry whose key folds to the packed word, <see cref="None"/>, or <see cref="AskTable"/>.</summary>
    public int Find(ulong packed, int length)
    {
        var mask = _packed.Length - 1;
        for (var slot = Slot(packed, mask); _lengths[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_packed[slot] == packed && _lengths[slot] == length)
            {
                return _entries[slot];
            }
        }

        return None;
    }

    private void Place(ulong packed, int length, int entry)
    {
        var mask = _packed.Length - 1;
        var slot = Slot(packed, mask);
        while (_lengths[slot] != 0)
        {
            if (_packed[slot] == packed && _lengths[slot] == length)
            {
                // Two keys that fold alike: only the table's comparison tells which one a word matches.
                _entries[slot] = AskTable;
                return;
            }

            slot = (slot + 1) & mask;
        }

        _packed[slot] = packed;
        _lengths[slot] = (byte)length;
        _entries[slot] = entry;
    }

    private static int Slot(ulong packed, int mask)
    {
        unchecked
        {
            return (int)((packed * 0x9E3779B97F4A7C15UL) >> 40) & mask;
        }
    }

    /// <summary>The key folded as the table folds it, packed, when every folded character is ASCII.</summary>
    private static bool TryPackFolded(string key, out ulong packed)
    {
        ulong value = 0;
        foreach (var c in key)
        {
            var folded = CaseFold.Lower(c);
            if (folded >= 128)
            {
                packed = 0;
                return false;
            }

            value = (value << 8) | folded;
        }

        packed = value;
        return true;
    }

    private static bool IsAscii(string key)
    {
        foreach (var c in key)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}
