using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// Orders the articles, gives each a unique member name and assigns it to a shard. Runs after the
/// per-seed work is collected, on every change, so it only sorts and names.
/// </summary>
internal static class CatalogPlanner
{
    /// <summary>Target number of articles per generated shard file.</summary>
    public const int ArticlesPerShard = 128;

    public static CatalogPlan Plan(IReadOnlyList<SeedArticle> seeds, CatalogOptions options)
    {
        var idCollisions = new List<IdCollision>();
        var byId = DuplicateIds.Settle(seeds, idCollisions);

        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var collisions = new List<NameCollision>();
        var named = new List<(SeedArticle Seed, string Name)>(byId.Count);
        foreach (var seed in byId)
        {
            var wanted = MemberNameRule.NameFor(seed.Article.Id);
            var name = wanted;
            for (var n = 2; taken.ContainsKey(name); n++)
            {
                name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!string.Equals(name, wanted, StringComparison.Ordinal))
            {
                collisions.Add(new NameCollision(seed.Path, seed.Article.Id, wanted, taken[wanted], name));
            }

            taken[name] = seed.Article.Id;
            named.Add((seed, name));
        }

        var shardCount = ShardCount(named.Count);
        var shards = new List<NamedArticle>[shardCount];
        for (var i = 0; i < shardCount; i++)
        {
            shards[i] = new List<NamedArticle>();
        }

        foreach (var (seed, name) in named)
        {
            shards[ShardOf(seed.Article.Id, shardCount)].Add(new NamedArticle(name, seed.Article));
        }

        named.Sort((a, b) => Compare(a.Seed.Article, b.Seed.Article));
        var entries = new List<CatalogEntry>(named.Count);
        foreach (var (seed, name) in named)
        {
            entries.Add(new CatalogEntry(seed.Article.Id, name, seed.Article.Date));
        }

        var shardPlans = new List<ShardPlan>(shardCount);
        for (var i = 0; i < shardCount; i++)
        {
            shardPlans.Add(new ShardPlan(options, i, shardCount, EquatableArray.From(shards[i])));
        }

        return new CatalogPlan(options, EquatableArray.From(entries), EquatableArray.From(shardPlans), EquatableArray.From(collisions), EquatableArray.From(idCollisions));
    }

    /// <summary>Catalog order: date (year, month, day; unknown parts first), then id, ordinal.</summary>
    public static int Compare(ArticleModel a, ArticleModel b)
    {
        var c = a.Date.Year.CompareTo(b.Date.Year);
        if (c == 0) c = a.Date.Month.CompareTo(b.Date.Month);
        if (c == 0) c = a.Date.Day.CompareTo(b.Date.Day);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private static int ShardCount(int articles)
    {
        var count = 1;
        while (count * ArticlesPerShard < articles)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across runs, processes and machines.</summary>
    private static int ShardOf(string id, int shardCount)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)shardCount);
    }
}
