using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Case-insensitive lookup of <see cref="WordFlags"/> by a slice of a string, so scanning a paragraph
/// allocates no substrings. Built once per language from the word lists.
/// </summary>
internal sealed class WordTable
{
    private readonly string?[] _words;
    private readonly WordFlags[] _flags;
    private readonly int _mask;
    private readonly int _longest;
    private readonly WordFilter _filter = new();

    public WordTable(IReadOnlyList<KeyValuePair<string, WordFlags>> entries)
    {
        var merged = new Dictionary<string, WordFlags>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            merged.TryGetValue(entry.Key, out var existing);
            merged[entry.Key] = existing | entry.Value;
        }

        var size = 16;
        while (size < merged.Count * 4)
        {
            size <<= 1;
        }

        _mask = size - 1;
        foreach (var key in merged.Keys)
        {
            _longest = Math.Max(_longest, key.Length);
        }

        _words = new string?[size];
        _flags = new WordFlags[size];
        foreach (var pair in merged)
        {
            var key = pair.Key.ToLowerInvariant();
            _filter.Add(key);
            var slot = Hash(key, 0, key.Length) & _mask;
            while (_words[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _words[slot] = key;
            _flags[slot] = pair.Value;
        }
    }

    public WordFlags Lookup(string text, int start, int length)
    {
        if (length > _longest || length == 0)
        {
            return length == 0 && _filter.MayContain(text, start, 0) ? Find(text, start, 0, Hash(text, start, 0)) : WordFlags.None;
        }

        var first = Fold(text[start]);
        var last = Fold(text[start + length - 1]);
        return _filter.MayContain(first, last, length) ? Find(text, start, length, Hash(first, last, Fold(text[start + (length >> 1)]), length)) : WordFlags.None;
    }

    /// <summary>Open addressing: from the hash's slot on to the first empty one, in the order the keys were added.</summary>
    private WordFlags Find(string text, int start, int length, int hash)
    {
        var words = _words;
        for (var slot = hash & _mask; words[slot] is { } word; slot = (slot + 1) & _mask)
        {
            if (word.Length == length && EqualsIgnoreCase(text, start, word))
            {
                return _flags[slot];
            }
        }

        return WordFlags.None;
    }

    public WordFlags Lookup(string word) => Lookup(word, 0, word.Length);

    /// <summary>True when <paramref name="word"/> (already lower-case) equals the slice at <paramref name="start"/>, ignoring case.</summary>
    private static bool EqualsIgnoreCase(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(text[start + i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => CaseFold.Lower(c);

    /// <summary>
    /// A hash of the length and three folded characters (first, middle, last): cheap to take for every
    /// word of a paragraph, and words equal after folding hash alike.
    /// </summary>
    private static int Hash(string text, int start, int length)
        => length == 0 ? 0 : Hash(Fold(text[start]), Fold(text[start + length - 1]), Fold(text[start + (length >> 1)]), length);

    private static int Hash(char first, char last, char middle, int length)
    {
        unchecked
        {
            var hash = (((((first * 31) + last) * 31) + middle) * 31) + length;
            hash *= (int)2654435761;
            return hash ^ (hash >> 15);
        }
    }
}
