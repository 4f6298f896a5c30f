using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// Orders the articles, gives each a unique member name and assigns it to a shard. Runs after the
/// per-seed work is collected: <see cref="CatalogLayout"/> sorts and names (only when a seed's path, id,
/// date or name changed), <see cref="Assemble"/> fills the shards with the current articles (on every change).
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

    /// <summary>
    /// Puts the current articles into the slots of <paramref name="layout"/>, which was worked out from seeds with
    /// the same keys (<see cref="SeedKeys"/>): the same seeds in the same order, their bodies perhaps edited since.
    /// Allocates the shards' article lists; an article under its wanted name is its seed's own <see cref="SeedResult.Named"/>.
    /// Past <see cref="CatalogLayout.MaxNamedMembers"/> articles the named members are left out (SEED030).
    /// </summary>
    public static CatalogPlan Assemble(CatalogLayout layout, IReadOnlyList<SeedResult?> seeds)
    {
        if (layout.DependsOnTexts || layout.PositionCount != seeds.Count)
        {
            layout = CatalogLayout.Of(seeds, layout.Options, layout.MaxNamedMembers);
        }

        var shardCount = layout.Shards.Count;
        var shardPlans = new ShardPlan[shardCount];
        for (var i = 0; i < shardCount; i++)
        {
            var shard = layout.Shards[i];
            var articles = new NamedArticle[shard.Seeds.Count];
            for (var slot = 0; slot < articles.Length; slot++)
            {
                var seed = seeds[shard.Seeds[slot]]!;
                if (shard.AsWanted[slot])
                {
                    articles[slot] = seed.Named!;
                    continue;
                }

                var article = seed.Article!;
                var id = shard.Ids[slot];
                articles[slot] = new NamedArticle(shard.Names[slot], string.Equals(id, article.Id, StringComparison.Ordinal) ? article : article with { Id = id, RenamedFrom = article.Id });
            }

            shardPlans[i] = new ShardPlan(layout.Options, i, shardCount, new EquatableArray<NamedArticle>(articles), UserStringBudget / shardCount, layout.NamedMembers);
        }

        return new CatalogPlan(layout.Options, shardCount, layout.Entries, new EquatableArray<ShardPlan>(shardPlans), layout.Collisions, layout.IdCollisions, layout.NamedMembersOmitted);
    }

    public static int ShardCount(int articles)
    {
        var count = 1;
        while (count * ArticlesPerShard < articles)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across runs, processes and machines.</summary>
    public static int ShardOf(string id, int shardCount)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)shardCount);
    }
}
