using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// What the analyzer needs to check constant lookups, and nothing more: every id (ordinal order), the
/// ids whose member is not the one <see cref="MemberNameRule"/> gives (<c>id</c> TAB <c>member</c>, after a
/// collision), whether articles have named members at all, and every quoted speaker's full name. The ids
/// come from the catalog's entries (recomputed only when an id or date changes), the speakers from the articles.
/// </summary>
internal sealed record LookupTable(
    CatalogOptions Options,
    EquatableArray<string> Ids,
    EquatableArray<string> RenamedMembers,
    bool NamedMembers,
    EquatableArray<string> Speakers)
{
    /// <summary>
    /// Each article's distinct speakers, kept while the pipeline keeps the article's model: after a one-seed edit only
    /// that seed's quotes are looked at again (touching every quote of 10,000 articles took tens of milliseconds).
    /// </summary>
    private static readonly ConditionalWeakTable<ArticleModel, string[]> s_speakers = new();

    public static LookupTable Of(CatalogPlan plan) => WithIds(plan, SpeakersOf(plan));

    /// <summary>The table's ids, renamed members and options from the plan's entries (its shards are not looked at), with <paramref name="speakers"/>.</summary>
    public static LookupTable WithIds(CatalogPlan entries, EquatableArray<string> speakers)
    {
        var ids = new string[entries.Entries.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = entries.Entries[i].Id;
        }

        // Ordinal order, not catalog order: a seed's new date then leaves the table as it was (it is not re-emitted).
        System.Array.Sort(ids, System.StringComparer.Ordinal);

        // Only a collision gives a member another name than the rule's.
        var renamed = new string[entries.Collisions.Count];
        for (var i = 0; i < renamed.Length; i++)
        {
            renamed[i] = entries.Collisions[i].Id + LookupTableFormat.Pair + entries.Collisions[i].GivenName;
        }

        System.Array.Sort(renamed, System.StringComparer.Ordinal);
        var namedMembers = entries.Options.NamedMembers == Model.NamedMembers.Always && !entries.NamedMembersOmitted;
        return new LookupTable(entries.Options, new EquatableArray<string>(ids), new EquatableArray<string>(renamed), namedMembers, speakers);
    }

    /// <summary>Every quoted speaker of the plan's articles, distinct, in ordinal order.</summary>
    public static EquatableArray<string> SpeakersOf(CatalogPlan plan)
    {
        var speakers = new HashSet<string>(System.StringComparer.Ordinal);
        for (var s = 0; s < plan.Shards.Count; s++)
        {
            var articles = plan.Shards[s].Articles;
            for (var a = 0; a < articles.Count; a++)
            {
                foreach (var speaker in s_speakers.GetValue(articles[a].Article, DistinctSpeakers))
                {
                    speakers.Add(speaker);
                }
            }
        }

        var sorted = new string[speakers.Count];
        speakers.CopyTo(sorted);
        System.Array.Sort(sorted, System.StringComparer.Ordinal);
        return new EquatableArray<string>(sorted);
    }

    private static string[] DistinctSpeakers(ArticleModel article)
    {
        var distinct = new List<string>();
        var quotes = article.Quotes;
        for (var q = 0; q < quotes.Count; q++)
        {
            if (quotes[q].Speaker is { Length: > 0 } speaker && !distinct.Contains(speaker))
            {
                distinct.Add(speaker);
            }
        }

        return distinct.ToArray();
    }
}
