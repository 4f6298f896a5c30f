using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Planning;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Analysis;

/// <summary>
/// The lookup table read back from the generated attribute: answers "is there a seed with this id",
/// "does this name find a speaker" (as <c>Seeds.QuotesBy</c> matches: the full name, or the end of it
/// after a space, without case) and "what is this article's member". Sets are built on first use.
/// </summary>
internal sealed class CatalogTable
{
    private readonly string _ids;
    private readonly string _renamedMembers;
    private readonly string _speakers;
    private readonly bool _namedMembers;
    private readonly Lazy<HashSet<string>> _idSet;
    private readonly Lazy<Dictionary<string, string>> _renamed;
    private readonly Lazy<string[]> _speakerList;
    private readonly Lazy<HashSet<string>> _speakerKeys;

    public CatalogTable(string ids, string renamedMembers, bool namedMembers, string speakers)
    {
        _ids = ids;
        _renamedMembers = renamedMembers;
        _namedMembers = namedMembers;
        _speakers = speakers;
        _idSet = new Lazy<HashSet<string>>(() => new HashSet<string>(LookupTableFormat.Split(_ids), StringComparer.Ordinal));
        _renamed = new Lazy<Dictionary<string, string>>(ReadRenamed);
        _speakerList = new Lazy<string[]>(() => LookupTableFormat.Split(_speakers));
        _speakerKeys = new Lazy<HashSet<string>>(SpeakerKeys);
    }

    public bool HasId(string id) => _idSet.Value.Contains(id);

    public IReadOnlyList<string> IdsLike(string id) => ClosestMatches.Find(id, _idSet.Value, static candidate => new[] { candidate });

    /// <summary>The named member of the article with this id, or null when the catalog has no named members.</summary>
    public string? MemberOf(string id)
        => !_namedMembers ? null : _renamed.Value.TryGetValue(id, out var renamed) ? renamed : MemberNameRule.NameFor(id);

    /// <summary>Whether <c>QuotesBy(name)</c> finds someone (null and empty names are not asked about).</summary>
    public bool FindsSpeaker(string name) => _speakerKeys.Value.Contains(name.Trim());

    public IReadOnlyList<string> SpeakersLike(string name) => ClosestMatches.Find(name.Trim(), _speakerList.Value, static speaker => new[] { speaker, Surname(speaker) });

    private Dictionary<string, string> ReadRenamed()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in LookupTableFormat.Split(_renamedMembers))
        {
            var tab = pair.IndexOf(LookupTableFormat.Pair);
            if (tab > 0)
            {
                map[pair.Substring(0, tab)] = pair.Substring(tab + 1);
            }
        }

        return map;
    }

    /// <summary>Every text <c>QuotesBy</c> matches: each full name, and each end of it that follows a space.</summary>
    private HashSet<string> SpeakerKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var speaker in _speakerList.Value)
        {
            keys.Add(speaker);
            for (var i = 0; i < speaker.Length - 1; i++)
            {
                if (speaker[i] == ' ')
                {
                    keys.Add(speaker.Substring(i + 1));
                }
            }
        }

        return keys;
    }

    private static string Surname(string speaker)
    {
        var space = speaker.LastIndexOf(' ');
        return space < 0 ? speaker : speaker.Substring(space + 1);
    }
}
