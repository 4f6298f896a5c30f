using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// A case-insensitive (ordinal) word table looked up by a slice of a string, so scanning a
/// paragraph allocates no substrings. A word matches a key when both fold to the same characters
/// with <see cref="CaseFold"/> (<see cref="char.ToLowerInvariant"/>, which does not depend on the
/// current culture: no Turkish dotless i surprises) and, where either holds a non-ASCII character,
/// are also equal under <see cref="StringComparison.OrdinalIgnoreCase"/>. Open addressing over
/// arrays; the hash reads only the length and three folded characters, which the filter shares.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly List<string> _keys = new();
    private readonly List<T> _values = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordFilter _filter = new();
    private string[] _slotKeys = new string[16];
    private string[] _slotFolded = new string[16];
    private T[] _slotValues = new T[16];
    private int _longest;

    public void Add(string word, T value)
    {
        if (word.Length == 0)
        {
            throw new ArgumentException("A table word has at least one character.", nameof(word));
        }

        if (_index.TryGetValue(word, out var existing) && Fold(_keys[existing]) == Fold(word))
        {
            _keys[existing] = word;
            _values[existing] = value;
            Rebuild(_slotKeys.Length);
            return;
        }

        _index[word] = _keys.Count;
        _keys.Add(word);
        _values.Add(value);
        _filter.Add(word);
        _longest = Math.Max(_longest, word.Length);
        if (_keys.Count * 2 > _slotKeys.Length)
        {
            Rebuild(_slotKeys.Length * 2);
        }
        else
        {
            Place(_slotKeys, _slotFolded, _slotValues, _keys.Count - 1);
        }
    }

    public bool TryGet(string text, int start, int length, out T value)
    {
        if (length <= _longest && length > 0)
        {
            var first = CaseFold.Lower(text[start]);
            var last = CaseFold.Lower(text[start + length - 1]);
            if (_filter.MayContain(first, last, length))
            {
                var folded = _slotFolded;
                var mask = folded.Length - 1;
                for (var slot = Hash(first, last, CaseFold.Lower(text[start + (length >> 1)]), length) & mask; folded[slot] is { } key; slot = (slot + 1) & mask)
                {
                    if (key.Length == length && Matches(text, start, key, _slotKeys[slot]))
                    {
                        value = _slotValues[slot];
                        return true;
                    }
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Lays the entries out in insertion order, so among colliding keys the first added is found first.</summary>
    private void Rebuild(int size)
    {
        var keys = new string[size];
        var folded = new string[size];
        var values = new T[size];
        for (var i = 0; i < _keys.Count; i++)
        {
            Place(keys, folded, values, i);
        }

        _slotKeys = keys;
        _slotFolded = folded;
        _slotValues = values;
    }

    private void Place(string[] keys, string[] folded, T[] values, int entry)
    {
        var key = _keys[entry];
        var fold = Fold(key);
        var mask = keys.Length - 1;
        var slot = Hash(fold[0], fold[fold.Length - 1], fold[fold.Length >> 1], fold.Length) & mask;
        while (keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        folded[slot] = fold;
        values[slot] = _values[entry];
    }

    /// <summary>True when the slice folds to <paramref name="folded"/>, and, with any non-ASCII character, equals <paramref name="key"/> ignoring case.</summary>
    private static bool Matches(string text, int start, string folded, string key)
    {
        var nonAscii = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = text[start + i];
            nonAscii |= c | key[i];
            if (CaseFold.Lower(c) != folded[i])
            {
                return false;
            }
        }

        return nonAscii < 128 || string.Compare(text, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static string Fold(string word)
    {
        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            chars[i] = CaseFold.Lower(word[i]);
        }

        return new string(chars);
    }

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
