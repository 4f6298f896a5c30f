using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// What the words around a capitalised run say about it: a modifier of the name after it
/// (<c>Republican leader Mitch McConnell</c>) or a name in object position behind a role noun the
/// word lists do not know (<c>a warning from referee Stephanie Frappart</c>), a run after an organisation noun that names the
/// organisation (<c>videoclub De Donk</c>), a role phrase before an apposition (<c>Republican Senator, Matt Pouliot</c>).
/// </summary>
internal static class NameContext
{
    /// <summary>
    /// True when one or two lower-case words (the first maybe a plain noun, the last a role) and then a name follow
    /// token <paramref name="k"/>: the run before it describes that name (<c>Labour MP Jess Phillips</c>,
    /// <c>Oekraïense president Zelensky</c>, <c>Ajax trainer Erik ten Hag</c>) and is no speaker itself.
    /// </summary>
    public static bool ModifiesNextName(ParagraphText p, int k, int end)
    {
        var tokens = p.Tokens;
        for (var j = k; j < end && j < k + 2; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.Quote >= 0 || !(IsLowerCaseStart(p, j) || IsAcronymRole(p, j))
                || t.Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.Preposition | WordFlags.Determiner | WordFlags.FunctionWord))
            {
                return false;
            }

            var isRole = p.Lexicon.IsRole(p.Text, t);
            if (!isRole && !t.Has(WordFlags.OrgNoun))
            {
                if (j == k)
                {
                    continue; // "Malvern Hills district councillor Marian Walters": one lower-case word before the role.
                }

                return false;
            }

            if (isRole && j + 1 < end && tokens[j + 1].Quote < 0 && (p.IsNameWord(j + 1) || IsPortfolioAfter(p, j + 1, end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the name at token <paramref name="first"/> follows a preposition inside its sentence and
    /// one unknown lower-case noun (<c>from referee Frappart</c>, <c>with the coach Smith</c>): an object, not
    /// a subject. A preposition that opens the sentence is left out (<c>In de zomer bezocht Rutte</c>).
    /// </summary>
    public static bool GovernedAcrossNoun(ParagraphText p, int first)
    {
        var tokens = p.Tokens;
        var k = first - 1;
        if (k < 2 || !tokens[k].IsWord || tokens[k].Flags != WordFlags.None || !IsLowerCaseStart(p, k))
        {
            return false;
        }

        k--;
        if (tokens[k].IsWord && tokens[k].Has(WordFlags.Determiner) && !tokens[k].Has(WordFlags.Preposition))
        {
            k--;
        }

        return k >= 1 && tokens[k].IsWord && tokens[k].Has(WordFlags.Preposition) && tokens[k - 1].IsWord;
    }

    /// <summary>
    /// A portfolio between a role and the name: <c>Minister van Financiën Eelco Heinen</c>,
    /// <c>staatssecretaris van Justitie Jan de Vries</c>. When the run from <paramref name="from"/> follows a
    /// role and a lower-case <c>van</c>/<c>voor</c> and holds three name words or more, the name is its last
    /// first name and surname (with their tussenvoegsels); returns where that starts, else <paramref name="from"/>.
    /// </summary>
    public static int AfterPortfolio(ParagraphText p, List<int> run, int from, bool afterRole)
    {
        if (!afterRole || from == 0 || from >= run.Count || !NameWords.IsLowerParticle(p, run[from - 1]))
        {
            return from;
        }

        return NameAfterPortfolio(p, run, from);
    }

    /// <summary>
    /// <c>minister van Onderwijs Ben Weyts</c>, <c>secretary of Defense Lloyd Austin</c>: a lower-case role and <c>van</c>, <c>voor</c>,
    /// <c>of</c> or <c>for</c> before a run of three name words or more; returns where the name starts in the run (0 when the run
    /// follows no such role) and the role's token in <paramref name="roleToken"/>.
    /// </summary>
    public static int AfterPortfolioOfRoleBefore(ParagraphText p, List<int> run, out int roleToken)
    {
        var of = run[0] - 1;
        roleToken = of - 1;
        var t = roleToken >= 0 ? p.Tokens[roleToken] : default;
        if (roleToken < 0 || !t.IsWord || !t.StartsLower || t.Quote != p.Tokens[run[0]].Quote || !p.Lexicon.IsRole(p.Text, t)
            || !(p.IsWord(of, "van") || p.IsWord(of, "voor") || p.IsWord(of, "of") || p.IsWord(of, "for")) || !p.Tokens[of].StartsLower)
        {
            roleToken = -1;
            return 0;
        }

        var start = NameAfterPortfolio(p, run, 0);
        roleToken = start > 0 ? roleToken : -1;
        return start;
    }

    /// <summary>The name's first word in a run from <paramref name="from"/> that starts with a portfolio: its last first name and surname.</summary>
    private static int NameAfterPortfolio(ParagraphText p, List<int> run, int from)
    {
        var nameWords = 0;
        for (var i = from; i < run.Count; i++)
        {
            nameWords += NameWords.IsLowerParticle(p, run[i]) ? 0 : 1;
        }

        if (nameWords < 3)
        {
            return from;
        }

        var surname = run.Count - 1;
        var j = surname;
        while (j - 1 > from && NameWords.IsLowerParticle(p, run[j - 1]))
        {
            j--;
        }

        return j - 1 > from ? j - 1 : from;
    }

    /// <summary>
    /// <c>SVP of Devices &amp; Services Dave Limp</c>: three name words or more from <paramref name="from"/> after <c>&amp;</c>, <c>of</c> or
    /// <c>and</c>, no tussenvoegsel, the first no given name and the one before the surname a given name: the name starts at the given
    /// name (not in <c>Maynard James Keenan</c>, whose first given name no list holds).
    /// </summary>
    public static int AtGivenName(ParagraphText p, List<int> run, int from)
    {
        if (AtGivenNameAfterRole(p, run, from) is > 0 and var afterPlace)
        {
            return afterPlace;
        }

        var givenName = run.Count - 2;
        if (givenName - from < 1 || IsGivenName(p, run[from]) || !IsGivenName(p, run[givenName]) || !AfterAmpersandOrOf(p, run[from]))
        {
            return from;
        }

        for (var i = from; i < run.Count; i++)
        {
            if (NameWords.IsLowerParticle(p, run[i]) || !p.IsNameWord(run[i]))
            {
                return from;
            }
        }

        return givenName;
    }

    /// <summary>
    /// <c>teamchef Hoefkade Jeroen van Marle</c>: after a lower-case role, one or two name words that are no given name (the place or
    /// unit the role is of), then a given name and a surname that opens with particles: the name starts at the given name (not in
    /// <c>coach Maynard James Keenan</c>, a middle name); -1 when not.
    /// </summary>
    private static int AtGivenNameAfterRole(ParagraphText p, List<int> run, int from)
    {
        if (from >= run.Count - 2)
        {
            return -1;
        }

        var k = run[from];
        if (k == 0 || !p.Tokens[k - 1].IsWord || !p.Tokens[k - 1].StartsLower || !p.Lexicon.IsRole(p.Text, p.Tokens[k - 1]) || IsGivenName(p, k))
        {
            return -1;
        }

        for (var g = from + 1; g <= from + 2 && g < run.Count - 1; g++)
        {
            if (!p.IsNameWord(run[g - 1]) || NameWords.IsLowerParticle(p, run[g - 1]))
            {
                return -1;
            }

            if (IsGivenName(p, run[g]) && NameWords.IsLowerParticle(p, run[g + 1]) && p.IsNameWord(run[run.Count - 1]))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary><c>Sales &amp; Service</c>, <c>head of Service</c>: the run continues a name of a department or portfolio.</summary>
    private static bool AfterAmpersandOrOf(ParagraphText p, int k)
        => k > 0 && (p.IsPunctuation(k - 1, '&') || (p.Tokens[k - 1].IsWord && p.Tokens[k - 1].StartsLower
                                                     && (p.IsWord(k - 1, "of") || p.IsWord(k - 1, "van") || p.IsWord(k - 1, "and") || p.IsWord(k - 1, "en"))));

    private static bool IsGivenName(ParagraphText p, int k) => GivenNames.Contains(p.Text, p.Tokens[k].Start, p.Tokens[k].Length);

    /// <summary><c>van Onderwijs</c> after a role (<c>Vlaams minister van Onderwijs Ben Weyts</c>): a portfolio, then the name.</summary>
    private static bool IsPortfolioAfter(ParagraphText p, int k, int end)
        => k + 1 < end && p.Tokens[k].StartsLower && (p.IsWord(k, "van") || p.IsWord(k, "of")) && p.IsNameWord(k + 1);

    private static bool IsLowerCaseStart(ParagraphText p, int k) => p.Tokens[k].StartsLower;

    /// <summary>An all-capitals role word such as <c>MP</c>, <c>CEO</c>.</summary>
    private static bool IsAcronymRole(ParagraphText p, int k)
    {
        var t = p.Tokens[k];
        return t.Length <= 4 && char.IsUpper(p.Text[t.End - 1]) && p.Lexicon.IsRole(p.Text, t);
    }

    /// <summary>
    /// <c>Anne Crowther, of Florence Close,</c>: a run after a name, a comma and a lower-case <c>of</c> says where that person
    /// lives or comes from.
    /// </summary>
    public static bool IsResidenceAfterName(ParagraphText p, int k)
        => k >= 3 && p.IsWord(k - 1, "of") && p.Tokens[k - 1].StartsLower && p.IsPunctuation(k - 2, ',') && p.IsNameWord(k - 3);

    /// <summary>
    /// A run right after a lower-case organisation noun or compound: one opening with a capitalised particle (<c>videoclub De
    /// Donk</c>), or any run with no given name in it (<c>retrowinkel Decennia Design</c>, <c>the company Northwind Traders</c>).
    /// </summary>
    public static bool IsNameOfOrganisationNoun(ParagraphText p, int k, List<int> run)
    {
        if (k == 0 || !p.Tokens[k - 1].IsWord || p.IsCapitalised(k - 1))
        {
            return false;
        }

        if (!(run.Count >= 2 && p.Tokens[k].Has(WordFlags.Particle) && p.IsCapitalised(k)))
        {
            // The cheap test first: most runs after a lower-case word hold a given name (a person's name).
            foreach (var word in run)
            {
                if (IsGivenName(p, word) || p.Tokens[word].Has(WordFlags.Particle))
                {
                    return false;
                }
            }
        }

        return AfterNounOf(p, k, WordFlags.OrgNoun | WordFlags.AnaphoricOrgNoun);
    }

    /// <summary>True when the word before token <paramref name="k"/> is a lower-case noun of <paramref name="kind"/> or a compound ending in one (<c>videoclub</c>, <c>speelfilm</c>).</summary>
    public static bool AfterNounOf(ParagraphText p, int k, WordFlags kind)
    {
        if (k == 0 || !p.Tokens[k - 1].IsWord || p.IsCapitalised(k - 1))
        {
            return false;
        }

        var before = p.Tokens[k - 1];
        for (var n = before.Length; n >= 4; n--)
        {
            if ((p.Lexicon.Lookup(p.Text, before.End - n, n) & kind) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Republican Senator, Matt Pouliot says</c>: two capitalised words ending in a listed role, no given name among them, before
    /// a comma and a name: a role phrase whose person the apposition names, not a name.
    /// </summary>
    public static bool IsRolePhraseBeforeApposition(ParagraphText p, List<int> run, int runEnd, int end)
    {
        var last = run[run.Count - 1];
        var first = p.Tokens[run[0]];
        return run.Count == 2 && p.Tokens[last].Has(WordFlags.Role) && !GivenNames.Contains(p.Text, first.Start, first.Length)
               && runEnd + 1 < end && p.IsPunctuation(runEnd, ',') && p.IsNameWord(runEnd + 1);
    }

    /// <summary>
    /// <c>het bezoek aan De Vliert</c>, <c>tegen FC Den Bosch</c>: a capitalised particle and a word nobody was named with, after a
    /// preposition or a club's initials, with no given name: a place, ground or club, no one's surname.
    /// </summary>
    public static bool IsParticlePlaceAfterPreposition(ParagraphText p, List<int> run, int startIndex, int extentFirst)
    {
        var tokens = p.Tokens;
        var head = run[startIndex];
        if (run.Count - startIndex != 2 || !tokens[head].Has(WordFlags.Particle) || !p.IsCapitalised(head) || extentFirst == 0)
        {
            return false;
        }

        var before = tokens[extentFirst - 1];
        if (startIndex != 0 || !before.IsWord)
        {
            return false;
        }

        return p.IsCapitalised(extentFirst - 1)
            ? before.Length <= 3 && char.IsUpper(p.Text[before.End - 1])
            : before.Has(WordFlags.Preposition);
    }

    /// <summary>
    /// <c>… en Xandra Velzeboer Nederland de zesde medaille gaven</c>: two name words or more and then a place or country word,
    /// with no other such word before it; the place is the object after the name, not a word of it.
    /// </summary>
    public static bool EndsWithPlaceAfterFullName(ParagraphText p, List<int> run, int startIndex)
    {
        var last = run.Count - 1;
        if (last - startIndex < 2 || !p.Tokens[run[last]].Has(WordFlags.NonPerson) || !p.IsCapitalised(run[last]))
        {
            return false;
        }

        for (var i = startIndex; i < last; i++)
        {
            if (p.Tokens[run[i]].Has(WordFlags.NonPerson | WordFlags.OrgNoun) || !p.IsNameWord(run[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the word before <paramref name="k"/> is an ordinal in digits (<c>20th</c>, <c>3rd</c>, <c>20ste</c>, <c>3de</c>, <c>2e</c>).</summary>
    public static bool AfterOrdinal(ParagraphText p, int k)
    {
        if (k == 0 || !p.Tokens[k - 1].IsWord)
        {
            return false;
        }

        var t = p.Tokens[k - 1];
        var i = t.Start;
        while (i < t.End && char.IsDigit(p.Text[i]))
        {
            i++;
        }

        if (i == t.Start || i == t.End)
        {
            return false;
        }

        var suffix = p.Text.Substring(i, t.End - i).ToLowerInvariant();
        return suffix is "st" or "nd" or "rd" or "th" or "ste" or "de" or "e";
    }

    /// <summary>
    /// <c>West Berkshire Council</c>: where an organisation's name starts in a run whose words before <paramref name="skipped"/>
    /// were skipped as a description before a name; a role or function word stays out of it.
    /// </summary>
    public static int OrganisationStart(ParagraphText p, List<int> run, int skipped)
        => skipped > 0 && !p.Lexicon.IsRole(p.Text, p.Tokens[run[0]]) && !p.Tokens[run[0]].Has(WordFlags.FunctionWord | WordFlags.Determiner) ? 0 : skipped;
}
