using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// What single words in and around a name run are, for <see cref="NameRuns"/>: initials (<c>T. S. Ellis</c>, <c>Martien R.</c>),
/// generational suffixes (<c>III</c>, <c>Jr.</c>), and the words that end a name or show that a word describes the name after it.
/// </summary>
internal static class NameWords
{
    /// <summary>
    /// <c>Hans Mol van Lokale Omroep Goirle</c>, <c>Nel Dol van GroenLinks</c>, <c>De Jonge de Forum-leider</c>: the capitalised
    /// words after a particle name an organisation, place or role (one of them is such a word, a role by its compound ending,
    /// not a bare role word such as the surname <c>Boer</c>), so the particle starts a phrase after the name rather than a surname.
    /// </summary>
    public static bool NamesNoPerson(ParagraphText p, int k, int end)
    {
        for (; k < end && p.IsNameWord(k); k++)
        {
            var t = p.Tokens[k];
            if (t.Has(WordFlags.NonPerson | WordFlags.OrgNoun) || (!t.Has(WordFlags.Role) && p.Lexicon.IsRole(p.Text, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the run holds a word that is no role (<c>Hans</c>), not only a title (<c>Minister van Buitenlandse Zaken …</c>).</summary>
    public static bool HasNameBesidesRoles(ParagraphText p, List<int> run)
    {
        foreach (var k in run)
        {
            if (!p.Lexicon.IsRole(p.Text, p.Tokens[k]) && !p.Tokens[k].Has(WordFlags.Particle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Aaron “Bo” Brown</c>: at the opening mark <paramref name="j"/> right after the run's last name word, a closed quote of one
    /// or two capitalised words with a name word right after it; returns the token after the closing mark, or -1.
    /// </summary>
    public static int NicknameEnd(ParagraphText p, List<int> run, int j, int end)
    {
        var q = p.Tokens[j].Quote;
        if (run[run.Count - 1] != j - 1 || !p.IsNameWord(j - 1) || p.FirstTokenOf(q) != j || !p.Quotes[q].Closed)
        {
            return -1;
        }

        var span = p.Quotes[q];
        var last = p.LastTokenOf(q);
        var words = 0;
        for (var k = j; k <= last; k++)
        {
            var t = p.Tokens[k];
            if (t.IsWord ? !t.IsCapitalised : t.Start >= span.Start && t.Start < span.End)
            {
                return -1;
            }

            words += t.IsWord ? 1 : 0;
        }

        return words is >= 1 and <= 2 && last + 1 < end && p.Tokens[last + 1].Quote < 0 && p.IsNameWord(last + 1) ? last + 1 : -1;
    }

    /// <summary><c>Vietnam head coach Philippe Troussier</c>: a role or a name follows within a few words, so the word before describes them.</summary>
    public static bool DescribesSomeoneAfter(ParagraphText p, int next)
    {
        for (var k = next; k < next + 3 && k < p.TokenCount && p.Tokens[k].IsWord; k++)
        {
            if (p.IsNameWord(k) || (k < next + 2 && p.Lexicon.IsRole(p.Text, p.Tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A single capital letter with a dot after a name word and no name word after it: the initial that stands for a
    /// surname (<c>Martien R.</c>), not a middle initial (<c>Neal H. MacBride</c>).
    /// </summary>
    public static bool IsSurnameInitial(ParagraphText p, int j)
        => IsInitial(p, j) && j + 1 < p.TokenCount && p.IsPunctuation(j + 1, '.') && j > 0 && p.IsNameWord(j - 1)
           && !StartsWithInitials(p, j, p.TokenCount);

    /// <summary><c>Jr</c>, <c>Sr</c>: written after the name (<see cref="NameSuffixLength"/>), not a name word of it.</summary>
    public static bool IsGenerationalSuffix(ParagraphText p, int j) => p.IsWord(j, "jr") || p.IsWord(j, "sr");

    private static readonly string[] NameSuffixes = { " III", " II", " IV", " Jr.", " Sr.", " Jr", " Sr" };

    /// <summary>The length of a generational suffix right after a name (<c>T. S. Ellis III</c>, <c>Martin Luther King Jr.</c>), or 0.</summary>
    public static int NameSuffixLength(string text, int at)
    {
        foreach (var suffix in NameSuffixes)
        {
            var end = at + suffix.Length;
            if (end <= text.Length && string.CompareOrdinal(text, at, suffix, 0, suffix.Length) == 0
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return suffix.Length;
            }
        }

        return 0;
    }

    /// <summary>A single capital letter (<c>T</c> of <c>T. S. Ellis</c>).</summary>
    public static bool IsInitial(ParagraphText p, int j)
    {
        var t = p.Tokens[j];
        return t.IsWord && t.Length == 1 && t.IsCapitalised;
    }

    /// <summary><c>T. S. Ellis</c>: initials, each with its dot, then a name word.</summary>
    public static bool StartsWithInitials(ParagraphText p, int k, int end)
    {
        while (k + 2 < end && IsInitial(p, k) && p.IsPunctuation(k + 1, '.'))
        {
            k += 2;
            if (p.IsNameWord(k))
            {
                // Not a word that opens the next sentence (Martien R. Zowel hij als …).
                return !p.Tokens[k].Has(WordFlags.FunctionWord | WordFlags.Determiner | WordFlags.SubjectPronoun | WordFlags.Cue);
            }
        }

        return false;
    }

    /// <summary><c>Van 't Schip</c>, <c>van ’t Hek</c>: the apostrophe of the elided article <c>'t</c> inside a name.</summary>
    public static bool IsElidedArticle(ParagraphText p, int j, int end)
    {
        var t = p.Tokens[j];
        return !t.IsWord && t.Length == 1 && Parsing.TextConventions.IsApostrophe(p.Text[t.Start]) && j + 1 < end && p.Tokens[j + 1].IsWord
               && p.Tokens[j + 1].Start == t.End && p.Tokens[j + 1].Length == 1 && p.Text[t.End] == 't';
    }

    /// <summary>A tussenvoegsel in lower case (<c>van</c>, <c>der</c>), or the apostrophe of an elided <c>'t</c> among them.</summary>
    public static bool IsLowerParticle(ParagraphText p, int k)
        => (p.Tokens[k].Has(WordFlags.Particle) && !p.IsCapitalised(k)) || (k + 1 < p.TokenCount && IsElidedArticle(p, k, k + 2));

    /// <summary><c>Miami-Van</c>, <c>Smit-De</c>: a double surname whose second part starts with a capitalised particle, its lower-case particles after it.</summary>
    public static bool EndsWithHyphenParticle(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        var hyphen = p.Text.LastIndexOf('-', t.End - 1, t.Length);
        return hyphen > t.Start && hyphen < t.End - 2 && char.IsUpper(p.Text[hyphen + 1])
               && (p.Lexicon.Lookup(p.Text, hyphen + 1, t.End - hyphen - 1) & WordFlags.Particle) != 0;
    }

    /// <summary>
    /// <c>American Airlines’ CEO</c>, <c>Evers’ control</c>, <c>Ajax’ trainer</c>: a word ending in s, x or z with an apostrophe right
    /// after it, a genitive.
    /// </summary>
    public static bool IsPluralPossessive(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        return k + 2 < p.TokenCount && p.Text[t.End - 1] is 's' or 'x' or 'z' && p.Tokens[k + 1].Start == t.End && p.Tokens[k + 2].IsWord
               && (p.IsPunctuation(k + 1, '’') || p.IsPunctuation(k + 1, '\'')) && p.Tokens[k + 2].Start > p.Tokens[k + 1].End;
    }

    /// <summary>
    /// A word in front of a name that is no part of it: a function word, particle or article; a capitalised preposition opening
    /// the sentence (<c>Boven het Griekse dorpje</c>); an adjective of a people or place (<c>Olympische Spelen</c>, <c>Amerikaanse
    /// Joe Biden</c>).
    /// </summary>
    public static bool IsDroppedBeforeName(ParagraphText p, List<int> run, int index)
    {
        var t = p.Tokens[run[index]];
        return t.Has(WordFlags.FunctionWord | WordFlags.Particle | WordFlags.Determiner) || (index == 0 && t.Has(WordFlags.Preposition))
               || (index < run.Count - 1 && !t.Has(WordFlags.Role) && p.Lexicon.IsDemonym(p.Text, t) && !GivenNames.Contains(p.Text, t.Start, t.Length));
    }

    /// <summary>
    /// <c>Jan Rudolph de Lorm</c>: from <paramref name="i"/> the run is one lower-case <c>de</c>, <c>ter</c> or <c>ten</c> and then one
    /// last name word that is no role, place, organisation or people (not <c>Mark Rutte de premier</c>, <c>Rutte de Oekraïense …</c>).
    /// </summary>
    public static bool IsLastSurname(ParagraphText p, List<int> run, int i)
    {
        // One "de", "ter" or "ten": "van" and "het" also join a name to a club or country (Ronald Koeman van Ajax, van het Nederlands elftal).
        var last = run.Count - 1;
        if (last != i + 1 || !(p.IsWord(run[i], "de") || p.IsWord(run[i], "ter") || p.IsWord(run[i], "ten")) || !IsLowerParticle(p, run[i]))
        {
            return false;
        }

        var t = p.Tokens[run[last]];
        return p.IsNameWord(run[last]) && !t.Has(WordFlags.Role | WordFlags.OrgNoun | WordFlags.NonPerson | WordFlags.GroupNoun)
               && !p.Lexicon.IsRole(p.Text, t) && !p.Lexicon.IsDemonym(p.Text, t);
    }

    /// <summary>The run so far is one listed given name (<c>Susan</c>): a particle group after it starts the surname (<c>van den Hof</c>).</summary>
    public static bool IsLoneGivenName(ParagraphText p, List<int> run)
        => run.Count == 1 && GivenNames.Contains(p.Text, p.Tokens[run[0]].Start, p.Tokens[run[0]].Length);

    /// <summary>
    /// <c>Dennis (43)</c>, <c>Dennis, 43,</c>: an age in years right after token <paramref name="k"/> - 1, as news gives it for
    /// people named by one name.
    /// </summary>
    public static bool IsAgeAfter(ParagraphText p, int k)
    {
        if (k + 2 >= p.TokenCount || !(p.IsPunctuation(k, '(') || p.IsPunctuation(k, ',')))
        {
            return false;
        }

        var t = p.Tokens[k + 1];
        if (t.Length is < 1 or > 3)
        {
            return false;
        }

        for (var i = t.Start; i < t.End; i++)
        {
            if (p.Text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return p.IsPunctuation(k + 2, p.IsPunctuation(k, '(') ? ')' : ',');
    }
}
