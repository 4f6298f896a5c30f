using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// Tells Dutch from English news text by counting very common function words that belong to one of
/// the two languages only (words both share, such as <c>in</c> and <c>is</c>, are left out). Stops
/// early once one language clearly leads, so long articles cost no more than short ones.
/// </summary>
internal static class LanguageDetector
{
    private static readonly string[] Dutch =
    {
        "de", "het", "een", "van", "en", "dat", "niet", "met", "zijn", "op", "voor", "te", "aan", "er", "ook", "om", "bij", "naar", "werd",
        "wordt", "heeft", "maar", "nog", "zei", "zegt", "als", "dan", "wel", "uit", "door", "hij", "ze", "wij", "ik", "die", "deze", "geen", "aldus",
    };

    private static readonly string[] English =
    {
        "the", "a", "an", "of", "and", "that", "not", "with", "his", "her", "on", "for", "to", "at", "was", "it", "also", "by", "from", "were",
        "has", "said", "says", "he", "she", "they", "we", "i", "but", "this", "be", "are", "have", "will", "would", "who", "which", "its",
    };

    private const int ClearLead = 25;

    /// <summary>Words of each length, tagged +1 for Dutch and -1 for English.</summary>
    private static readonly (string Word, int Vote)[][] ByLength = BuildByLength();

    /// <summary>The words of <see cref="ByLength"/> in its order.</summary>
    private static readonly List<string> AllWords = Flatten();

    /// <summary>Finds a word of <see cref="AllWords"/> at once when a text's word is short ASCII (a word listed twice: -2, ask the lists).</summary>
    private static readonly ShortWordIndex Index = new(AllWords);

    /// <summary>The vote of each word of <see cref="AllWords"/>.</summary>
    private static readonly int[] Votes = AllWords.ConvertAll(VoteOf).ToArray();

    /// <returns>Dutch or English; Dutch when undecided.</returns>
    public static Language Detect(string text)
    {
        var score = 0;
        Score(text, ref score);
        return score < 0 ? Language.English : Language.Dutch;
    }

    /// <summary>The same answer as <see cref="Detect(string)"/> over the paragraphs joined by line breaks, without joining them.</summary>
    public static Language Detect(IReadOnlyList<string> paragraphs)
    {
        var score = 0;
        for (var p = 0; p < paragraphs.Count && Score(paragraphs[p], ref score); p++)
        {
        }

        return score < 0 ? Language.English : Language.Dutch;
    }

    /// <summary>Adds the votes of <paramref name="text"/>'s words to <paramref name="score"/>; false once one language clearly leads.</summary>
    private static bool Score(string text, ref int score)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && CharClass.IsLetter(text[i]);
            if (letter)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                score += Vote(text, start, i - start);
                start = -1;
                if (score >= ClearLead || score <= -ClearLead)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Vote(string text, int start, int length)
    {
        if (length >= ByLength.Length)
        {
            return 0;
        }

        if (ShortWordIndex.TryPack(text, start, length, out var packed))
        {
            // A short ASCII word matches a listed word exactly when their lower-case forms are equal.
            var entry = Index.Find(packed, length);
            if (entry != ShortWordIndex.AskTable)
            {
                return entry >= 0 ? Votes[entry] : 0;
            }
        }

        // The words are lower-case ASCII: an ASCII first letter that differs from theirs, ignoring case, rules them out.
        var first = text[start];
        var asciiFirst = first < 128 ? (char)(first is >= 'A' and <= 'Z' ? first | 0x20 : first) : '\0';
        var words = ByLength[length];
        for (var i = 0; i < words.Length; i++)
        {
            var (word, vote) = words[i];
            if ((asciiFirst == '\0' || asciiFirst == word[0])
                && IgnoreCase.Equals(text, start, word))
            {
                return vote;
            }
        }

        return 0;
    }

    private static List<string> Flatten()
    {
        var words = new List<string>();
        foreach (var bucket in ByLength)
        {
            foreach (var (word, _) in bucket)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The vote of the first entry of <see cref="ByLength"/> that is <paramref name="word"/>.</summary>
    private static int VoteOf(string word)
    {
        foreach (var (listed, vote) in ByLength[word.Length])
        {
            if (listed == word)
            {
                return vote;
            }
        }

        return 0;
    }

    private static (string, int)[][] BuildByLength()
    {
        var longest = 0;
        foreach (var word in Dutch)
        {
            longest = Math.Max(longest, word.Length);
        }

        foreach (var word in English)
        {
            longest = Math.Max(longest, word.Length);
        }

        var table = new (string, int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            table[length] = Array.Empty<(string, int)>();
        }

        foreach (var word in Dutch)
        {
            Append(table, word, 1);
        }

        foreach (var word in English)
        {
            Append(table, word, -1);
        }

        return table;
    }

    private static void Append((string, int)[][] table, string word, int vote)
    {
        var bucket = table[word.Length];
        Array.Resize(ref bucket, bucket.Length + 1);
        bucket[bucket.Length - 1] = (word, vote);
        table[word.Length] = bucket;
    }
}
