using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// Where each seed goes in shard <see cref="CatalogLayout.Shards"/>: by slot, the seed's position (in the order of
/// <see cref="SeedKeys"/>), its member name and its id in the catalog, and whether those are the ones it asked for
/// (its own name and id: the seed's <see cref="SeedResult.Named"/> fills the slot as it is).
/// </summary>
internal sealed record ShardLayout(EquatableArray<int> Seeds, EquatableArray<string> Names, EquatableArray<string> Ids, EquatableArray<bool> AsWanted);

/// <summary>
/// The catalog's shape, worked out from what <see cref="SeedKeys"/> compares (paths, ids, dates, wanted names) and
/// never from the articles' bodies, so it stays cached while only texts change: ids settled, member names given,
/// the entries in catalog order, and which seed goes to which slot of which shard. <see cref="CatalogPlanner.Assemble"/>
/// puts the current articles in the slots. <see cref="DependsOnTexts"/> is set when two seeds have the same id and
/// path, so their texts order them: such a layout is worked out again from the current seeds every time.
/// </summary>
internal sealed record CatalogLayout(
    CatalogOptions Options,
    int PositionCount,
    int MaxNamedMembers,
    EquatableArray<CatalogEntry> Entries,
    EquatableArray<ShardLayout> Shards,
    EquatableArray<NameCollision> Collisions,
    EquatableArray<IdCollision> IdCollisions,
    bool NamedMembers,
    bool NamedMembersOmitted,
    bool DependsOnTexts)
{
    /// <summary>Orders the seeds, gives each a unique id and member name and assigns it to a shard slot.</summary>
    /// <remarks><paramref name="positions"/> may hold nulls and seeds with no article (files left out of the catalog): they are skipped, and the shards name seeds by position.</remarks>
    public static CatalogLayout Of(IReadOnlyList<SeedResult?> positions, CatalogOptions options, int maxNamedMembers)
    {
        var seeds = DenseSeeds.Of(positions);
        var byId = DuplicateIds.Order(seeds.Seeds, seeds.Ids, out var dependsOnTexts);
        var idCollisions = new List<IdCollision>();
        DuplicateIds.Settle(seeds.Seeds, seeds.Ids, byId, idCollisions);
        var names = MemberNames.Give(seeds, byId);
        var slots = ShardSlots.Assign(seeds, byId);
        var shards = slots.Layouts(seeds, byId, names);
        var entries = EntriesInCatalogOrder(seeds, byId, names, slots);

        var namedMembers = options.NamedMembers == Model.NamedMembers.Always && seeds.Count <= maxNamedMembers;
        var omitted = options.NamedMembers == Model.NamedMembers.Always && !namedMembers;
        return new CatalogLayout(
            options,
            positions.Count,
            maxNamedMembers,
            entries,
            shards,
            EquatableArray.From(names.Collisions),
            EquatableArray.From(idCollisions),
            namedMembers,
            omitted,
            dependsOnTexts);
    }

    /// <summary>The entries in catalog order (<see cref="CatalogOrder"/>) by their settled ids. Reorders <paramref name="byId"/> in place.</summary>
    private static EquatableArray<CatalogEntry> EntriesInCatalogOrder(DenseSeeds seeds, int[] byId, MemberNames names, ShardSlots slots)
    {
        var order = byId;
        Array.Sort(order, new SeedOrder(seeds.Dates, seeds.Ids));
        var entries = new CatalogEntry[seeds.Count];
        for (var k = 0; k < entries.Length; k++)
        {
            var index = order[k];
            entries[k] = new CatalogEntry(seeds.Ids[index], names.Names[index], seeds.Dates[index], slots.ShardOf[index], slots.SlotOf[index]);
        }

        return new(entries);
    }

    private sealed class SeedOrder : IComparer<int>
    {
        private readonly PartialDate[] _dates;
        private readonly string[] _ids;

        public SeedOrder(PartialDate[] dates, string[] ids)
        {
            _dates = dates;
            _ids = ids;
        }

        public int Compare(int x, int y) => CatalogOrder.Compare(_dates[x], _ids[x], _dates[y], _ids[y]);
    }
}
