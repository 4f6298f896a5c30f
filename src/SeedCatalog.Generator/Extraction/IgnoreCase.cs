using System;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// <see cref="StringComparison.OrdinalIgnoreCase"/> equality of a slice and a word, answered in place for
/// ASCII (letters equal up to case, anything else equal exactly), which is what the extractors compare almost
/// always; with any other character the runtime's own comparison answers.
/// </summary>
internal static class IgnoreCase
{
    /// <summary>True when the <paramref name="word"/>.Length characters of <paramref name="text"/> from <paramref name="start"/> equal <paramref name="word"/> ignoring case; the caller keeps the slice inside the text.</summary>
    public static bool Equals(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var a = text[start + i];
            var b = word[i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 128)
            {
                return string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            var folded = a | 0x20;
            if (folded != (b | 0x20) || (uint)(folded - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }
}
