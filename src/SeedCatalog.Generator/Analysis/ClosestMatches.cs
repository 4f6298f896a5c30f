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
        var folded = Fold(wanted);
        var rows = new Rows(wanted.Length);
        var found = new List<(int Distance, string Candidate)>();
        foreach (var candidate in candidates)
        {
            var best = int.MaxValue;
            foreach (var key in keys(candidate))
            {
                if (Math.Abs(key.Length - wanted.Length) <= limit)
                {
                    best = Math.Min(best, Distance(folded, key, limit, rows));
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

    public static int Distance(string a, string b, int limit) => Distance(Fold(a), b, limit, new Rows(a.Length));

    /// <summary>
    /// Levenshtein distance of <paramref name="b"/> to the case-folded <paramref name="a"/>, computed only in the band of
    /// cells within <paramref name="limit"/> of the diagonal (no path outside it is cheaper), or more than the limit as
    /// soon as a whole row is past it. Runs over the shorter dimension's rows, reusing <paramref name="rows"/>.
    /// </summary>
    private static int Distance(string a, string b, int limit, Rows rows)
    {
        var outside = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return outside;
        }

        var previous = rows.Previous(b.Length + 1);
        var current = rows.Current(b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= limit ? j : outside;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = i <= limit ? i : outside;
            if (from > 1)
            {
                current[from - 1] = outside;
            }

            var rowMin = current[0];
            var ai = a[i - 1];
            for (var j = from; j <= to; j++)
            {
                var bj = b[j - 1];
                var same = ai == bj || ai == Fold(bj);
                var cell = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
                current[j] = Math.Min(cell, outside);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = outside;
            }

            if (rowMin > limit)
            {
                return outside;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Fold(string text) => text.ToUpperInvariant();

    private static char Fold(char c) => c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);

    /// <summary>Two rows of the distance table, grown as needed and reused for every candidate.</summary>
    private sealed class Rows
    {
        private int[] _previous;
        private int[] _current;

        public Rows(int length)
        {
            _previous = new int[length + 2];
            _current = new int[length + 2];
        }

        public int[] Previous(int length) => _previous.Length >= length + 1 ? _previous : _previous = new int[length + 1];

        public int[] Current(int length) => _current.Length >= length + 1 ? _current : _current = new int[length + 1];
    }
}
