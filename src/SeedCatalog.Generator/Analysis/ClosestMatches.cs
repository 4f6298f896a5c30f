using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Analysis;

/// <summary>
/// The "did you mean" candidates for a misspelt id or name: the few closest by edit distance (letters
/// compared without case), within a third of the word's length (at least 2 edits). Runs only when a
/// diagnostic is reported, never on code that is right.
/// </summary>
internal static class ClosestMatches
{
    public const int MaxSuggestions = 3;

    /// <summary>The closest of <paramref name="candidates"/>; <paramref name="keys"/> gives the texts to compare each by (all are tried).</summary>
    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> candidates, Func<string, IEnumerable<string>> keys)
    {
        var limit = Math.Max(2, wanted.Length / 3);
        var found = new List<(int Distance, string Candidate)>();
        foreach (var candidate in candidates)
        {
            var best = int.MaxValue;
            foreach (var key in keys(candidate))
            {
                if (Math.Abs(key.Length - wanted.Length) <= limit)
                {
                    best = Math.Min(best, Distance(wanted, key, limit));
                }
            }

            if (best <= limit)
            {
                found.Add((best, candidate));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Candidate, b.Candidate));
        var result = new List<string>(Math.Min(MaxSuggestions, found.Count));
        foreach (var (_, candidate) in found)
        {
            if (result.Count == MaxSuggestions)
            {
                break;
            }

            if (!result.Contains(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>Levenshtein distance without case, or more than <paramref name="limit"/> once a whole row is past it.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
