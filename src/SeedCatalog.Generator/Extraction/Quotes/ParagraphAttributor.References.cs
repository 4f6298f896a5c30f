using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The part of <see cref="ParagraphAttributor"/> that resolves what a mention refers back to: a pronoun, a definite role
/// (<c>de trainer</c>), an organisation noun (<c>het bedrijf</c>), against the discourse so far.
/// </summary>
internal sealed partial class ParagraphAttributor
{
    private static bool IsCompoundDescription(string? role) => role is not null && role.IndexOf('-') > 0;

    private void ResolvePronouns(List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.IsAnaphoric && _discourse.ResolveOrganisation(_paragraph) is { } organisation)
            {
                m.Organisation = organisation.Speaker;
            }
            else if (m.Kind == MentionKind.Role && m.Person is null && !_p.Tokens[m.ExtentFirst].Has(WordFlags.Indefinite))
            {
                if (_discourse.TopicPerson is { Person: { } topicPerson } && (topicPerson.Role is null || IsCompoundDescription(m.Word))
                    && _discourse.TopicPersonParagraph >= _paragraph - 1 && !_discourse.IsUnnamedRole(m.Word) && !CounterpartRoles.Contains(m.Word)
                    && !NamesOther(mentions, m, topicPerson))
                {
                    // "…", vraagt het Kamerlid: a definite role that no one named so far holds refers back to the person the text
                    // is about, when that person was named without a role; a compound description (de HEMA-baas, de
                    // oud-international) also when they were named with another.
                    m.Person = topicPerson;
                }
                else
                {
                    // "zo stelde de Duitse trainer": an unnamed person in that role; "de trainer" later is them again, not a
                    // player named in between.
                    _discourse.AddUnnamedRole(m.Word);
                }
            }
            else if (m.Kind == MentionKind.Pronoun && SingularByItsCue(m))
            {
                m.IsPlural = false;
                if (_discourse.Resolve(m) is { } person)
                {
                    m.Person = person.Person;
                    m.Organisation = person.Person is null ? person.Speaker : null;
                }
            }
            else if (m.Kind == MentionKind.Pronoun && _discourse.Resolve(m) is { } resolved)
            {
                m.Person = resolved.Person;
                m.Organisation = resolved.Person is null ? resolved.Speaker : null;
                m.IsPlural = resolved.IsPlural;
            }
        }
    }

    /// <summary>
    /// A sentence that names the topic person anywhere, also as an owner (<c>Owning a restaurant has been Brown’s dream</c>),
    /// keeps them the topic of this paragraph.
    /// </summary>
    private void KeepTopicNamed(int first, int end)
    {
        foreach (var m in _mentions)
        {
            if (m.Kind == MentionKind.Person && m.Person is not null)
            {
                _discourse.KeepTopic(m.Person, _paragraph);
            }
        }

        for (var k = first; k < end; k++)
        {
            if (_p.Tokens[k].IsPossessiveName && _p.Tokens[k].Quote < 0 && !(k > first && _p.IsNameWord(k - 1)))
            {
                _scratch.Clear();
                _scratch.Add(k);
                if (_people.Find(_p, _scratch, 0, 1) is { } owner)
                {
                    _discourse.KeepTopic(owner, _paragraph);
                }
            }
        }
    }

    /// <summary>
    /// <c>Boeing had improved its offer.</c>: the one capitalised word that opens the sentence as its subject, followed by a
    /// lower-case word, when it names no known person and is no given name; null otherwise.
    /// </summary>
    private string? OpeningUnknownName(int first)
    {
        if (first + 1 >= _p.TokenCount || !_p.IsNameWord(first) || !_p.Tokens[first + 1].IsWord || !_p.Tokens[first + 1].StartsLower
            || _p.Tokens[first].Quote >= 0 || _p.Lexicon.Lookup(_p.Text, _p.Tokens[first].Start, _p.Tokens[first].Length) != WordFlags.None)
        {
            return null;
        }

        foreach (var m in _mentions)
        {
            if (m.ExtentFirst == first)
            {
                return null;
            }
        }

        var t = _p.Tokens[first];
        return GivenNames.Contains(_p.Text, t.Start, t.Length) || _people.WrittenInLowerCase(_p.Text, t.Start, t.Length, _p.Lexicon)
            ? null
            : _p.WordText(first);
    }

    /// <summary>
    /// <c>zei ze</c>, <c>ze zegt</c>: a pronoun that may be singular or plural (ze, zij) next to a cue verb in the singular
    /// (no plural <c>-en</c> ending, as in <c>zeiden ze</c>) stands for one person, not for the group last spoken of.
    /// </summary>
    private bool SingularByItsCue(Mention m)
    {
        if (!m.IsPlural || !m.MaybeSingular)
        {
            return false;
        }

        return IsSingularCue(m.First - 1) || IsSingularCue(m.End);
    }

    private bool IsSingularCue(int k)
    {
        if (k < 0 || k >= _p.TokenCount || !_p.Tokens[k].IsWord || !_p.Tokens[k].Has(WordFlags.Cue))
        {
            return false;
        }

        var t = _p.Tokens[k];
        return !(t.Length > 2 && _p.Text[t.End - 2] == 'e' && _p.Text[t.End - 1] == 'n');
    }

    /// <summary>
    /// "De rechter vraagt Erik", "de rechter kijkt Erik aan": a role whose sentence names the person the text is about, or names
    /// someone right after the role's verb, is someone else.
    /// </summary>
    private static bool NamesOther(List<Mention> mentions, Mention role, Person topic)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Person && m.Person is not null && (m.Person == topic || m.ExtentFirst == role.End + 1))
            {
                return true;
            }
        }

        return false;
    }
}
