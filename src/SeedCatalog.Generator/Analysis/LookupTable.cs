using System.Collections.Generic;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Analysis;

/// <summary>
/// What the analyzer needs to check constant lookups, and nothing more: every id (ordinal order), the
/// ids whose member is not the one <see cref="MemberNameRule"/> gives (<c>id</c> TAB <c>member</c>, after a
/// collision), whether articles have named members at all, and every quoted speaker's full name.
/// </summary>
internal sealed record LookupTable(
    CatalogOptions Options,
    EquatableArray<string> Ids,
    EquatableArray<string> RenamedMembers,
    bool NamedMembers,
    EquatableArray<string> Speakers)
{
    public static LookupTable Of(CatalogPlan plan)
    {
        var ids = new List<string>(plan.Entries.Count);
        var renamed = new List<string>();
        foreach (var entry in plan.Entries)
        {
            ids.Add(entry.Id);
        }

        // Only a collision gives a member another name than the rule's.
        foreach (var collision in plan.Collisions)
        {
            renamed.Add(collision.Id + LookupTableFormat.Pair + collision.GivenName);
        }

        ids.Sort(System.StringComparer.Ordinal);
        renamed.Sort(System.StringComparer.Ordinal);
        var speakers = new SortedSet<string>(System.StringComparer.Ordinal);
        var namedMembers = plan.Options.NamedMembers == Model.NamedMembers.Always && !plan.NamedMembersOmitted;
        foreach (var shard in plan.Shards)
        {
            foreach (var named in shard.Articles)
            {
                foreach (var quote in named.Article.Quotes)
                {
                    if (quote.Speaker is { Length: > 0 } speaker)
                    {
                        speakers.Add(speaker);
                    }
                }
            }
        }

        return new LookupTable(plan.Options, new EquatableArray<string>(ids), new EquatableArray<string>(renamed), namedMembers, new EquatableArray<string>(speakers));
    }
}
