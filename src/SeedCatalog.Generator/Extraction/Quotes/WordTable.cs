using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Case-insensitive lookup of <see cref="WordFlags"/> by a slice of a string, so scanning a paragraph
/// allocates no substrings. Built once per language from the word lists.
/// </summary>
internal sealed class WordTable
{
    private readonly string[][] _words;
    private readonly WordFlags[][] _flags;
    private readonly int _mask;

    public WordTable(IReadOnlyList<KeyValuePair<string, WordFlags>> entries)
    {
        var merged = new Dictionary<string, WordFlags>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            merged.TryGetValue(entry.Key, out var existing);
            merged[entry.Key] = existing | entry.Value;
        }

        var size = 16;
        while (size < merged.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        var words = new List<string>[size];
        var flags = new List<WordFlags>[size];
        foreach (var pair in merged)
        {
            var bucket = Hash(pair.Key, 0, pair.Key.Length) & _mask;
            (words[bucket] ??= new List<string>()).Add(pair.Key);
            (flags[bucket] ??= new List<WordFlags>()).Add(pair.Value);
        }

        _words = new string[size][];
        _flags = new WordFlags[size][];
        for (var i = 0; i < size; i++)
        {
            _words[i] = words[i]?.ToArray() ?? Array.Empty<string>();
            _flags[i] = flags[i]?.ToArray() ?? Array.Empty<WordFlags>();
        }
    }

    public WordFlags Lookup(string text, int start, int length)
    {
        var bucket = Hash(text, start, length) & _mask;
        var words = _words[bucket];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return _flags[bucket][i];
            }
        }

        return WordFlags.None;
    }

    public WordFlags Lookup(string word) => Lookup(word, 0, word.Length);

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 16777619;
            }

            return hash ^ (hash >> 15);
        }
    }
}
