using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The roles of the people an article names, once the body is read. A relation to someone else is no role
/// (<c>zijn ambtgenoot Denys Shmyhal</c>, <c>his counterpart</c>); a person the body names without a role of their
/// own takes the one a subheading gives them right before their surname (<c>Rutte sprak ook met premier Shmyhal</c>).
/// </summary>
internal static class PersonRoles
{
    public static EquatableArray<PersonModel> Settle(EquatableArray<PersonModel> people, SeedDocument document, QuoteLexicon lexicon)
    {
        PersonModel[]? settled = null;
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var role = person.Role is { } r && IsRelation(r, lexicon) ? null : person.Role;
            role ??= RoleInHeadings(person.Name, document, lexicon);
            if (!string.Equals(role, person.Role, StringComparison.Ordinal))
            {
                settled ??= new List<PersonModel>(people).ToArray();
                settled[i] = person with { Role = role };
            }
        }

        return settled is null ? people : new EquatableArray<PersonModel>(settled);
    }

    /// <summary>A role made of a relation noun, alone or last (<c>oekraïense ambtgenoot</c>).</summary>
    private static bool IsRelation(string role, QuoteLexicon lexicon)
    {
        var space = role.LastIndexOf(' ');
        return lexicon.IsRelationNoun(space < 0 ? role : role.Substring(space + 1));
    }

    /// <summary>The role word right before the person's surname in a subheading (<c>premier Shmyhal</c>), lower-cased; null when none.</summary>
    private static string? RoleInHeadings(string name, SeedDocument document, QuoteLexicon lexicon)
    {
        var surname = name.Substring(name.LastIndexOf(' ') + 1);
        foreach (var section in document.Sections)
        {
            if (section.Heading is not { } heading)
            {
                continue;
            }

            var text = document.Text;
            var end = heading.End;
            for (var at = text.IndexOf(surname, heading.Start, heading.Length, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < end ? text.IndexOf(surname, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
            {
                var after = at + surname.Length;
                if ((after < end && char.IsLetterOrDigit(text[after])) || at - 1 <= heading.Start || text[at - 1] != ' ')
                {
                    continue;
                }

                var wordEnd = at - 1;
                var wordStart = wordEnd;
                while (wordStart > heading.Start && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordEnd > wordStart
                    && (lexicon.Lookup(text, wordStart, wordEnd - wordStart) & WordFlags.Role) != 0
                    && !lexicon.IsRelationNoun(text.Substring(wordStart, wordEnd - wordStart)))
                {
                    return text.Substring(wordStart, wordEnd - wordStart).ToLowerInvariant();
                }
            }
        }

        return null;
    }
}
