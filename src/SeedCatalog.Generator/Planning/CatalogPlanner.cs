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

    /// <summary>
    /// The bytes of the #US heap (every string literal of the assembly, capped at 2^24 bytes: CS8103)
    /// the catalog's literals may use; the rest is left to the consumer's own code and the catalog's types.
    /// </summary>
    public const int UserStringBudget = 12_000_000;

    public static CatalogPlan Plan(IReadOnlyList<SeedArticle> seeds, CatalogOptions options)
        => Plan(seeds, options, CatalogOptions.MaxNamedMembers);

    /// <summary>Plans the catalog; past <paramref name="maxNamedMembers"/> articles the named members are left out (SEED030).</summary>
    public static CatalogPlan Plan(IReadOnlyList<SeedArticle> seeds, CatalogOptions options, int maxNamedMembers)
    {
        var idCollisions = new List<IdCollision>();
        var byId = DuplicateIds.Settle(seeds, idCollisions);

        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var collisions = new List<NameCollision>();
        var named = new List<(SeedArticle Seed, string Name)>(byId.Count);
        foreach (var seed in byId)
        {
            var wanted = seed.WantedName ?? MemberNameRule.NameFor(seed.Article.Id);
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

        var placed = new List<(SeedArticle Seed, string Name, int Shard, int Slot)>(named.Count);
        foreach (var (seed, name) in named)
        {
            var shard = ShardOf(seed.Article.Id, shardCount);
            placed.Add((seed, name, shard, shards[shard].Count));
            shards[shard].Add(new NamedArticle(name, seed.Article));
        }

        placed.Sort((a, b) => Compare(a.Seed.Article, b.Seed.Article));
        var entries = new List<CatalogEntry>(placed.Count);
        foreach (var (seed, name, shard, slot) in placed)
        {
            entries.Add(new CatalogEntry(seed.Article.Id, name, seed.Article.Date, shard, slot));
        }

        var namedMembers = options.NamedMembers == NamedMembers.Always && named.Count <= maxNamedMembers;
        var shardPlans = new List<ShardPlan>(shardCount);
        for (var i = 0; i < shardCount; i++)
        {
            shardPlans.Add(new ShardPlan(options, i, shardCount, EquatableArray.From(shards[i]), UserStringBudget / shardCount, namedMembers));
        }

        var omitted = options.NamedMembers == NamedMembers.Always && !namedMembers;
        return new CatalogPlan(options, shardCount, EquatableArray.From(entries), EquatableArray.From(shardPlans), EquatableArray.From(collisions), EquatableArray.From(idCollisions), omitted);
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
