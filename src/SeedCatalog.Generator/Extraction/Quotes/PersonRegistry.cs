using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The people an article has named so far, found again by full name, surname or role.</summary>
internal sealed partial class PersonRegistry
{
    private readonly List<Person> _people = new();
    private int _clock;

    /// <summary>The article's paragraphs, when known: <see cref="WrittenInLowerCase"/> looks in them.</summary>
    public IReadOnlyList<string>? Article { get; set; }

    /// <summary>
    /// The most recent person whose full name, surname, or last two or more name words (<c>Lance Bottoms</c> for Keisha Lance
    /// Bottoms) are the words of tokens <paramref name="run"/>[from..end).
    /// </summary>
    public Person? Find(ParagraphText p, List<int> run, int from, int end)
    {
        Person? best = null;
        foreach (var person in _people)
        {
            var words = person.NameWords;
            var whole = Matches(p, run, from, end, words, 0);
            var matches = whole || Matches(p, run, from, end, words, person.SurnameStart)
                || (end - from >= 2 && end - from < words.Length && Matches(p, run, from, end, words, words.Length - (end - from)));
            if (whole)
            {
                return person;
            }

            // "Nelson said" after "Victor Nelson" and "his daughter-in-law Ruth Nelson": a surname two people share is the one
            // named first, whom the article is about.
            best ??= matches ? person : null;
        }

        return best ?? (end - from == 1 ? ByGivenName(p, run[from]) : null);
    }

    /// <summary>
    /// <c>vertelt Jack</c> after <c>akkerbouwer Jack de Winter</c>: a lone word that is the given name of exactly one person named
    /// in full so far (profiles call people by their first name).
    /// </summary>
    private Person? ByGivenName(ParagraphText p, int token)
    {
        Person? found = null;
        var t = p.Tokens[token];
        foreach (var person in _people)
        {
            var given = person.NameWords[0];
            if (person.SurnameStart > 0 && t.NameLength == given.Length && IgnoreCase.Equals(p.Text, t.Start, given))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person;
            }
        }

        return found;
    }

    private HashSet<string>? _titles;

    /// <summary>Notes the capitalised words from <paramref name="start"/> to <paramref name="end"/> as the title of a work (<c>speelfilm Mijn Rare Week</c>).</summary>
    public void NoteTitle(string text, int start, int end) => (_titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Substring(start, end - start));

    /// <summary>True when the words from <paramref name="start"/> to <paramref name="end"/> are a title the article gave a work before.</summary>
    public bool IsTitle(string text, int start, int end)
    {
        if (_titles is null)
        {
            return false;
        }

        foreach (var title in _titles)
        {
            if (title.Length == end - start && string.CompareOrdinal(text, start, title, 0, title.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True once someone with a surname that opens with a lower-case particle (<c>Hans de Boer</c>) is named.</summary>
    public bool HasLowerParticleSurname { get; private set; }

    public Person? FindByRole(string role)
    {
        Person? best = null;
        foreach (var person in _people)
        {
            if (person.Role is { } r && (r == role || r.EndsWith(" " + role, StringComparison.Ordinal) || OfficeNames.Same(r, role))
                && (best is null || person.LastSeen > best.LastSeen))
            {
                best = person;
            }
        }

        return best;
    }

    public Person Add(string name, string[] nameWords, int surnameStart, string? role)
    {
        var person = new Person(name, role, nameWords, surnameStart);
        _people.Add(person);
        HasLowerParticleSurname |= surnameStart < nameWords.Length - 1 && surnameStart > 0;
        Touch(person);
        return person;
    }

    public void Touch(Person person) => person.LastSeen = ++_clock;

    /// <summary>
    /// The full name of the one person named in full whose surname or given name <paramref name="name"/> is (<c>Van der Kruijs</c> for
    /// Pieter van der Kruijs, named in full only after the surname was first used; <c>Jack</c> for Jack de Winter); null when none or
    /// several are, or it is a full name.
    /// </summary>
    public string? FullNameOf(string name)
    {
        string? found = null;
        foreach (var person in _people)
        {
            if (person.SurnameStart == 0 || string.Equals(person.Name, name, StringComparison.Ordinal)
                || !(string.Equals(person.Surname, name, StringComparison.OrdinalIgnoreCase)
                     || (person.SurnameStart == 1 && string.Equals(person.NameWords[0], name, StringComparison.Ordinal))))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, person.Name, StringComparison.Ordinal))
            {
                return null;
            }

            found = person.Name;
        }

        return found;
    }

    /// <summary>
    /// <c>Farnum</c> for Scott Farnam, <c>Reike</c> for Marcia Rieke: the full name of the one person named in full whose surname
    /// a lone word misspells by one letter (changed, added, left out, or two swapped), same first letter, five letters or more;
    /// null when none or several are.
    /// </summary>
    public string? FullNameOfMisspelt(string word)
    {
        if (word.Length < 5 || word.IndexOf(' ') >= 0)
        {
            return null;
        }

        string? found = null;
        foreach (var person in _people)
        {
            if (person.SurnameStart == 0 || person.SurnameStart != person.NameWords.Length - 1)
            {
                continue;
            }

            var surname = person.NameWords[person.SurnameStart];
            if (surname.Length < 5 || surname[0] != word[0] || !OneEditApart(surname, word))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, person.Name, StringComparison.Ordinal))
            {
                return null;
            }

            found = person.Name;
        }

        return found;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by one edit: a letter changed, added or left out, or two neighbours swapped.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]
                          && string.CompareOrdinal(a, i + 2, b, i + 2, a.Length - i - 2) == 0;
            return swapped || string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return string.CompareOrdinal(longer, i + 1, shorter, i, shorter.Length - i) == 0;
    }

    /// <summary>The people named, without a surname-only entry (or a misspelling of one) whose full name the article also gives.</summary>
    public EquatableArray<PersonModel> ToModels()
    {
        if (_people.Count == 0)
        {
            return EquatableArray<PersonModel>.Empty;
        }

        var models = new PersonModel[_people.Count];
        var count = 0;
        foreach (var person in _people)
        {
            if (person.Role is not null || (FullNameOf(person.Name) ?? FullNameOfMisspelt(person.Name)) is null)
            {
                models[count++] = new PersonModel(person.Name, person.Role);
            }
        }

        if (count < models.Length)
        {
            Array.Resize(ref models, count);
        }

        return new EquatableArray<PersonModel>(models);
    }

    private static bool Matches(ParagraphText p, List<int> run, int from, int end, string[] words, int wordStart)
    {
        if (end - from != words.Length - wordStart)
        {
            return false;
        }

        for (var i = from; i < end; i++)
        {
            var token = p.Tokens[run[i]];
            var word = words[wordStart + i - from];
            if (token.NameLength != word.Length || !(IgnoreCase.Equals(p.Text, token.Start, word) || Accents.EqualWithout(p.Text, token.Start, word)))
            {
                return false;
            }
        }

        return true;
    }
}
