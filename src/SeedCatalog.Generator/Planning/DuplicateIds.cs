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

    public static List<SeedArticle> Settle(IReadOnlyList<SeedArticle> seeds, List<IdCollision> collisions)
    {
        var sorted = new List<SeedArticle>(seeds);
        sorted.Sort(Compare);

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in sorted)
        {
            used.Add(seed.Article.Id);
        }

        var result = new List<SeedArticle>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var seed = sorted[i];
            if (i == 0 || !string.Equals(seed.Article.Id, sorted[i - 1].Article.Id, StringComparison.Ordinal))
            {
                result.Add(seed);
                continue;
            }

            var id = seed.Article.Id;
            var given = id;
            for (var n = 2; used.Contains(given); n++)
            {
                given = id + Separator + n.ToString(CultureInfo.InvariantCulture);
            }

            used.Add(given);
            var first = FirstWithId(sorted, i);
            collisions.Add(new IdCollision(seed.Path, id, first.Path, given));
            result.Add(seed with { Article = seed.Article with { Id = given, RenamedFrom = id }, WantedName = null });
        }

        return result;
    }

    /// <summary>By id, then path, then text (ordinal): a total order on distinct seeds.</summary>
    private static int Compare(SeedArticle a, SeedArticle b)
    {
        var c = string.CompareOrdinal(a.Article.Id, b.Article.Id);
        if (c == 0) c = string.CompareOrdinal(a.Path, b.Path);
        return c != 0 ? c : string.CompareOrdinal(a.Article.Text, b.Article.Text);
    }

    private static SeedArticle FirstWithId(List<SeedArticle> sorted, int index)
    {
        while (index > 0 && string.Equals(sorted[index - 1].Article.Id, sorted[index].Article.Id, StringComparison.Ordinal))
        {
            index--;
        }

        return sorted[index];
    }
}
