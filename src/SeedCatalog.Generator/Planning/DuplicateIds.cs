using System;
using System.Collections.Generic;
using System.Globalization;
using SeedCatalog.Generator.Model;

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
    public static int[] Order(SeedResult[] seeds, string[] ids, out bool readTexts)
    {
        var order = new int[seeds.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var paths = new string[seeds.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = seeds[i].Path;
        }

        Array.Sort(order, new IdComparer(seeds, ids, paths));
        readTexts = false;
        for (var k = 1; k < order.Length && !readTexts; k++)
        {
            readTexts = string.Equals(ids[order[k - 1]], ids[order[k]], StringComparison.Ordinal) && string.Equals(paths[order[k - 1]], paths[order[k]], StringComparison.Ordinal);
        }

        return order;
    }

    /// <summary>
    /// Settles each seed's id in the catalog, in place in <paramref name="ids"/> (by seed index, its own id until
    /// then), given the order of <see cref="Order"/>; true when any seed got another id.
    /// </summary>
    public static bool Settle(SeedResult[] seeds, string[] ids, int[] order, List<IdCollision> collisions)
    {
        var duplicates = false;
        for (var k = 1; k < order.Length && !duplicates; k++)
        {
            duplicates = string.Equals(ids[order[k]], ids[order[k - 1]], StringComparison.Ordinal);
        }

        if (!duplicates)
        {
            return false;
        }

        var used = new HashSet<string>(ids, StringComparer.Ordinal);
        var first = 0;
        for (var k = 1; k < order.Length; k++)
        {
            var seed = seeds[order[k]];
            var id = seed.Article!.Id;
            if (!string.Equals(id, seeds[order[k - 1]].Article!.Id, StringComparison.Ordinal))
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

        return true;
    }

    private sealed class IdComparer : IComparer<int>
    {
        private readonly SeedResult[] _seeds;
        private readonly string[] _ids;
        private readonly string[] _paths;

        public IdComparer(SeedResult[] seeds, string[] ids, string[] paths)
        {
            _seeds = seeds;
            _ids = ids;
            _paths = paths;
        }

        public int Compare(int x, int y)
        {
            if (x == y)
            {
                return 0;
            }

            var c = string.CompareOrdinal(_ids[x], _ids[y]);
            if (c == 0) c = string.CompareOrdinal(_paths[x], _paths[y]);
            return c != 0 ? c : string.CompareOrdinal(_seeds[x].Article!.Text, _seeds[y].Article!.Text);
        }
    }
}
