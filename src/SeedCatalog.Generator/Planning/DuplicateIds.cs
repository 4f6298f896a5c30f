using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedCatalog.Generator.Planning;

/// <summary>Two seeds with the same id, and the id the later one got instead.</summary>
internal sealed record IdCollision(string Path, string Id, string OtherPath, string GivenId);

/// <summary>
/// Gives every seed a unique id. Seeds with the same id (the same file added twice, or two files given
/// the same <c>SeedCatalogId</c>) are ordered by path, then text, so the outcome does not depend on the
/// order of the AdditionalFiles; the first keeps the id, each later one gets <c>id~2</c>, <c>id~3</c>, …
/// (skipping ids already in use). A renamed seed's text is emitted inline: its id names no resource.
/// </summary>
internal static class DuplicateIds
{
    public const char Separator = '~';

    /// <summary>
    /// The seeds' indexes by id, then path, then text (ordinal): a total order on distinct seeds. Sets
    /// <paramref name="readTexts"/> when two seeds have the same id and path, so that only their texts order them.
    /// </summary>
    public static int[] Order(IReadOnlyList<SeedArticle> seeds, out bool readTexts)
    {
        var order = new int[seeds.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, new IdComparer(seeds));
        readTexts = false;
        for (var k = 1; k < order.Length && !readTexts; k++)
        {
            var a = seeds[order[k - 1]];
            var b = seeds[order[k]];
            readTexts = string.Equals(a.Article.Id, b.Article.Id, StringComparison.Ordinal) && string.Equals(a.Path, b.Path, StringComparison.Ordinal);
        }

        return order;
    }

    /// <summary>Each seed's id in the catalog (by seed index), given the order of <see cref="Order"/>.</summary>
    public static string[] Settle(IReadOnlyList<SeedArticle> seeds, int[] order, List<IdCollision> collisions)
    {
        var ids = new string[seeds.Count];
        var duplicates = false;
        for (var k = 0; k < order.Length; k++)
        {
            ids[order[k]] = seeds[order[k]].Article.Id;
            duplicates |= k > 0 && string.Equals(ids[order[k]], ids[order[k - 1]], StringComparison.Ordinal);
        }

        if (!duplicates)
        {
            return ids;
        }

        var used = new HashSet<string>(ids, StringComparer.Ordinal);
        var first = 0;
        for (var k = 1; k < order.Length; k++)
        {
            var seed = seeds[order[k]];
            var id = seed.Article.Id;
            if (!string.Equals(id, seeds[order[k - 1]].Article.Id, StringComparison.Ordinal))
            {
                first = k;
                continue;
            }

            var given = id;
            for (var n = 2; used.Contains(given); n++)
            {
                given = id + Separator + n.ToString(CultureInfo.InvariantCulture);
            }

            used.Add(given);
            collisions.Add(new IdCollision(seed.Path, id, seeds[order[first]].Path, given));
            ids[order[k]] = given;
        }

        return ids;
    }

    private sealed class IdComparer : IComparer<int>
    {
        private readonly IReadOnlyList<SeedArticle> _seeds;

        public IdComparer(IReadOnlyList<SeedArticle> seeds) => _seeds = seeds;

        public int Compare(int x, int y)
        {
            if (x == y)
            {
                return 0;
            }

            var a = _seeds[x];
            var b = _seeds[y];
            var c = string.CompareOrdinal(a.Article.Id, b.Article.Id);
            if (c == 0) c = string.CompareOrdinal(a.Path, b.Path);
            return c != 0 ? c : string.CompareOrdinal(a.Article.Text, b.Article.Text);
        }
    }
}
