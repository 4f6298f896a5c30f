using System;
using System.Collections.Generic;
using System.Globalization;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The seeds' member names, first come (in id order) first served: a name already taken gets <c>_2</c>, <c>_3</c>, …
/// (a <see cref="NameCollision"/>). <see cref="AsWanted"/> says which seeds keep both the name and the id they asked for.
/// </summary>
internal sealed class MemberNames
{
    private MemberNames(int count)
    {
        Names = new string[count];
        AsWanted = new bool[count];
    }

    /// <summary>By seed index.</summary>
    public string[] Names { get; }

    /// <summary>By seed index.</summary>
    public bool[] AsWanted { get; }

    public List<NameCollision> Collisions { get; } = new();

    public static MemberNames Give(DenseSeeds seeds, int[] byId)
    {
        var names = new MemberNames(seeds.Count);
        var taken = new Dictionary<string, string>(seeds.Count, StringComparer.Ordinal);
        foreach (var index in byId)
        {
            var seed = seeds.Seeds[index];
            var id = seeds.Ids[index];
            var renamed = !ReferenceEquals(id, seed.Article!.Id);
            var wanted = (renamed ? null : seed.WantedName) ?? MemberNameRule.NameFor(id);
            var name = wanted;
            for (var n = 2; taken.ContainsKey(name); n++)
            {
                name = wanted + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            if (!string.Equals(name, wanted, StringComparison.Ordinal))
            {
                names.Collisions.Add(new NameCollision(seed.Path, id, wanted, taken[wanted], name));
            }

            taken.Add(name, id);
            names.Names[index] = name;
            names.AsWanted[index] = !renamed && seed.Named is not null && string.Equals(name, seed.WantedName, StringComparison.Ordinal);
        }

        return names;
    }
}
