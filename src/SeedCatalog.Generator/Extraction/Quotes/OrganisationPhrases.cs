using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Phrases that start with an article: organisations (<c>het kabinet</c>, <c>de Oekraïense regering</c>,
/// <c>the Bank of England</c>, <c>het CPB</c>, <c>the White House</c>) and roles that stand for a person
/// already named (<c>de premier</c>, <c>the president</c>).
/// </summary>
internal static class OrganisationPhrases
{
    /// <summary>Reads the phrase at determiner <paramref name="k"/>; returns the token after it, or <paramref name="k"/> when there is none.</summary>
    public static int Read(ParagraphText p, int k, int end, PersonRegistry people, List<int> scratch, List<Mention> into)
    {
        var tokens = p.Tokens;
        for (var j = k + 1; j < end && j <= k + 3; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.Quote != tokens[k].Quote || t.Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.Preposition | WordFlags.Determiner | WordFlags.SourceMarker))
            {
                break;
            }

            if (t.Has(WordFlags.OrgNoun | WordFlags.GroupNoun | WordFlags.AnaphoricOrgNoun) && !IsRoleWord(p, j + 1, end))
            {
                // "a rail union", "een bedrijf uit Delft": an indefinite organisation is unnamed, like "een woordvoerder".
                var last = ExtendProperName(p, j, end);
                var unnamed = tokens[k].Has(WordFlags.Indefinite) && !t.Has(WordFlags.GroupNoun);
                into.Add(new Mention(MentionKind.Organisation, k, k, last + 1)
                {
                    Organisation = unnamed ? null : Text(p, k, last + 1),
                    IsPlural = t.Has(WordFlags.GroupNoun),
                    IsAnaphoric = last == j && t.Has(WordFlags.AnaphoricOrgNoun) && !tokens[k].Has(WordFlags.Indefinite) && !p.IsCapitalised(j),
                    CanBeSubject = !MentionFinder.Governed(p, k),
                });
                return last + 1;
            }

            if (IsDescriptionBeforeFullName(p, j, end))
            {
                // "zegt het Volendamse stemmenkanon Mona Keijzer": a description in apposition before a full name; the name is read next.
                return j + 1;
            }

            if (IsRoleWord(p, j, end))
            {
                if (j + 1 < end && p.IsNameWord(j + 1))
                {
                    return j + 1;
                }

                if (IsApposition(p, j + 1, end))
                {
                    // "A hospital spokeswoman, Lisa Brunette, told …": the name between commas is the subject, no unnamed person.
                    return j + 1;
                }

                // An indefinite article introduces someone new and unnamed: "een woordvoerder", "a police spokesman".
                var role = p.LowerWordText(j);
                var person = tokens[k].Has(WordFlags.Indefinite) ? null : people.FindByRole(role);
                into.Add(new Mention(MentionKind.Role, k, j, j + 1) { Person = person, Word = role, CanBeSubject = !MentionFinder.Governed(p, k) });
                return j + 1;
            }
        }

        if (k + 1 < end && IsAcronym(p, k + 1))
        {
            into.Add(new Mention(MentionKind.Organisation, k, k, k + 2) { Organisation = Text(p, k, k + 2), CanBeSubject = !MentionFinder.Governed(p, k) });
            return k + 2;
        }

        if (k + 1 >= end || !p.IsNameWord(k + 1))
        {
            return k;
        }

        var runEnd = k + 1;
        var organisation = false;
        scratch.Clear();
        scratch.Add(k);
        while (runEnd < end && p.IsNameWord(runEnd))
        {
            organisation |= tokens[runEnd].Has(WordFlags.NonPerson | WordFlags.OrgNoun);
            scratch.Add(runEnd);
            runEnd++;
        }

        var particleSurname = p.IsCapitalised(k) && tokens[k].Has(WordFlags.Particle);
        if (particleSurname && people.Find(p, scratch, 0, scratch.Count) is not null)
        {
            return k;
        }

        if (!organisation && !tokens[k].Has(WordFlags.Indefinite) && AllTitleWords(p, k + 1, runEnd))
        {
            // "the Prime Minister said": a capitalised title that stands for the person who holds it.
            var title = p.Text.Substring(tokens[k + 1].Start, tokens[runEnd - 1].End - tokens[k + 1].Start).ToLowerInvariant();
            into.Add(new Mention(MentionKind.Role, k, k + 1, runEnd) { Person = people.FindByRole(title), Word = title, CanBeSubject = !MentionFinder.Governed(p, k) });
            return runEnd;
        }

        organisation |= runEnd - k > 2;
        if (!organisation && runEnd == k + 2 && particleSurname && !p.Lexicon.IsDemonym(p.Text, tokens[k + 1]))
        {
            return k;
        }

        if (organisation)
        {
            into.Add(new Mention(MentionKind.Organisation, k, k, runEnd) { Organisation = Text(p, k, runEnd), CanBeSubject = !MentionFinder.Governed(p, k) });
        }

        return runEnd;
    }

    /// <summary>A comma, two name words or more and a comma from token <paramref name="k"/> on: a name set off as an apposition.</summary>
    private static bool IsApposition(ParagraphText p, int k, int end)
    {
        if (!p.IsPunctuation(k, ','))
        {
            return false;
        }

        var j = k + 1;
        while (j < end && p.IsNameWord(j))
        {
            j++;
        }

        return j - k > 2 && p.IsPunctuation(j, ',');
    }

    /// <summary>Extends a capitalised organisation noun over following name words and <c>of X</c> (<c>Bank of England</c>).</summary>
    private static int ExtendProperName(ParagraphText p, int j, int end)
    {
        var tokens = p.Tokens;
        var last = j;
        while (last + 1 < end && p.IsNameWord(last + 1) && tokens[last + 1].Quote == tokens[j].Quote)
        {
            last++;
        }

        if (p.IsCapitalised(j) && last + 2 < end && tokens[last + 1].Has(WordFlags.Preposition) && tokens[last + 1].Length <= 3 && p.IsNameWord(last + 2))
        {
            last += 2;
            while (last + 1 < end && p.IsNameWord(last + 1))
            {
                last++;
            }
        }

        return last;
    }

    /// <summary>
    /// A lower-case noun right before two name words that name no place, organisation or title (<c>stemmenkanon Mona Keijzer</c>,
    /// not <c>de film Jurassic World</c>).
    /// </summary>
    private static bool IsDescriptionBeforeFullName(ParagraphText p, int j, int end)
    {
        var t = p.Tokens[j];
        if (j + 2 >= end || p.IsCapitalised(j) || t.Length < 4 || t.Has(WordFlags.TitleNoun | WordFlags.FunctionWord | WordFlags.Particle)
            || !p.IsNameWord(j + 1) || !p.IsNameWord(j + 2) || p.Tokens[j + 1].Quote != t.Quote)
        {
            return false;
        }

        for (var k = j + 1; k <= j + 2; k++)
        {
            if (p.Tokens[k].Has(WordFlags.NonPerson | WordFlags.OrgNoun | WordFlags.GroupNoun | WordFlags.Role | WordFlags.FunctionWord))
            {
                return false;
            }
        }

        return j + 3 >= end || !p.IsNameWord(j + 3);
    }

    /// <summary>
    /// A lower-case role word at token <paramref name="j"/>, also after an organisation noun (<c>police spokesman</c>); a
    /// capitalised one only after a lower-case article and with no name after it (<c>het Kamerlid</c>, <c>de Vlaams Belang-voorzitter</c>; not the surname in
    /// <c>trainer De Boer</c>).
    /// </summary>
    private static bool IsRoleWord(ParagraphText p, int j, int end)
    {
        if (j >= end || (p.IsCapitalised(j) && (j + 1 >= end || p.IsNameWord(j + 1) || (p.IsCapitalised(j - 1) && !IsLowerCompoundTail(p, j)))))
        {
            // ("de Vlaams Belang-voorzitter": a role compound after a party of two words is still a role.)
            return false;
        }

        var t = p.Tokens[j];
        if (p.IsCapitalised(j) && !t.Has(WordFlags.Role) && p.Text.IndexOf('-', t.Start, t.Length) < 0)
        {
            return false; // "Koeman", "Huisman": a capitalised word that only ends like a role (-man) is a surname.
        }

        return t.IsWord && p.Lexicon.IsRole(p.Text, t);
    }

    /// <summary><c>Prime Minister</c>, <c>Vice President</c>: two role words or more.</summary>
    private static bool AllTitleWords(ParagraphText p, int first, int end)
    {
        if (end - first < 2 || !p.Tokens[end - 1].Has(WordFlags.Role))
        {
            return false;
        }

        for (var k = first; k < end - 1; k++)
        {
            if (!p.Lexicon.IsRole(p.Text, p.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>Belang-voorzitter</c>: a capitalised word whose part after the hyphen starts in lower case.</summary>
    private static bool IsLowerCompoundTail(ParagraphText p, int j) => WordShape.LowerTailLength(p.Text, p.Tokens[j].Start, p.Tokens[j].Length) > 0;

    public static bool IsAcronym(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        if (!t.IsWord || t.Length < 2 || t.Length > 6)
        {
            return false;
        }

        for (var i = t.Start; i < t.End; i++)
        {
            if (!char.IsUpper(p.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase as written, with its article lower-cased: <c>het kabinet</c>, <c>the White House</c>.</summary>
    private static string Text(ParagraphText p, int first, int end) => p.LowerWordThen(first, first + 1, end - 1);
}
