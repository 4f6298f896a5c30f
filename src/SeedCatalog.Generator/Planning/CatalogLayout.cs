using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// Where each seed goes in shard <see cref="CatalogLayout.Shards"/>: by slot, the seed's position (in the order of
/// <see cref="SeedKeys"/>), its member name and its id in the catalog, and whether those are the ones it asked for
/// (its own name and id: the seed's <see cref="SeedArticle.Named"/> fills the slot as it is).
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
    /// <remarks><paramref name="positions"/> may hold nulls (files left out of the catalog): they are skipped, and the shards name seeds by position.</remarks>
    public static CatalogLayout Of(IReadOnlyList<SeedArticle?> positions, CatalogOptions options, int maxNamedMembers)
    {
        var present = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            present += positions[i] is null ? 0 : 1;
        }

        // Dense arrays: the sorts below read ids and dates without going through each seed's objects.
        var seeds = new SeedArticle[present];
        var positionOf = new int[present];
        var ids = new string[present];
        var dates = new PartialDate[present];
        var count = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            if (positions[i] is { } seed)
            {
                seeds[count] = seed;
                positionOf[count] = i;
                ids[count] = seed.Article.Id;
                dates[count] = seed.Article.Date;
                count++;
            }
        }

        var byId = DuplicateIds.Order(seeds, ids, out var dependsOnTexts);
        var idCollisions = new List<IdCollision>();
        DuplicateIds.Settle(seeds, ids, byId, idCollisions);

        // Member names, first come (in id order) first served.
        var names = new string[count];
        var asWanted = new bool[count];
        var taken = new Dictionary<string, string>(count, StringComparer.Ordinal);
        var collisions = new List<NameCollision>();
        foreach (var index in byId)
        {
            var seed = seeds[index];
            var id = ids[index];
            var renamed = !ReferenceEquals(id, seed.Article.Id);
            var wanted = (renamed ? null : seed.WantedName) ?? MemberNameRule.NameFor(id);
            var name = wanted;
            for (var n = 2; taken.ContainsKey(name); n++)
            {
                name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!string.Equals(name, wanted, StringComparison.Ordinal))
            {
                collisions.Add(new NameCollision(seed.Path, id, wanted, taken[wanted], name));
            }

            taken.Add(name, id);
            names[index] = name;
            asWanted[index] = !renamed && seed.Named is not null && string.Equals(name, seed.WantedName, StringComparison.Ordinal);
        }

        // Shards by a hash of the id; slots in id order.
        var shardCount = CatalogPlanner.ShardCount(count);
        var shardOf = new int[count];
        var slotOf = new int[count];
        var sizes = new int[shardCount];
        foreach (var index in byId)
        {
            var shard = CatalogPlanner.ShardOf(ids[index], shardCount);
            shardOf[index] = shard;
            slotOf[index] = sizes[shard]++;
        }

        var shardSeeds = new int[shardCount][];
        var shardNames = new string[shardCount][];
        var shardIds = new string[shardCount][];
        var shardAsWanted = new bool[shardCount][];
        for (var shard = 0; shard < shardCount; shard++)
        {
            shardSeeds[shard] = new int[sizes[shard]];
            shardNames[shard] = new string[sizes[shard]];
            shardIds[shard] = new string[sizes[shard]];
            shardAsWanted[shard] = new bool[sizes[shard]];
        }

        foreach (var index in byId)
        {
            var shard = shardOf[index];
            var slot = slotOf[index];
            shardSeeds[shard][slot] = positionOf[index];
            shardNames[shard][slot] = names[index];
            shardIds[shard][slot] = ids[index];
            shardAsWanted[shard][slot] = asWanted[index];
        }

        var shards = new ShardLayout[shardCount];
        for (var shard = 0; shard < shardCount; shard++)
        {
            shards[shard] = new ShardLayout(new(shardSeeds[shard]), new(shardNames[shard]), new(shardIds[shard]), new(shardAsWanted[shard]));
        }

        // The entries in catalog order: date, then id.
        var order = byId;
        Array.Sort(order, new CatalogOrder(dates, ids));
        var entries = new CatalogEntry[count];
        for (var k = 0; k < count; k++)
        {
            var index = order[k];
            entries[k] = new CatalogEntry(ids[index], names[index], dates[index], shardOf[index], slotOf[index]);
        }

        var namedMembers = options.NamedMembers == Model.NamedMembers.Always && count <= maxNamedMembers;
        var omitted = options.NamedMembers == Model.NamedMembers.Always && !namedMembers;
        return new CatalogLayout(
            options,
            positions.Count,
            maxNamedMembers,
            new(entries),
            new(shards),
            EquatableArray.From(collisions),
            EquatableArray.From(idCollisions),
            namedMembers,
            omitted,
            dependsOnTexts);
    }

    /// <summary>Catalog order (<see cref="CatalogPlanner.Compare"/>) of seed indexes, by their settled ids.</summary>
    private sealed class CatalogOrder : IComparer<int>
    {
        private readonly PartialDate[] _dates;
        private readonly string[] _ids;

        public CatalogOrder(PartialDate[] dates, string[] ids)
        {
            _dates = dates;
            _ids = ids;
        }

        public int Compare(int x, int y)
        {
            var a = _dates[x];
            var b = _dates[y];
            var c = a.Year.CompareTo(b.Year);
            if (c == 0) c = a.Month.CompareTo(b.Month);
            if (c == 0) c = a.Day.CompareTo(b.Day);
            return c != 0 ? c : string.CompareOrdinal(_ids[x], _ids[y]);
        }
    }
}
