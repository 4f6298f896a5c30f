using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Role words news uses for one and the same office (data, both languages): <c>de oefenmeester</c> after <c>trainer Mike
/// Snoei</c>, <c>the Premier</c> after <c>Prime Minister X</c>, <c>the spokeswoman</c> after <c>spokesperson Y</c>.
/// </summary>
internal static class OfficeNames
{
    private static readonly string[][] Groups =
    {
        new[] { "premier", "prime minister", "pm", "minister-president" },
        new[] { "trainer", "coach", "oefenmeester", "hoofdtrainer", "bondscoach", "head coach", "manager", "boss" },
        new[] { "woordvoerder", "woordvoerster", "spokesman", "spokeswoman", "spokesperson" },
        new[] { "advocaat", "raadsman", "raadsvrouw", "lawyer", "attorney" },
        new[] { "ceo", "topman", "topvrouw", "chief executive" },
        new[] { "voorzitter", "chairman", "chairwoman", "chair" },
        new[] { "renner", "wielrenner", "renster", "rider" },
    };

    private static readonly Dictionary<string, int> GroupOf = Build();

    /// <summary>True when both roles name the same office; false when either is in no group (equal roles are matched elsewhere).</summary>
    public static bool Same(string role, string other)
        => GroupOf.TryGetValue(role, out var group) && GroupOf.TryGetValue(other, out var otherGroup) && group == otherGroup;

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Groups.Length; i++)
        {
            foreach (var role in Groups[i])
            {
                map.Add(role, i);
            }
        }

        return map;
    }
}
