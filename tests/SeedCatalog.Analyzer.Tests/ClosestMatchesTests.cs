using System;
using SeedCatalog.Generator.Analysis;
using Xunit;

namespace SeedCatalog.Analyzer.Tests;

/// <summary>The banded edit distance behind "did you mean" agrees with the plain one within its limit.</summary>
public class ClosestMatchesTests
{
    [Theory]
    [InlineData("000_db6bec3f799fe72", "000_db6bec3f799fe721", 1)]
    [InlineData("Rute", "Rutte", 1)]
    [InlineData("rutte", "RUTTE", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("naïve café", "NAÏVE CAFE", 1)]
    public void Distance_is_the_edit_distance_without_case(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestMatches.Distance(a, b, 5));
        Assert.Equal(expected, ClosestMatches.Distance(b, a, 5));
    }

    [Fact]
    public void Distances_agree_with_the_full_table_on_random_words()
    {
        var random = new Random(42);
        for (var n = 0; n < 2000; n++)
        {
            var a = Word(random);
            var b = Word(random);
            var limit = random.Next(1, 6);
            var plain = Plain(a.ToUpperInvariant(), b.ToUpperInvariant());
            Assert.Equal(Math.Min(plain, limit + 1), ClosestMatches.Distance(a, b, limit));
        }
    }

    [Fact]
    public void Suggestions_are_closest_first_then_ordinal_and_at_most_three()
    {
        var found = ClosestMatches.Find("dupp", new[] { "dup", "Dup_", "duppp", "dump", "far away" }, static c => new[] { c });
        Assert.Equal(new[] { "Dup_", "dump", "dup" }, found);
    }

    private static string Word(Random random)
    {
        var chars = new char[random.Next(0, 12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = "abcAB_é"[random.Next(7)];
        }

        return new string(chars);
    }

    private static int Plain(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
