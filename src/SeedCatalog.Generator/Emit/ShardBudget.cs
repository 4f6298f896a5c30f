using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Fills a shard's <see cref="ShardData"/> within its share of the #US heap, numbers first: the packed
/// numbers and the strings the catalog needs are always literals; titles are literals with what is left
/// and slices of the seed text past it. With every title the table usually fits (one pass); else it is
/// written again with the titles the rest of the share pays for.
/// </summary>
internal static class ShardBudget
{
    private const int Attempts = 4;

    public static ShardData Fill(ShardPlan shard)
    {
        var all = Write(shard, shard.LiteralBudget);
        if (all.TotalHeapBytes <= shard.LiteralBudget)
        {
            return all;
        }

        var none = Write(shard, 0);
        var titleBudget = shard.LiteralBudget - none.RequiredHeapBytes;
        for (var attempt = 0; attempt < Attempts && titleBudget > 0; attempt++)
        {
            // Each title literal moves later string indexes up, which can lengthen the packed numbers a little.
            var some = Write(shard, titleBudget);
            var over = some.TotalHeapBytes - shard.LiteralBudget;
            if (over <= 0)
            {
                return some;
            }

            titleBudget -= over;
        }

        return none;
    }

    private static ShardData Write(ShardPlan shard, int titleBudget)
    {
        var data = new ShardData(titleBudget, shard.Options.DataSectionThreshold);
        foreach (var named in shard.Articles)
        {
            ArticleDataWriter.Write(data, named.Article, shard.Options);
        }

        return data;
    }
}
