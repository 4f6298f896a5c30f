using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Finds possible speakers in a run of tokens: names (<see cref="NameRuns"/>), pronouns, roles standing
/// for a named person and organisations (<see cref="OrganisationPhrases"/>). Names are linked to the
/// <see cref="PersonRegistry"/> as they are found; pronouns are left for the discourse to resolve.
/// </summary>
internal static class MentionFinder
{
    public static void Find(ParagraphText p, int first, int end, bool includeQuoted, PersonRegistry people, List<int> scratch, List<Mention> into)
    {
        var tokens = p.Tokens;
        for (var k = first; k < end; k++)
        {
            ref readonly var t = ref tokens[k];
            if (!t.IsWord || (t.Quote >= 0 && !includeQuoted))
            {
                continue;
            }

            if (t.Flags == WordFlags.None && !t.IsCapitalised)
            {
                // Most words: no lexicon role and not capitalised, so neither a pronoun, a phrase nor a name starts here.
                continue;
            }

            k = ReadAt(p, k, first, end, includeQuoted, people, scratch, into);
        }
    }

    /// <summary>Reads the mention that may start at word <paramref name="k"/>; returns the last token it took (<paramref name="k"/> when none).</summary>
    private static int ReadAt(ParagraphText p, int k, int first, int end, bool includeQuoted, PersonRegistry people, List<int> scratch, List<Mention> into)
    {
        var tokens = p.Tokens;
        var t = tokens[k];
        var isObject = t.Has(WordFlags.ObjectPronoun);
        if ((!isObject && t.Has(WordFlags.SubjectPronoun | WordFlags.PluralPronoun)) || (isObject && FollowsSourceMarker(p, k)))
        {
            into.Add(new Mention(MentionKind.Pronoun, k, k, k + 1)
            {
                IsPlural = t.Has(WordFlags.PluralPronoun),
                MaybeSingular = t.Has(WordFlags.SubjectPronoun) || (isObject && !t.Has(WordFlags.PluralPronoun)),
                CanBeSubject = !Governed(p, k),
            });
            return k;
        }

        if (t.Has(WordFlags.SourceMarker) && p.IsCapitalised(k) && k + 1 < end && NameWords.IsLowerParticle(p, k + 1))
        {
            return k; // "Volgens de Vlaams Belang-voorzitter": the phrase after the marker is read from its article, no name runs from it.
        }

        if (HonorificNames.Read(p, k, end, people, scratch, into) is > 0 and var afterSurname)
        {
            return afterSurname - 1;
        }

        if (KnownSurnameWithLowerParticles(p, k, end, people, scratch, out var surnameEnd) is { } person)
        {
            // "aldus de Boer" after "Hans de Boer": the surname as the article first wrote it, particles in lower case.
            people.Touch(person);
            into.Add(new Mention(MentionKind.Person, k, k, surnameEnd) { Person = person, CanBeSubject = !Governed(p, k) });
            return surnameEnd - 1;
        }

        if (t.Has(WordFlags.GroupNoun) && !p.IsCapitalised(k) && k > first && OrganisationPhrases.IsAcronym(p, k - 1) && !IsListedRoleAcronym(p, k - 1)
            && tokens[k - 1].Quote == t.Quote)
        {
            // "according to WHO officials", "NASA scientists said": people speaking for the organisation its initials name.
            into.Add(new Mention(MentionKind.Organisation, k - 1, k - 1, k + 1)
            {
                Organisation = p.WordText(k - 1),
                IsPlural = true,
                CanBeSubject = !Governed(p, k - 1),
            });
            return k;
        }

        if (t.Has(WordFlags.GroupNoun) && !p.IsCapitalised(k))
        {
            var from = AdjectivesBefore(p, k, first);
            var start = tokens[from].Start;
            into.Add(new Mention(MentionKind.Organisation, from, from, k + 1)
            {
                Organisation = LowerFirstAtSentenceStart(p, from, p.Text.Substring(start, t.End - start)),
                IsPlural = true,
                CanBeSubject = !Governed(p, from) && !(from > first && tokens[from - 1].Has(WordFlags.Determiner) && Governed(p, from - 1)),
            });
            return k;
        }

        if (t.Has(WordFlags.Determiner) && k + 2 < end && tokens[k + 1].IsWord && p.Lexicon.IsDemonym(p.Text, tokens[k + 1]) && p.IsNameWord(k + 2))
        {
            // "zei de Deense Anna Jensen", "geschreven door de Iraanse Nassim Soleimanpour": a demonym describing the name after it.
            var count = into.Count;
            var next = NameRuns.Read(p, k + 2, end, includeQuoted, people, scratch, into);
            for (var i = count; i < into.Count && Governed(p, k); i++)
            {
                into[i].CanBeSubject = false;
            }

            return next - 1;
        }

        if (t.Has(WordFlags.Determiner) && !t.Has(WordFlags.Indefinite) && k + 2 < end && p.IsNameWord(k + 1) && tokens[k + 2].IsWord
            && tokens[k + 2].Has(WordFlags.Demonym) && !(k + 3 < end && (p.IsNameWord(k + 3) || p.Lexicon.IsRole(p.Text, tokens[k + 3]))))
        {
            // "the New Zealander told reporters", "the South African said": a demonym of two words, resolved like a pronoun.
            into.Add(new Mention(MentionKind.Pronoun, k, k + 2, k + 3) { MaybeSingular = true, CanBeSubject = !Governed(p, k) });
            return k + 2;
        }

        if (t.Has(WordFlags.Determiner) && !t.Has(WordFlags.Indefinite) && k + 1 < end && tokens[k + 1].IsWord
            && (p.Lexicon.IsDemonym(p.Text, tokens[k + 1]) || p.Lexicon.IsAge(p.Text, tokens[k + 1]))
            && !(k + 2 < end && tokens[k + 2].IsWord && p.Lexicon.IsRole(p.Text, tokens[k + 2]))
            && !(k + 4 < end && tokens[k + 2].IsWord && !p.IsCapitalised(k + 2) && p.IsNameWord(k + 3) && p.IsNameWord(k + 4)))
        {
            // ("the German coach" is a role phrase, "het Volendamse stemmenkanon Mona Keijzer" a description before a name: read below.)
            // "aldus de Brit", "the Dutchman said", "revealed the 27-year-old": the person just named, resolved like a pronoun.
            into.Add(new Mention(MentionKind.Pronoun, k, k + 1, k + 2) { MaybeSingular = true, CanBeSubject = !Governed(p, k) });
            return k + 1;
        }

        // "zei dat Joost Kamphuis …": a clause word before a name opens a clause, it is no article of an organisation.
        if (t.Has(WordFlags.Determiner) && !(t.Has(WordFlags.ClauseStart) && !p.IsCapitalised(k) && k + 1 < end && p.IsNameWord(k + 1)))
        {
            var next = OrganisationPhrases.Read(p, k, end, people, scratch, into);
            if (next > k)
            {
                return next - 1;
            }
        }

        if (IsAcronymSubject(p, k, first, end))
        {
            // "NASA said on Friday …", "KNVB laat weten …": an organisation by its acronym opening the sentence.
            into.Add(new Mention(MentionKind.Organisation, k, k, k + 1) { Organisation = p.WordText(k), CanBeSubject = true });
            return k;
        }

        if (k > first && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].Has(WordFlags.SourceMarker | WordFlags.CueTail) && OrganisationPhrases.IsAcronym(p, k)
            && !IsListedRoleAcronym(p, k) && people.Article is { } article && AcronymNames.FullNameOf(article, p.WordText(k)) is not null)
        {
            // "Volgens OPA kan het …" after "de Onafhankelijke Partij Alkmaar (OPA)": the source, by the initials the article gave
            // it (not a person's nickname: "aldus HVH").
            into.Add(new Mention(MentionKind.Organisation, k, k, k + 1) { Organisation = p.WordText(k), CanBeSubject = false });
            return k;
        }

        return p.IsNameWord(k) || NameWords.StartsWithInitials(p, k, end) ? NameRuns.Read(p, k, end, includeQuoted, people, scratch, into) - 1 : k;
    }

    /// <summary>
    /// The known person whose surname is written with its particles in lower case at <paramref name="k"/> (<c>de Boer</c>,
    /// <c>van der Wal</c>), ending before <paramref name="surnameEnd"/>; null when the words are no such surname (<c>de boer</c>,
    /// <c>de Kamer</c>).
    /// </summary>
    private static Person? KnownSurnameWithLowerParticles(ParagraphText p, int k, int end, PersonRegistry people, List<int> run, out int surnameEnd)
    {
        var tokens = p.Tokens;
        surnameEnd = k;
        if (!people.HasLowerParticleSurname || !tokens[k].Has(WordFlags.Particle) || p.IsCapitalised(k))
        {
            return null;
        }

        var j = k;
        while (j < end && tokens[j].IsWord && tokens[j].Has(WordFlags.Particle) && !p.IsCapitalised(j))
        {
            j++;
        }

        if (j >= end || j - k > 3 || !p.IsNameWord(j) || (j + 1 < end && tokens[j + 1].IsWord && p.IsNameWord(j + 1)))
        {
            return null;
        }

        run.Clear();
        for (var i = k; i <= j; i++)
        {
            run.Add(i);
        }

        var person = people.Find(p, run, 0, run.Count);
        if (person is null || person.SurnameStart == 0 || person.NameWords.Length - person.SurnameStart != run.Count)
        {
            return null;
        }

        surnameEnd = j + 1;
        return person;
    }

    private static readonly string[] RoleAcronyms = { "CEO", "CFO", "COO", "CTO", "MP", "MEP", "PM", "VP", "GM" };

    /// <summary><c>CEO</c>, <c>MP</c>: a role written in capitals, not a role word that happens to be capitalised (<c>OPA</c>, a party, is no <c>opa</c>).</summary>
    private static bool IsListedRoleAcronym(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        foreach (var role in RoleAcronyms)
        {
            if (role.Length == t.Length && string.CompareOrdinal(p.Text, t.Start, role, 0, role.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An acronym (<c>NASA</c>, <c>KNVB</c>) that opens its sentence, no role (<c>CEO</c>), with a lower-case word after it.</summary>
    private static bool IsAcronymSubject(ParagraphText p, int k, int first, int end)
        => k == first && k + 1 < end && !p.Tokens[k].Has(WordFlags.FunctionWord) && OrganisationPhrases.IsAcronym(p, k)
           && !(p.Tokens[k].Has(WordFlags.Role) && IsListedRoleAcronym(p, k))
           && p.Tokens[k + 1].IsWord && !p.IsCapitalised(k + 1) && !p.Tokens[k + 1].Has(WordFlags.GroupNoun | WordFlags.Role);

    /// <summary>True when a preposition (or volgens/aldus/according to) governs the phrase starting at token <paramref name="k"/>.</summary>
    public static bool Governed(ParagraphText p, int k)
        => (k > 0 && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].Has(WordFlags.Preposition | WordFlags.SourceMarker | WordFlags.CueTail))
           || PrepositionBeforeItsPossessive(p, k) || SecondOfGovernedPair(p, k) || AppositionToGovernedRole(p, k);

    /// <summary>
    /// <c>samen met zijn vrouw Bertine</c>, <c>van haar grootste concurrente Miho Takagi</c>: a preposition, then a possessive,
    /// then up to three lower-case words, then the name.
    /// </summary>
    private static bool PrepositionBeforeItsPossessive(ParagraphText p, int k)
    {
        for (var j = k - 1; j >= 1 && j >= k - 4; j--)
        {
            var t = p.Tokens[j];
            if (!t.IsWord || p.IsCapitalised(j))
            {
                return false;
            }

            if (t.Has(WordFlags.SingularPossessive))
            {
                return p.Tokens[j - 1].IsWord && p.Tokens[j - 1].Has(WordFlags.Preposition);
            }
        }

        return false;
    }

    /// <summary>
    /// <c>went to his opponent, Alcaraz:</c>, <c>naar haar tegenstander, Petra Holm</c>: a name after a comma that follows a
    /// role or relation noun governed by a preposition names that object, not a subject.
    /// </summary>
    private static bool AppositionToGovernedRole(ParagraphText p, int k)
    {
        if (k < 3 || !p.IsPunctuation(k - 1, ',') || !p.Tokens[k - 2].IsWord
            || !(p.Tokens[k - 2].Has(WordFlags.Role) || p.Lexicon.IsRelationNoun(p.WordText(k - 2))))
        {
            return false;
        }

        for (var j = k - 3; j >= 0 && j >= k - 5; j--)
        {
            if (!p.Tokens[j].IsWord || p.IsNameWord(j))
            {
                return false;
            }

            if (p.Tokens[j].Has(WordFlags.Preposition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>goals from Jarrod Bowen and Mohammed Kudus</c>: a name joined by and/en to a governed name shares its preposition.</summary>
    private static bool SecondOfGovernedPair(ParagraphText p, int k)
    {
        if (k < 3 || !p.Tokens[k - 1].IsWord || !IsAnd(p, k - 1) || !p.IsNameWord(k - 2))
        {
            return false;
        }

        var j = k - 2;
        while (j > 0 && (p.IsNameWord(j - 1) || (p.Tokens[j - 1].IsWord && p.Tokens[j - 1].Has(WordFlags.Particle))))
        {
            j--;
        }

        return j > 0 && p.Tokens[j - 1].IsWord && p.Tokens[j - 1].Has(WordFlags.Preposition | WordFlags.SourceMarker | WordFlags.CueTail);
    }

    /// <summary>The word <c>and</c> or <c>en</c> at token <paramref name="k"/>.</summary>
    public static bool IsAnd(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        return (t.Length == 3 && IgnoreCase.Equals(p.Text, t.Start, "and")) || (t.Length == 2 && IgnoreCase.Equals(p.Text, t.Start, "en"));
    }

    /// <summary>Plain words right before a bare group noun (<c>Local officials</c>, <c>Dutch experts</c>), not articles or verbs.</summary>
    private static int AdjectivesBefore(ParagraphText p, int k, int first)
    {
        var from = k;
        while (from > first && from > k - 2 && p.Tokens[from - 1].IsWord && p.Tokens[from - 1].Quote < 0
               && p.Tokens[from - 1].Flags == WordFlags.None && !p.IsNameWord(from - 1) && p.Tokens[from - 1].Length > 2)
        {
            from--;
        }

        while (from > first && from > k - 2 && p.Tokens[from - 1].IsWord && p.Tokens[from - 1].Flags == WordFlags.FunctionWord
               && p.IsCapitalised(from - 1) && (from - 1 == first))
        {
            from--;
        }

        return from;
    }

    /// <summary><c>Local officials</c> at a sentence start is spoken of as <c>local officials</c>.</summary>
    private static string LowerFirstAtSentenceStart(ParagraphText p, int k, string text)
    {
        var sentenceStart = k == 0 || (!p.Tokens[k - 1].IsWord && p.Text[p.Tokens[k - 1].Start] is '.' or '!' or '?');
        return sentenceStart && text.Length > 1 && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;
    }

    /// <summary><c>volgens hem</c>, <c>according to her</c>; not <c>according to her lawyer</c>, where the pronoun is possessive.</summary>
    private static bool FollowsSourceMarker(ParagraphText p, int k)
    {
        var afterMarker = k > 0 && (p.Tokens[k - 1].Has(WordFlags.SourceMarker)
            || (p.Tokens[k - 1].Has(WordFlags.CueTail) && k > 1 && p.Tokens[k - 2].Has(WordFlags.SourceMarker)));
        if (!afterMarker || k + 1 >= p.TokenCount)
        {
            return afterMarker;
        }

        var next = p.Tokens[k + 1];
        return !(next.IsWord && (next.Has(WordFlags.OrgNoun | WordFlags.GroupNoun) || p.Lexicon.IsRole(p.Text, next)));
    }
}
