using System;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>Finding a word in a text only where it stands as a whole word (no letter right before or after it).</summary>
internal static class WholeWords
{
    public static bool Contains(string text, string word, StringComparison comparison)
    {
        for (var i = text.IndexOf(word, comparison); i >= 0; i = text.IndexOf(word, i + 1, comparison))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
