using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Collects the tokens of a run of name words from a capitalised word on, for <see cref="NameRuns"/>: name words, the
/// particles between them (<c>van der</c>), initials with their dots (<c>T. S. Ellis</c>), a surname initial that ends the
/// name (<c>Martien R.</c>), a genitive that ends it (<c>Tuberville’s</c>), and an abbreviated title's dot (<c>Gov. Wes Moore</c>);
/// a particle before an organisation, party or role ends it (<c>Nel Dol van GroenLinks</c>); a nickname in quote marks between
/// two name words stays in it (<c>Aaron “Bo” Brown</c>).
/// </summary>
internal static class NameRunCollector
{
    /// <summary>Fills <paramref name="run"/> with the run's tokens from <paramref name="k"/>; returns the token after the run.</summary>
    public static int Collect(ParagraphText p, int k, int end, bool includeQuoted, List<int> run)
    {
        var tokens = p.Tokens;
        run.Clear();
        run.Add(k);
        var j = k + 1;
        while (j < end)
        {
            if (tokens[j].Quote >= 0 && !includeQuoted)
            {
                var afterNickname = NameWords.NicknameEnd(p, run, j, end);
                if (afterNickname < 0)
                {
                    break;
                }

                // "Aaron “Bo” Brown": a nickname in quote marks between two name words is part of the name as written.
                for (; j < afterNickname; j++)
                {
                    if (tokens[j].IsWord)
                    {
                        run.Add(j);
                    }
                }

                continue;
            }

            if (p.IsNameWord(j) && !NameWords.IsGenerationalSuffix(p, j))
            {
                run.Add(j++);
                continue;
            }

            if (p.IsPunctuation(j, '.') && NameWords.IsInitial(p, j - 1) && run[run.Count - 1] == j - 1 && j + 1 < end && (p.IsNameWord(j + 1) || NameWords.StartsWithInitials(p, j + 1, end)))
            {
                // "T. S. Ellis", "Neal H. MacBride": the dot of an initial inside a name.
                j++;
                continue;
            }

            if (NameWords.StartsWithInitials(p, j, end))
            {
                run.Add(j++);
                continue;
            }

            if (NameWords.IsSurnameInitial(p, j))
            {
                // "Martien R.": a suspect's surname cut to its initial, as Dutch crime news writes it; the initial ends the name.
                run.Add(j++);
                break;
            }

            if (p.Tokens[j].IsPossessiveName && tokens[j].Quote == tokens[k].Quote)
            {
                // "Sen. Tommy Tuberville’s hold": the genitive word ends the name.
                run.Add(j++);
                break;
            }

            if (IsTitleAbbreviationDot(p, j, end))
            {
                // "Maryland Gov. Wes Moore": the dot of an abbreviated title does not end the run.
                j++;
                continue;
            }

            var afterParticles = j;
            while (afterParticles < end && ((tokens[afterParticles].Has(WordFlags.Particle) && !p.IsCapitalised(afterParticles)) || NameWords.IsElidedArticle(p, afterParticles, end)))
            {
                afterParticles++;
            }

            if (afterParticles == j || afterParticles >= end || !p.IsNameWord(afterParticles) || IsLonePrepositionParticle(p, j, afterParticles)
                || (IsVanBeforeSeveralNameWords(p, j, afterParticles, end) && NameWords.HasNameBesidesRoles(p, run))
                || (NameWords.HasNameBesidesRoles(p, run) && !NameWords.IsLoneGivenName(p, run) && NameWords.NamesNoPerson(p, afterParticles, end)))
            {
                break;
            }

            for (; j <= afterParticles; j++)
            {
                run.Add(j);
            }
        }

        return j;
    }

    /// <summary>
    /// <c>René van Get Well Jeans</c>: <c>van</c> alone before two name words or more names the shop or club the person is from; a
    /// surname after a lone <c>van</c> is one word (<c>Vincent van Gogh</c>).
    /// </summary>
    private static bool IsVanBeforeSeveralNameWords(ParagraphText p, int j, int afterParticles, int end)
        => afterParticles == j + 1 && p.IsWord(j, "van") && afterParticles + 1 < end && p.IsNameWord(afterParticles + 1)
           && p.Tokens[afterParticles + 1].Quote == p.Tokens[afterParticles].Quote;

    /// <summary><c>Snellen in Nieuws en Co</c>: <c>in</c> or <c>op</c> alone is a preposition; in a name it comes with <c>'t</c> or <c>den</c> (<c>In 't Veld</c>).</summary>
    private static bool IsLonePrepositionParticle(ParagraphText p, int j, int afterParticles)
        => afterParticles == j + 1 && p.Tokens[j].Has(WordFlags.Preposition) && !p.IsWord(j, "van") && !p.IsWord(j, "von");

    /// <summary>The dot after an abbreviated title (<c>Gov.</c>, <c>Sen.</c>, <c>Dr.</c>) inside a run, with a name word after it.</summary>
    private static bool IsTitleAbbreviationDot(ParagraphText p, int j, int end)
        => p.IsPunctuation(j, '.') && j + 1 < end && p.IsNameWord(j + 1) && p.Tokens[j - 1].IsWord
           && p.Tokens[j - 1].Has(WordFlags.Role) && p.Tokens[j - 1].Length <= 4 && p.IsCapitalised(j - 1);
}
