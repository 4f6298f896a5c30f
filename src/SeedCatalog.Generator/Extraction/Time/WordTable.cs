using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// A case-insensitive (ordinal) word table looked up by a slice of a string, so scanning a
/// paragraph allocates no substrings. Keys are folded with <see cref="char.ToLowerInvariant"/>,
/// which does not depend on the current culture (no Turkish dotless i surprises).
/// </summary>
internal sealed class WordTable<T>
{
    private readonly Dictionary<int, List<KeyValuePair<string, T>>> _buckets = new();
    private readonly WordFilter _filter = new();
    private int _longest;

    public void Add(string word, T value)
    {
        var hash = Hash(word, 0, word.Length);
        if (!_buckets.TryGetValue(hash, out var bucket))
        {
            bucket = new List<KeyValuePair<string, T>>(1);
            _buckets.Add(hash, bucket);
        }

        for (var i = 0; i < bucket.Count; i++)
        {
            if (string.Equals(bucket[i].Key, word, StringComparison.OrdinalIgnoreCase))
            {
                bucket[i] = new KeyValuePair<string, T>(word, value);
                return;
            }
        }

        bucket.Add(new KeyValuePair<string, T>(word, value));
        _filter.Add(word);
        _longest = Math.Max(_longest, word.Length);
    }

    public bool TryGet(string text, int start, int length, out T value)
    {
        if (length <= _longest && _filter.MayContain(text, start, length) && _buckets.TryGetValue(Hash(text, start, length), out var bucket))
        {
            for (var i = 0; i < bucket.Count; i++)
            {
                var key = bucket[i].Key;
                if (key.Length == length && string.Compare(text, start, key, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    value = bucket[i].Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ CaseFold.Lower(text[i])) * 16777619;
            }

            return hash;
        }
    }
}
