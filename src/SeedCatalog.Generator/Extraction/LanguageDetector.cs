using System;

namespace SeedCatalog.Generator.Extraction;

/// <summary>Tells Dutch from English news text by counting very common function words.</summary>
internal static class LanguageDetector
{
    private static readonly string[] Dutch = { "de", "het", "een", "van", "en", "is", "dat", "niet", "met", "zijn", "op", "voor", "te", "aan", "er", "ook", "om", "bij", "naar", "werd" };
    private static readonly string[] English = { "the", "a", "of", "and", "is", "that", "not", "with", "his", "on", "for", "to", "at", "was", "it", "also", "by", "from", "were", "has" };

    private const int MaxWordLength = 4;

    public static string Detect(string text)
    {
        int dutch = 0, english = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // Every function word is at most four letters: longer words need no comparing (a hot path at archive scale).
                if (i - start <= MaxWordLength)
                {
                    if (Contains(Dutch, text, start, i - start)) dutch++;
                    if (Contains(English, text, start, i - start)) english++;
                }

                start = -1;
            }
        }

        return english > dutch ? "en" : "nl";
    }

    private static bool Contains(string[] words, string text, int start, int length)
    {
        foreach (var w in words)
        {
            if (w.Length == length && string.Compare(w, 0, text, start, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
