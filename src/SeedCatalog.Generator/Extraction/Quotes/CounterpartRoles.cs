using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Roles of the people a story's subject deals with, never the subject (data, both languages): in a court report <c>de
/// rechter</c> and <c>de officier</c> are not the suspect the article is about, in an interview <c>the interviewer</c> is not the
/// guest. A definite role in this list does not refer back to the person the text is about.
/// </summary>
internal static class CounterpartRoles
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "rechter", "officier", "aanklager", "advocaat", "raadsman", "raadsvrouw", "agent", "politieagent", "interviewer", "presentator",
        "presentatrice", "verslaggever", "journalist", "scheidsrechter", "arbiter",
        "judge", "prosecutor", "lawyer", "attorney", "officer", "interviewer", "host", "presenter", "reporter", "journalist", "referee",
    };

    public static bool Contains(string? role) => role is not null && Roles.Contains(role);
}
