using System.Collections.Generic;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Counts words: maximal runs of letters and digits (with inner apostrophes and hyphens).</summary>
internal static class WordCounter
{
    public static int Count(IEnumerable<string> paragraphs)
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            var inWord = false;
            foreach (var c in paragraph)
            {
                var wordChar = char.IsLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'));
                if (wordChar && !inWord)
                {
                    count++;
                }

                inWord = wordChar;
            }
        }

        return count;
    }
}
