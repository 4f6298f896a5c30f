using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>Which shard each seed goes to (by a hash of its settled id) and its slot there (in id order).</summary>
internal sealed class ShardSlots
{
    private ShardSlots(int seeds, int shardCount)
    {
        ShardOf = new int[seeds];
        SlotOf = new int[seeds];
        Sizes = new int[shardCount];
    }

    /// <summary>By seed index.</summary>
    public int[] ShardOf { get; }

    /// <summary>By seed index.</summary>
    public int[] SlotOf { get; }

    /// <summary>By shard.</summary>
    public int[] Sizes { get; }

    public static ShardSlots Assign(DenseSeeds seeds, int[] byId)
    {
        var shardCount = CatalogPlanner.ShardCount(seeds.Count);
        var slots = new ShardSlots(seeds.Count, shardCount);
        foreach (var index in byId)
        {
            var shard = CatalogPlanner.ShardOf(seeds.Ids[index], shardCount);
            slots.ShardOf[index] = shard;
            slots.SlotOf[index] = slots.Sizes[shard]++;
        }

        return slots;
    }

    /// <summary>Each shard's slots: the seed's position, member name, settled id, and whether it kept what it asked for.</summary>
    public EquatableArray<ShardLayout> Layouts(DenseSeeds seeds, int[] byId, MemberNames names)
    {
        var shardCount = Sizes.Length;
        var shardSeeds = new int[shardCount][];
        var shardNames = new string[shardCount][];
        var shardIds = new string[shardCount][];
        var shardAsWanted = new bool[shardCount][];
        for (var shard = 0; shard < shardCount; shard++)
        {
            shardSeeds[shard] = new int[Sizes[shard]];
            shardNames[shard] = new string[Sizes[shard]];
            shardIds[shard] = new string[Sizes[shard]];
            shardAsWanted[shard] = new bool[Sizes[shard]];
        }

        foreach (var index in byId)
        {
            var shard = ShardOf[index];
            var slot = SlotOf[index];
            shardSeeds[shard][slot] = seeds.PositionOf[index];
            shardNames[shard][slot] = names.Names[index];
            shardIds[shard][slot] = seeds.Ids[index];
            shardAsWanted[shard][slot] = names.AsWanted[index];
        }

        var layouts = new ShardLayout[shardCount];
        for (var shard = 0; shard < shardCount; shard++)
        {
            layouts[shard] = new ShardLayout(new(shardSeeds[shard]), new(shardNames[shard]), new(shardIds[shard]), new(shardAsWanted[shard]));
        }

        return new(layouts);
    }
}
