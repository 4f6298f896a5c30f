using System.Collections.Generic;
using System.Text;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Finds possible speakers in a run of tokens: names (2+ capitalised words with tussenvoegsels, or a
/// known surname), pronouns, roles standing for a named person, and organisations. Names are linked
/// to <see cref="PersonRegistry"/> as they are found; pronouns are left for the discourse to resolve.
/// </summary>
internal static class MentionFinder
{
    public static void Find(ParagraphText p, int first, int end, bool includeQuoted, PersonRegistry people, List<Mention> into)
    {
        var tokens = p.Tokens;
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || (t.Quote >= 0 && !includeQuoted))
            {
                continue;
            }

            var isObject = t.Has(WordFlags.ObjectPronoun);
            if ((!isObject && t.Has(WordFlags.SubjectPronoun | WordFlags.PluralPronoun)) || (isObject && FollowsSourceMarker(p, k)))
            {
                into.Add(new Mention(MentionKind.Pronoun, k, k, k + 1)
                {
                    IsPlural = t.Has(WordFlags.PluralPronoun),
                    MaybeSingular = t.Has(WordFlags.SubjectPronoun) || (isObject && !t.Has(WordFlags.PluralPronoun)),
                    CanBeSubject = !Governed(p, k),
                });
                continue;
            }

            if (t.Has(WordFlags.GroupNoun) && !p.IsCapitalised(k))
            {
                into.Add(new Mention(MentionKind.Organisation, k, k, k + 1) { Organisation = p.WordText(k), IsPlural = true, CanBeSubject = !Governed(p, k) });
                continue;
            }

            if (t.Has(WordFlags.Determiner))
            {
                var next = ReadDeterminerPhrase(p, k, end, people, into);
                if (next > k)
                {
                    k = next - 1;
                    continue;
                }
            }

            if (p.IsNameWord(k))
            {
                k = ReadNameRun(p, k, end, includeQuoted, people, into) - 1;
            }
        }
    }

    /// <summary>het kabinet, de Oekraïense regering, the White House, het CPB, de premier. Returns the token after it, or <paramref name="k"/>.</summary>
    private static int ReadDeterminerPhrase(ParagraphText p, int k, int end, PersonRegistry people, List<Mention> into)
    {
        var tokens = p.Tokens;
        for (var j = k + 1; j < end && j <= k + 3; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.Quote != tokens[k].Quote || t.Has(WordFlags.Cue | WordFlags.CueHead | WordFlags.Preposition | WordFlags.Determiner))
            {
                break;
            }

            if (t.Has(WordFlags.OrgNoun | WordFlags.GroupNoun))
            {
                var last = j;
                while (last + 1 < end && p.IsNameWord(last + 1) && tokens[last + 1].Quote == t.Quote)
                {
                    last++;
                }

                if (p.IsCapitalised(j) && last + 2 < end && tokens[last + 1].Has(WordFlags.Preposition) && p.IsNameWord(last + 2)
                    && tokens[last + 1].Length <= 3)
                {
                    last += 2;
                    while (last + 1 < end && p.IsNameWord(last + 1))
                    {
                        last++;
                    }
                }

                into.Add(new Mention(MentionKind.Organisation, k, k, last + 1)
                {
                    Organisation = OrganisationText(p, k, last + 1),
                    IsPlural = t.Has(WordFlags.GroupNoun),
                    CanBeSubject = !Governed(p, k),
                });
                return last + 1;
            }

            if (p.Lexicon.IsRole(p.Text, t.Start, t.Length) && !char.IsUpper(p.Text[t.Start]))
            {
                if (j + 1 < end && p.IsNameWord(j + 1))
                {
                    return j + 1;
                }

                var role = p.WordText(j).ToLowerInvariant();
                var person = people.FindByRole(role);
                into.Add(new Mention(MentionKind.Role, k, j, j + 1) { Person = person, Word = role, CanBeSubject = !Governed(p, k) });
                return j + 1;
            }
        }

        if (k + 1 < end && IsAcronym(p, k + 1))
        {
            into.Add(new Mention(MentionKind.Organisation, k, k, k + 2) { Organisation = OrganisationText(p, k, k + 2), CanBeSubject = !Governed(p, k) });
            return k + 2;
        }

        if (k + 1 < end && p.IsNameWord(k + 1) && !IsKnownNameAt(p, k, end, people))
        {
            var last = k + 1;
            var organisation = false;
            while (last < end && p.IsNameWord(last))
            {
                organisation |= tokens[last].Has(WordFlags.NonPerson | WordFlags.OrgNoun);
                last++;
            }

            organisation |= last - k > 2;
            if (!organisation && last == k + 2 && p.IsCapitalised(k) && tokens[k].Has(WordFlags.Particle))
            {
                return k;
            }

            if (organisation)
            {
                into.Add(new Mention(MentionKind.Organisation, k, k, last) { Organisation = OrganisationText(p, k, last), CanBeSubject = !Governed(p, k) });
            }

            return last;
        }

        return k;
    }

    /// <summary>Reads a run of capitalised words (with particles) and adds the person or candidate it names.</summary>
    private static int ReadNameRun(ParagraphText p, int k, int end, bool includeQuoted, PersonRegistry people, List<Mention> into)
    {
        var tokens = p.Tokens;
        var run = new List<int> { k };
        var j = k + 1;
        while (j < end && (tokens[j].Quote < 0 || includeQuoted))
        {
            if (p.IsNameWord(j))
            {
                run.Add(j++);
                continue;
            }

            var afterParticles = j;
            while (afterParticles < end && tokens[afterParticles].Has(WordFlags.Particle) && !p.IsCapitalised(afterParticles))
            {
                afterParticles++;
            }

            if (afterParticles == j || afterParticles >= end || !p.IsNameWord(afterParticles))
            {
                break;
            }

            for (; j <= afterParticles; j++)
            {
                run.Add(j);
            }
        }

        var runEnd = j;
        string? role = null;
        var startIndex = 0;
        while (startIndex < run.Count && people.FindByName(JoinLower(p, run, startIndex, run.Count)) is null)
        {
            var t = tokens[run[startIndex]];
            if (run.Count - startIndex == 2 && t.Has(WordFlags.Particle) && p.IsCapitalised(run[startIndex]) && p.IsNameWord(run[startIndex + 1]))
            {
                break;
            }

            if (startIndex == 0 && IsDescriptorBeforeName(p, run))
            {
                role = p.WordText(run[0]).ToLowerInvariant();
                startIndex++;
                continue;
            }

            var isRole = p.Lexicon.IsRole(p.Text, t.Start, t.Length) && (run.Count - startIndex > 1 || t.Has(WordFlags.Role));
            if (isRole)
            {
                role = role is null ? p.WordText(run[startIndex]).ToLowerInvariant() : role + " " + p.WordText(run[startIndex]).ToLowerInvariant();
            }
            else if (!t.Has(WordFlags.FunctionWord | WordFlags.Particle | WordFlags.Determiner))
            {
                break;
            }

            startIndex++;
        }

        for (var i = run.Count - 1; i >= startIndex; i--)
        {
            if (tokens[run[i]].Has(WordFlags.NonPerson | WordFlags.OrgNoun) && p.IsCapitalised(run[i]))
            {
                startIndex = i + 1;
                break;
            }
        }

        if (startIndex >= run.Count)
        {
            return runEnd;
        }

        if (run.Count - startIndex == 1 && tokens[run[startIndex]].Has(WordFlags.GroupNoun | WordFlags.OrgNoun))
        {
            into.Add(new Mention(MentionKind.Organisation, run[startIndex], run[startIndex], run[startIndex] + 1)
            {
                Organisation = p.WordText(run[startIndex]).ToLowerInvariant(),
                IsPlural = tokens[run[startIndex]].Has(WordFlags.GroupNoun),
                CanBeSubject = !Governed(p, run[startIndex]),
            });
            return runEnd;
        }

        var nameEnd = TruncateAtSecondParticleGroup(p, run, startIndex);
        var extentFirst = run[0];
        role ??= RoleBefore(p, extentFirst, out extentFirst);
        var nameWords = 0;
        for (var i = startIndex; i < nameEnd; i++)
        {
            nameWords += tokens[run[i]].Has(WordFlags.Particle) && !p.IsCapitalised(run[i]) ? 0 : 1;
        }

        var lowerName = JoinLower(p, run, startIndex, nameEnd);
        var known = people.FindByName(lowerName);
        var mention = new Mention(MentionKind.Person, extentFirst, run[startIndex], run[nameEnd - 1] + 1) { CanBeSubject = !Governed(p, extentFirst) };
        if (known is not null)
        {
            people.Touch(known);
            mention.Person = known;
        }
        else if (nameWords >= 2 || role is not null)
        {
            var surnameStart = nameEnd - 1;
            while (surnameStart > startIndex && tokens[run[surnameStart - 1]].Has(WordFlags.Particle) && !p.IsCapitalised(run[surnameStart - 1]))
            {
                surnameStart--;
            }

            var name = p.Text.Substring(tokens[run[startIndex]].Start, tokens[run[nameEnd - 1]].End - tokens[run[startIndex]].Start);
            mention.Person = people.FindOrAdd(name, JoinLower(p, run, surnameStart, nameEnd), role);
        }
        else if (tokens[run[startIndex]].Has(WordFlags.FunctionWord))
        {
            return runEnd;
        }
        else
        {
            mention = new Mention(MentionKind.Candidate, extentFirst, run[startIndex], run[nameEnd - 1] + 1) { Word = lowerName, CanBeSubject = false };
        }

        into.Add(mention);
        return runEnd;
    }

    /// <summary>
    /// <c>Firefighter Jake Morrison</c>, <c>Middenvelder Frenkie de Jong</c>: a sentence-initial word before a
    /// two-word name (three capitalised words or more) describes the person rather than naming them.
    /// </summary>
    private static bool IsDescriptorBeforeName(ParagraphText p, List<int> run)
    {
        var first = run[0];
        var sentenceStart = first == 0 || (!p.Tokens[first - 1].IsWord && p.Text[p.Tokens[first - 1].Start] is '.' or '!' or '?');
        if (!sentenceStart || p.Tokens[first].Has(WordFlags.Particle | WordFlags.FunctionWord))
        {
            return false;
        }

        var names = 0;
        foreach (var k in run)
        {
            names += p.Tokens[k].Has(WordFlags.Particle) && !p.IsCapitalised(k) ? 0 : 1;
        }

        return names >= 3;
    }

    private static int TruncateAtSecondParticleGroup(ParagraphText p, List<int> run, int startIndex)
    {
        var names = 0;
        for (var i = startIndex; i < run.Count; i++)
        {
            var isParticle = p.Tokens[run[i]].Has(WordFlags.Particle) && !p.IsCapitalised(run[i]);
            if (!isParticle)
            {
                names++;
                continue;
            }

            if (names >= 2 || (i > startIndex + 1 && HasParticleBefore(p, run, startIndex, i - 1)))
            {
                return i;
            }
        }

        return run.Count;
    }

    private static bool HasParticleBefore(ParagraphText p, List<int> run, int from, int before)
    {
        for (var i = from; i < before; i++)
        {
            if (p.Tokens[run[i]].Has(WordFlags.Particle) && !p.IsCapitalised(run[i]) && !p.Tokens[run[i + 1]].Has(WordFlags.Particle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case role word just before a name (<c>trainer De Boer</c>, <c>minister van Buitenlandse Zaken X</c> is caught in the run).</summary>
    private static string? RoleBefore(ParagraphText p, int first, out int extentFirst)
    {
        extentFirst = first;
        var k = first - 1;
        if (k >= 0 && p.Tokens[k].IsWord && p.Tokens[k].Quote == p.Tokens[first].Quote && p.Lexicon.IsRole(p.Text, p.Tokens[k].Start, p.Tokens[k].Length))
        {
            extentFirst = k;
            return p.WordText(k).ToLowerInvariant();
        }

        return null;
    }

    private static bool IsKnownNameAt(ParagraphText p, int k, int end, PersonRegistry people)
    {
        var last = k + 1;
        while (last < end && p.IsNameWord(last))
        {
            last++;
        }

        var run = new List<int>();
        for (var i = k; i < last; i++)
        {
            run.Add(i);
        }

        return p.IsCapitalised(k) && people.FindByName(JoinLower(p, run, 0, run.Count)) is not null;
    }

    private static bool FollowsSourceMarker(ParagraphText p, int k)
        => k > 0 && (p.Tokens[k - 1].Has(WordFlags.SourceMarker) || (p.Tokens[k - 1].Has(WordFlags.CueTail) && k > 1 && p.Tokens[k - 2].Has(WordFlags.SourceMarker)));

    /// <summary>True when a preposition (or volgens/aldus/according to) governs the phrase starting at token <paramref name="k"/>.</summary>
    public static bool Governed(ParagraphText p, int k)
        => k > 0 && p.Tokens[k - 1].IsWord && p.Tokens[k - 1].Has(WordFlags.Preposition | WordFlags.SourceMarker | WordFlags.CueTail);

    private static bool IsAcronym(ParagraphText p, int k)
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

    private static string OrganisationText(ParagraphText p, int first, int end)
    {
        var determiner = p.WordText(first).ToLowerInvariant();
        var rest = p.Text.Substring(p.Tokens[first + 1].Start, p.Tokens[end - 1].End - p.Tokens[first + 1].Start);
        return determiner + " " + rest;
    }

    private static string JoinLower(ParagraphText p, List<int> run, int from, int end)
    {
        var builder = new StringBuilder();
        for (var i = from; i < end; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var t = p.Tokens[run[i]];
            builder.Append(p.Text, t.Start, t.Length);
        }

        return builder.ToString().ToLowerInvariant();
    }
}
