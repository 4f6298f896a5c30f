using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>An article's place in the catalog: its id, member name, date (for ordering) and where its shard holds it.</summary>
internal sealed record CatalogEntry(string Id, string MemberName, PartialDate Date, int Shard, int Slot);

/// <summary>
/// One generated file of article members (when <see cref="NamedMembers"/>) and their data table. Articles land in a shard by a hash of
/// their id, ordered by id. <see cref="LiteralBudget"/> is the shard's share of the assembly's user-string
/// heap (in bytes) that its optional literals (titles) may take.
/// </summary>
internal sealed record ShardPlan(CatalogOptions Options, int Index, int Count, EquatableArray<NamedArticle> Articles, int LiteralBudget, bool NamedMembers = true);

/// <summary>Two seeds whose member names collided, and the name the later one got instead.</summary>
internal sealed record NameCollision(string Path, string Id, string WantedName, string OtherId, string GivenName);

/// <summary>
/// The whole catalog's shape: the articles in order (by date, then id), the shards that hold them,
/// and the collisions (of member names, and of ids) settled on the way.
/// </summary>
internal sealed record CatalogPlan(
    CatalogOptions Options,
    int ShardCount,
    EquatableArray<CatalogEntry> Entries,
    EquatableArray<ShardPlan> Shards,
    EquatableArray<NameCollision> Collisions,
    EquatableArray<IdCollision> IdCollisions = default,
    bool NamedMembersOmitted = false);
