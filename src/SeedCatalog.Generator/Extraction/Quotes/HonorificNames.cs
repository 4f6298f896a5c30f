using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// <c>Meneer van der Biezen (102)</c>, <c>zegt mevrouw de Graaf</c>: an honorific before a surname that opens with lower-case
/// particles names that person; the name is the surname as written, particles included, without the honorific.
/// </summary>
internal static class HonorificNames
{
    /// <summary>Adds the person the honorific at <paramref name="k"/> introduces to <paramref name="into"/>; returns the token after the surname, or -1.</summary>
    public static int Read(ParagraphText p, int k, int end, PersonRegistry people, List<int> run, List<Mention> into)
    {
        var tokens = p.Tokens;
        if (!p.Lexicon.IsHonorific(p.Text, tokens[k]) || k + 2 >= end)
        {
            return -1;
        }

        var j = k + 1;
        while (j < end && j - k <= 3 && tokens[j].IsWord && tokens[j].Has(WordFlags.Particle) && !p.IsCapitalised(j))
        {
            j++;
        }

        if (j == k + 1 || j >= end || !p.IsNameWord(j) || tokens[j].Quote != tokens[k].Quote || (j + 1 < end && p.IsNameWord(j + 1)))
        {
            return -1;
        }

        run.Clear();
        for (var i = k + 1; i <= j; i++)
        {
            run.Add(i);
        }

        var person = people.Find(p, run, 0, run.Count);
        if (person is null)
        {
            var words = new string[run.Count];
            for (var i = 0; i < run.Count; i++)
            {
                words[i] = p.Text.Substring(tokens[run[i]].Start, tokens[run[i]].NameLength);
            }

            var start = tokens[k + 1].Start;
            person = people.Add(p.Text.Substring(start, tokens[j].Start + tokens[j].NameLength - start), words, run.Count - 1, null);
        }
        else
        {
            people.Touch(person);
        }

        into.Add(new Mention(MentionKind.Person, k, k + 1, j + 1) { Person = person, CanBeSubject = !MentionFinder.Governed(p, k) });
        return j + 1;
    }
}
