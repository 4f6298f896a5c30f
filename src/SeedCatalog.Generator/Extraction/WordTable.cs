using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// A case-insensitive (ordinal) word table looked up by a slice of a string, so scanning a
/// paragraph allocates no substrings. A word matches a key when both fold to the same characters
/// with <see cref="CaseFold"/> (<see cref="char.ToLowerInvariant"/>, which does not depend on the
/// current culture: no Turkish dotless i surprises) and, where either holds a non-ASCII character,
/// are also equal under <see cref="StringComparison.OrdinalIgnoreCase"/>. Open addressing over
/// arrays, with a faster index for short ASCII words (<see cref="ShortWordIndex"/>); a filter on the length and the first and last folded characters turns most other words away
/// before they are hashed, and a slot's stored hash is compared before its key.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly List<string> _keys = new();
    private readonly List<T> _values = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordFilter _filter = new();
    private string[] _slotKeys = new string[16];
    private string[] _slotFolded = new string[16];
    private int[] _slotHashes = new int[16];
    private T[] _slotValues = new T[16];
    private int _longest;
    private ShortWordIndex? _shortWords;

    /// <summary>The table's words, in the order first added (one per word that differs in more than case).</summary>
    public IReadOnlyList<string> Words => _keys;

    public void Add(string word, T value)
    {
        _shortWords = null;
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
            Place(_slotKeys, _slotFolded, _slotHashes, _slotValues, _keys.Count - 1);
        }
    }

    public bool TryGet(string text, int start, int length, out T value)
    {
        if (length <= _longest && length > 0
            && _filter.MayContain(CaseFold.Lower(text[start]), CaseFold.Lower(text[start + length - 1]), length))
        {
            if (ShortWordIndex.TryPack(text, start, length, out var packed) && FindShort(packed, length, out value) is { } found)
            {
                return found;
            }

            return TryGetHashed(text, start, length, out value);
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// <see cref="TryGet"/> for a slice of ASCII characters, at most <see cref="ShortWordIndex.MaxLength"/>, that the
    /// caller has already case-folded and packed as <see cref="ShortWordIndex.TryPack"/> does.
    /// </summary>
    public bool TryGetPacked(string text, int start, int length, ulong packed, out T value)
        => FindShort(packed, length, out value) ?? TryGetHashed(text, start, length, out value);

    /// <summary>The short-word index's answer for a packed word: found or not, or null when it cannot tell.</summary>
    private bool? FindShort(ulong packed, int length, out T value)
    {
        var entry = ShortWords().Find(packed, length);
        value = entry >= 0 ? _values[entry] : default!;
        return entry >= 0 ? true : entry == ShortWordIndex.None ? false : null;
    }

    /// <summary>The open-addressing lookup by full hash and a case-insensitive compare.</summary>
    private bool TryGetHashed(string text, int start, int length, out T value)
    {
        var hash = Hash(text, start, length);
        var hashes = _slotHashes;
        var folded = _slotFolded;
        var mask = folded.Length - 1;
        for (var slot = hash & mask; folded[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && key.Length == length && Matches(text, start, key, _slotKeys[slot]))
            {
                value = _slotValues[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The index of the short ASCII keys, made on the first lookup after the last <see cref="Add"/>.</summary>
    private ShortWordIndex ShortWords()
    {
        var index = Volatile.Read(ref _shortWords);
        if (index is null)
        {
            index = new ShortWordIndex(_keys);
            Interlocked.CompareExchange(ref _shortWords, index, null);
        }

        return index;
    }

    /// <summary>Lays the entries out in insertion order, so among colliding keys the first added is found first.</summary>
    private void Rebuild(int size)
    {
        var keys = new string[size];
        var folded = new string[size];
        var hashes = new int[size];
        var values = new T[size];
        for (var i = 0; i < _keys.Count; i++)
        {
            Place(keys, folded, hashes, values, i);
        }

        _slotKeys = keys;
        _slotFolded = folded;
        _slotHashes = hashes;
        _slotValues = values;
    }

    private void Place(string[] keys, string[] folded, int[] hashes, T[] values, int entry)
    {
        var key = _keys[entry];
        var hash = Hash(key, 0, key.Length);
        var mask = keys.Length - 1;
        var slot = hash & mask;
        while (keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        folded[slot] = Fold(key);
        hashes[slot] = hash;
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

    /// <summary>A hash of every case-folded character: words that fold alike hash alike.</summary>
    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (uint)length;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ CaseFold.Lower(text[i])) * 16777619u;
            }

            hash *= 2654435761u;
            return (int)(hash ^ (hash >> 15));
        }
    }
}
