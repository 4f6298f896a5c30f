using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Reads a run of capitalised words (with tussenvoegsels) as a person mention: role words and function
/// words in front are dropped (<c>Premier Mark Rutte</c>), place and organisation words cut the run
/// (<c>Buitenlandse Zaken Wopke Hoekstra</c>), a second particle group ends it (<c>Karin van Dijk van
/// Infrastructuur</c>). Two name words or a role make a person; a single word is a known surname or a
/// candidate that only a cue can turn into a person.
/// </summary>
internal static class NameRuns
{
    /// <summary>
    /// Reads the run of name words at <paramref name="k"/> (up to <paramref name="end"/>) into <paramref name="run"/> and adds
    /// the mention it makes, if any, to <paramref name="into"/>; returns the token after the run.
    /// </summary>
    public static int Read(ParagraphText p, int k, int end, bool includeQuoted, PersonRegistry people, List<int> run, List<Mention> into)
    {
        if (NameWords.IsGenerationalSuffix(p, k))
        {
            return k + 1; // "King Jr." : the suffix belongs to the name before it.
        }

        var runEnd = NameRunCollector.Collect(p, k, end, includeQuoted, run);
        if ((run.Count >= 2 || !GivenNames.Contains(p.Text, p.Tokens[k].Start, p.Tokens[k].Length))
            && (NameContext.AfterNounOf(p, k, WordFlags.TitleNoun) || people.IsTitle(p.Text, p.Tokens[k].Start, p.Tokens[run[run.Count - 1]].End)))
        {
            // "speelfilm Mijn Bijzonder Rare Week Met Tess", "the book Silent Spring", "zijn album Thuis": the title of a work, no
            // one's name, also where the article names it again without the noun.
            people.NoteTitle(p.Text, p.Tokens[k].Start, p.Tokens[run[run.Count - 1]].End);
            return runEnd;
        }

        if (NameContext.AfterOrdinal(p, k))
        {
            // "her 20th Grand Slam title", "zijn 3de Tour-zege": capitalised words after an ordinal name a thing that is counted.
            return runEnd;
        }

        if (NameContext.IsResidenceAfterName(p, k))
        {
            // "Michael Ballinger, of Florence Close, said": where the person named before lives, no one's name.
            return runEnd;
        }

        if (NameContext.IsNameOfOrganisationNoun(p, k, run))
        {
            // "videoclub De Donk", "stichting De Brug": a name after an organisation noun names the organisation.
            AddOrganisation(p, k, run[run.Count - 1] + 1, into);
            return runEnd;
        }

        if (!MayNameSomeone(p, k, end, run) || NameContext.IsRolePhraseBeforeApposition(p, run, runEnd, end))
        {
            return runEnd;
        }

        var startIndex = SkipTitlesAndRoles(p, run, people, out var role);
        startIndex = NameContext.AfterPortfolio(p, run, startIndex, role is not null);
        var roleToken = -1;
        if (startIndex == 0 && role is null && NameContext.AfterPortfolioOfRoleBefore(p, run, out roleToken) is > 0 and var afterPortfolio)
        {
            (startIndex, role) = (afterPortfolio, p.LowerWordText(roleToken));
        }

        if (NameContext.EndsWithPlaceAfterFullName(p, run, startIndex))
        {
            run.RemoveAt(run.Count - 1);
        }

        var beforeCut = startIndex;
        startIndex = NameContext.AtGivenName(p, run, AfterLastPlaceOrOrganisationWord(p, run, startIndex));
        if (startIndex >= run.Count)
        {
            if (run.Count - beforeCut >= 2)
            {
                AddOrganisation(p, run[NameContext.OrganisationStart(p, run, beforeCut)], run[run.Count - 1] + 1, into);
            }

            return runEnd;
        }

        if (MentionOf(p, run, startIndex, role, people, roleToken) is { } mention)
        {
            into.Add(mention);
        }

        return runEnd;
    }

    /// <summary>False for a lone function word or determiner, and for a run that only modifies the name after it.</summary>
    private static bool MayNameSomeone(ParagraphText p, int k, int end, List<int> run)
    {
        if (run.Count == 1 && p.Tokens[k].Has(WordFlags.FunctionWord | WordFlags.Determiner))
        {
            return false;
        }

        return HasLowerParticle(p, run) || !NameContext.ModifiesNextName(p, run[run.Count - 1] + 1, end);
    }

    /// <summary>
    /// Where the name starts in the run: after titles, roles, descriptors and function words in front (<c>Premier Mark
    /// Rutte</c>), stopping at a known person or a particle-led surname. The words skipped as roles make <paramref name="role"/>.
    /// </summary>
    private static int SkipTitlesAndRoles(ParagraphText p, List<int> run, PersonRegistry people, out string? role)
    {
        var tokens = p.Tokens;
        var startIndex = RunTitle.Length(p, run);
        role = startIndex == 0 ? null : RunTitle.Text(p, run, startIndex);
        while (startIndex < run.Count && people.Find(p, run, startIndex, run.Count) is null)
        {
            var t = tokens[run[startIndex]];
            if (t.Has(WordFlags.Particle) && p.IsCapitalised(run[startIndex]) && IsParticleLedSurname(p, run, startIndex))
            {
                break;
            }

            var isRole = (run.Count - startIndex > 1 || t.Has(WordFlags.Role)) && p.Lexicon.IsRole(p.Text, t);
            if (!isRole && run.Count - startIndex > 2 && p.Lexicon.IsPluralOfRole(p.Text, t))
            {
                // "House of Representatives Michael Madigan": the end of an institution's name, no role of the person.
                startIndex++;
                continue;
            }

            if (isRole || (startIndex == 0 && (IsDescriptorBeforeName(p, run) || SentenceStartWords.IsCommonNounBeforeName(p, run, people))))
            {
                role = role is null ? p.LowerWordText(run[startIndex]) : role + " " + p.LowerWordText(run[startIndex]);
            }
            else if (!NameWords.IsDroppedBeforeName(p, run, startIndex))
            {
                break;
            }

            startIndex++;
        }

        return startIndex;
    }

    /// <summary><c>De Boer</c>, <c>Van der Wal</c>: a capitalised particle, lower-case particles, then one name word end the run.</summary>
    private static bool IsParticleLedSurname(ParagraphText p, List<int> run, int startIndex)
    {
        var last = run.Count - 1;
        if (last <= startIndex || !p.IsNameWord(run[last]) || (last == startIndex + 1 && p.Tokens[run[startIndex]].Has(WordFlags.Preposition)
                                                                 && !p.IsWord(run[startIndex], "van")))
        {
            // "In Hoofddorp kwam …": a capitalised preposition before one name word is no surname (In 't Veld has its 't).
            return false;
        }

        for (var i = startIndex + 1; i < last; i++)
        {
            if (!NameWords.IsLowerParticle(p, run[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Place and organisation words cut the run: the name starts after the last of them (<c>Buitenlandse Zaken Wopke Hoekstra</c>);
    /// not one after a tussenvoegsel, which is a surname (<c>Susan van den Hof</c>).
    /// </summary>
    private static int AfterLastPlaceOrOrganisationWord(ParagraphText p, List<int> run, int startIndex)
    {
        for (var i = run.Count - 1; i >= startIndex; i--)
        {
            if (p.Tokens[run[i]].Has(WordFlags.NonPerson | WordFlags.OrgNoun) && p.IsCapitalised(run[i]) && !(i > startIndex && NameWords.IsLowerParticle(p, run[i - 1]))
                && !(i > startIndex && p.Lexicon.IsCapitalisedCalendarWord(p.Text, p.Tokens[run[i]])))
            {
                return i + 1;
            }
        }

        return startIndex;
    }

    /// <summary>
    /// The mention the name words from <paramref name="startIndex"/> make: an organisation noun, a person (known, two
    /// name words, or with a role), or a candidate that only a cue can make a person; null when they name no one.
    /// </summary>
    private static Mention? MentionOf(ParagraphText p, List<int> run, int startIndex, string? role, PersonRegistry people, int roleToken)
    {
        var tokens = p.Tokens;
        var head = run[startIndex];
        if (run.Count - startIndex == 1 && tokens[head].Has(WordFlags.GroupNoun | WordFlags.OrgNoun))
        {
            return new Mention(MentionKind.Organisation, head, head, head + 1)
            {
                Organisation = p.LowerWordText(head),
                IsPlural = tokens[head].Has(WordFlags.GroupNoun),
                CanBeSubject = !MentionFinder.Governed(p, head),
            };
        }

        var nameEnd = TruncateAtSecondParticleGroup(p, run, startIndex);
        var extentFirst = roleToken >= 0 ? roleToken : run[0];
        role ??= RoleBefore(p, extentFirst, ref extentFirst);
        var governed = MentionFinder.Governed(p, extentFirst) || (role is null && NameContext.GovernedAcrossNoun(p, extentFirst));
        var last = tokens[run[nameEnd - 1]];
        var genitiveS = nameEnd - startIndex >= 2 && !last.IsPossessiveName
                        && run[nameEnd - 1] + 1 < tokens.Length && tokens[run[nameEnd - 1] + 1].IsWord && !p.IsCapitalised(run[nameEnd - 1] + 1)
                        && people.IsGenitiveOfNameWrittenElsewhere(p.Text, last.Start, last.Length);
        governed |= last.IsPossessiveName || genitiveS || NameWords.IsPluralPossessive(p, run[nameEnd - 1]);
        var mention = new Mention(MentionKind.Person, extentFirst, head, run[nameEnd - 1] + 1) { CanBeSubject = !governed };
        var known = people.Find(p, run, startIndex, nameEnd);
        if (known is not null)
        {
            people.Touch(known);
            mention.Person = known;
            return mention;
        }

        if (role is null && ((extentFirst > 0 && tokens[extentFirst - 1].Has(WordFlags.PlacePreposition)) || (startIndex == 1 && tokens[run[0]].Has(WordFlags.PlacePreposition))))
        {
            return null;
        }

        if (role is null && NameContext.IsParticlePlaceAfterPreposition(p, run, startIndex, extentFirst))
        {
            return null;
        }

        if (CountNameWords(p, run, startIndex, nameEnd) >= 2 || role is not null || NameWords.IsAgeAfter(p, run[nameEnd - 1] + 1))
        {
            mention.Person = Register(p, run, startIndex, nameEnd, role, people, genitiveS);
            return mention;
        }

        if (tokens[head].Has(WordFlags.FunctionWord))
        {
            return null;
        }

        if (extentFirst == head && nameEnd - startIndex == 1 && SentenceStartWords.IsOrdinaryWordBeforeLowerWord(p, head, run[nameEnd - 1] + 1))
        {
            if (!tokens[head].Has(WordFlags.NonPerson | WordFlags.OrgNoun | WordFlags.GroupNoun | WordFlags.Role | WordFlags.Demonym)
                && !NameWords.DescribesSomeoneAfter(p, head + 1) && people.IsSurnameElsewhere(p.Text, tokens[head].Start, tokens[head].Length, p.Lexicon))
            {
                // "Omtzigt wil niet wachten …" where the article also writes "wat Omtzigt betreft": a surname as subject.
                mention.Person = Register(p, run, startIndex, nameEnd, role, people);
                return mention;
            }

            return null;
        }

        return new Mention(MentionKind.Candidate, extentFirst, head, run[nameEnd - 1] + 1) { CanBeSubject = !governed };
    }

    /// <summary><c>Bouwend Nederland</c>, <c>Stanford University</c>: a capitalised run that names an organisation or place.</summary>
    private static void AddOrganisation(ParagraphText p, int first, int end, List<Mention> into)
    {
        var start = p.Tokens[first].Start;
        into.Add(new Mention(MentionKind.Organisation, first, first, end)
        {
            Organisation = p.Text.Substring(start, p.Tokens[end - 1].End - start),
            CanBeSubject = !MentionFinder.Governed(p, first),
        });
    }

    /// <summary>Makes a person of a candidate mention once a cue attributes a quote to it.</summary>
    public static Person Promote(ParagraphText p, Mention candidate, PersonRegistry people, List<int> run)
    {
        run.Clear();
        for (var k = candidate.First; k < candidate.End; k++)
        {
            run.Add(k);
        }

        return people.Find(p, run, 0, run.Count) ?? Register(p, run, 0, run.Count, null, people);
    }

    private static Person Register(ParagraphText p, List<int> run, int from, int end, string? role, PersonRegistry people, bool genitiveS = false)
    {
        var words = new string[end - from];
        for (var i = from; i < end; i++)
        {
            words[i - from] = p.Text.Substring(p.Tokens[run[i]].Start, p.Tokens[run[i]].NameLength);
        }

        var surnameStart = words.Length - 1;
        while (surnameStart > 0 && p.Tokens[run[from + surnameStart - 1]].Has(WordFlags.Particle) && !p.IsCapitalised(run[from + surnameStart - 1]))
        {
            surnameStart--;
        }

        var start = p.Tokens[run[from]].Start;
        var last = p.Tokens[run[end - 1]];
        var nameEnd = last.Start + last.NameLength;
        if (last.Length == 1 && nameEnd < p.Text.Length && p.Text[nameEnd] == '.')
        {
            nameEnd++; // "Martien R." keeps the dot of its initial.
        }
        else
        {
            nameEnd += NameWords.NameSuffixLength(p.Text, nameEnd);
        }

        if (genitiveS)
        {
            // "Steven Wouterloods eerste film": the name without its genitive s.
            words[words.Length - 1] = words[words.Length - 1].Substring(0, words[words.Length - 1].Length - 1);
            nameEnd--;
        }

        var name = p.Text.Substring(start, nameEnd - start);
        return people.Add(name, words, surnameStart, role);
    }

    /// <summary>
    /// <c>Firefighter Jake Morrison</c>, <c>Middenvelder Frenkie de Jong</c>: a sentence-initial word before a
    /// two-word name (three capitalised words or more) describes the person rather than naming them; not a given name
    /// before a capitalised particle (<c>José De Cauwer</c>).
    /// </summary>
    private static bool IsDescriptorBeforeName(ParagraphText p, List<int> run)
    {
        var first = run[0];
        var sentenceStart = first == 0 || (!p.Tokens[first - 1].IsWord && p.Text[p.Tokens[first - 1].Start] is '.' or '!' or '?');
        return sentenceStart && !p.Tokens[first].Has(WordFlags.Particle | WordFlags.FunctionWord) && CountNameWords(p, run, 0, run.Count) >= 3
               && !p.Tokens[run[1]].Has(WordFlags.Particle) && !GivenNames.Contains(p.Text, p.Tokens[first].Start, p.Tokens[first].Length);
    }

    private static int CountNameWords(ParagraphText p, List<int> run, int from, int end)
    {
        var names = 0;
        for (var i = from; i < end; i++)
        {
            names += NameWords.IsLowerParticle(p, run[i]) ? 0 : 1;
        }

        return names;
    }

    private static int TruncateAtSecondParticleGroup(ParagraphText p, List<int> run, int startIndex)
    {
        var names = 0;
        var sawParticleGroup = false;
        for (var i = startIndex; i < run.Count; i++)
        {
            if (!NameWords.IsLowerParticle(p, run[i]))
            {
                names++;
                continue;
            }

            if ((names >= 2 && !NameWords.EndsWithHyphenParticle(p, run[i - 1]) && (sawParticleGroup || !NameWords.IsLastSurname(p, run, i)))
                || (sawParticleGroup && !NameWords.IsLowerParticle(p, run[i - 1])))
            {
                return i;
            }

            sawParticleGroup = true;
        }

        return run.Count;
    }

    /// <summary>A run with a tussenvoegsel is a name that may run into the next phrase (<c>Mark Rutte de Oekraïense president</c>).</summary>
    private static bool HasLowerParticle(ParagraphText p, List<int> run)
    {
        foreach (var k in run)
        {
            if (NameWords.IsLowerParticle(p, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role word right before the name: <c>trainer De Boer</c>, <c>ambtgenoot Denys Shmyhal</c>, <c>Sen. Ted Cruz</c> (an abbreviated
    /// title's dot, not a sentence's end: <c>… the lead prosecutor. Suffice to say</c>).
    /// </summary>
    private static string? RoleBefore(ParagraphText p, int first, ref int extentFirst)
    {
        var k = first - 1;
        if (k >= 1 && p.IsPunctuation(k, '.') && p.Tokens[k - 1].Has(WordFlags.Role) && p.Tokens[k - 1].Length <= 4)
        {
            k--;
        }

        var t = k >= 0 ? p.Tokens[k] : default;
        if (k >= 0 && t.IsWord && t.Quote == p.Tokens[first].Quote && p.Lexicon.IsRole(p.Text, t))
        {
            extentFirst = k;
            return p.LowerWordText(k);
        }

        return null;
    }
}
