using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The rules of <see cref="ParagraphAttributor"/> that read a quote's sentence or its neighbours for a speaker no cue
/// gives: the sentence's subject, a sentence that points back (<c>Dat heeft X gezegd</c>), a lone surname a cue makes the
/// speaker, and the person a colon introduction refers to.
/// </summary>
internal sealed partial class ParagraphAttributor
{
    /// <summary>
    /// <c>Dat heeft X gezegd</c>, <c>That is what X told reporters</c>: a sentence without quotes that opens by pointing back at
    /// the sentence before it and names the speaker with its cue; null when it does not.
    /// </summary>
    private Attribution? PointsBack(int first, int end)
    {
        var lead = -1;
        foreach (var words in _p.Lexicon.BackReferenceLeads)
        {
            if (StartsWith(first, end, words))
            {
                lead = first + words.Length;
                break;
            }
        }

        if (lead < 0)
        {
            return WordsOf(first, end);
        }

        if (CuePatterns.SentenceCue(_p, lead, end, lead, _mentions, out var cue) is not { IsResolved: true } m || cue is null)
        {
            return null;
        }

        return FromMention(m, cue);
    }

    /// <summary><c>Het zijn de woorden van Tom Dumoulin, die …</c>: the named person right after the lead spoke the quotes before it.</summary>
    private Attribution? WordsOf(int first, int end)
    {
        foreach (var words in _p.Lexicon.WordsOfLeads)
        {
            if (!StartsWith(first, end, words))
            {
                continue;
            }

            foreach (var m in _mentions)
            {
                if (m.ExtentFirst == first + words.Length && m.Person is not null)
                {
                    return FromMention(m, null);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// <c>“…” Burgemeester Fred Veenstra heeft zijn excuses aangeboden.</c>, <c>“…” Champion Novak Djokovic offers his tips.</c>:
    /// a paragraph that opens with uncued quotes and goes on with a sentence whose subject is a named person gives the quotes to
    /// that person; null when the sentence opens otherwise.
    /// </summary>
    private Attribution? NamedAfterOpeningQuote(List<QuoteModel> quotes, List<int> uncued, int sentence, int first, int end)
    {
        if (sentence != 1 || _quoteCount == 0 || _quoteFirst[0] < 0 || _quoteFirst[0] > _p.Sentences[0].First + 1
            || quotes[uncued[0]].Paragraph != _paragraph || _mentions.Count == 0)
        {
            return null;
        }

        Mention? m = null;
        foreach (var mention in _mentions)
        {
            if (mention.Kind == MentionKind.Person)
            {
                m = mention;
                break;
            }
        }

        if (m is null || m.Person is null || !m.CanBeSubject || m.ExtentFirst - first > 5 || m.End >= end
            || !(_p.IsPunctuation(m.End, ',') || _p.IsPunctuation(m.End, '(') || (_p.Tokens[m.End].IsWord && !_p.IsCapitalised(m.End))))
        {
            return null;
        }

        for (var k = first; k < m.ExtentFirst; k++)
        {
            if (!_p.Tokens[k].IsWord)
            {
                return null;
            }
        }

        return FromMention(m, null);
    }

    private bool StartsWithAny(int first, int end, string[][] leads)
    {
        foreach (var words in leads)
        {
            if (StartsWith(first, end, words))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsWith(int first, int end, string[] words)
    {
        if (end - first <= words.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var t = _p.Tokens[first + i];
            if (!t.IsWord || t.Quote >= 0 || !_p.IsWord(first + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gives the quotes at <paramref name="indexes"/> to <paramref name="speaker"/>.</summary>
    private static void GiveQuotes(List<QuoteModel> quotes, List<int> indexes, Attribution speaker)
    {
        foreach (var i in indexes)
        {
            quotes[i] = quotes[i] with
            {
                Speaker = speaker.Speaker, Cue = speaker.Cue, SpeakerParagraph = speaker.MentionParagraph,
                SpeakerOffset = speaker.MentionOffset, SpeakerLength = speaker.MentionLength,
            };
        }
    }

    /// <summary>
    /// <c>Brandon Keel feels a "bit guilty"</c>, <c>De groep vreest "een doodsteek"</c>: the subject of the sentence, named before
    /// a verb of judging or feeling that comes before the quote at <paramref name="qFirst"/>, owns the quoted word; null when no
    /// such verb or subject is there.
    /// </summary>
    private Attribution? OpinionOfSubject(int first, int qFirst, int end)
    {
        var verb = -1;
        for (var k = first; k < qFirst && verb < 0; k++)
        {
            if (_p.Tokens[k].IsWord && _p.Tokens[k].Quote < 0 && _p.Tokens[k].Has(WordFlags.OpinionVerb | WordFlags.Cue))
            {
                verb = k;
            }
        }

        var subject = verb < 0 ? null : Subject(first, end, personOnly: false);
        return subject is { MentionOffset: >= 0 } && subject.MentionOffset < _p.Tokens[verb].Start ? subject : null;
    }

    /// <summary>
    /// The named person a cue in the sentence speaks to: after <c>tegen</c>, <c>aan</c> or <c>to</c> following the cue
    /// (<c>zegt de rechter tegen Dennis</c>, <c>vraagt hij aan Smit</c>, <c>she said to Smith</c>), or right after <c>told</c>,
    /// <c>asked</c>, <c>vroeg</c> (<c>she told Smith</c>); null when it is no one named.
    /// </summary>
    private Attribution? Addressee(int first, int end)
    {
        var cueSeen = false;
        for (var k = first; k + 1 < end; k++)
        {
            var t = _p.Tokens[k];
            if (!t.IsWord || t.Quote >= 0)
            {
                continue;
            }

            var isCue = t.Has(WordFlags.Cue);
            var asks = isCue && (_p.IsWord(k, "told") || _p.IsWord(k, "asked") || _p.IsWord(k, "vroeg") || _p.IsWord(k, "vraagt"));
            var to = !isCue && cueSeen && t.Length <= 5 && (_p.IsWord(k, "tegen") || _p.IsWord(k, "aan") || _p.IsWord(k, "to"));
            cueSeen |= isCue;
            if (!asks && !to)
            {
                continue;
            }

            foreach (var m in _mentions)
            {
                if (m.ExtentFirst == k + 1 && m.Person is not null)
                {
                    return FromMention(m, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// <c>zegt een vrouw die binnenstapt</c>, <c>a neighbour said</c>: the sentence brings in someone new with an indefinite
    /// article and names no one.
    /// </summary>
    private bool NamesSomeoneNew(int first, int end)
    {
        foreach (var m in _mentions)
        {
            if (m.IsResolved && m.Person is not null)
            {
                return false;
            }
        }

        for (var k = first; k < end; k++)
        {
            if (_p.Tokens[k].IsWord && _p.Tokens[k].Quote < 0 && _p.Tokens[k].Has(WordFlags.Indefinite))
            {
                return true;
            }
        }

        return false;
    }

    private Attribution? Subject(int first, int end, bool personOnly)
    {
        var clauseSubjectEnd = -1;
        foreach (var m in _mentions)
        {
            if ((m.First > first && _p.Tokens[m.First - 1].Has(WordFlags.ClauseStart))
                || (m.ExtentFirst == clauseSubjectEnd + 1 && clauseSubjectEnd > first && _p.Tokens[clauseSubjectEnd].IsWord && MentionFinder.IsAnd(_p, clauseSubjectEnd)))
            {
                // "Waarom Tom Baas niet meer meedoet …", "zeker nu De Waard en Verschoor ontbreken": the subject of a clause, not of
                // the sentence.
                clauseSubjectEnd = m.End;
                continue;
            }

            if (m.IsResolved && m.CanBeSubject && (!personOnly || m.Person is not null))
            {
                return FromMention(m, null);
            }

            if (m.CanBeSubject && m.Kind == MentionKind.Role && !m.IsResolved)
            {
                // "Een boer werpt op dat de minister …", "De woordvoerder liet weten dat …": the subject is someone the text does not name.
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Feyenoord had de overhand, vond Schreuder.</c>: in a sentence without quotes, the named person a cue gives the words to
    /// is the topic, not the first name in the sentence.
    /// </summary>
    private Attribution? CuedPerson(int first, int end)
    {
        if (_p.HasQuoteIn(first, end))
        {
            return null;
        }

        return CuePatterns.SentenceCue(_p, first, end, first, _mentions, out _) is { Kind: MentionKind.Person, Person: not null } m ? FromMention(m, null) : null;
    }

    /// <summary>
    /// <c>…, zegt Beuzenberg.</c> in a sentence without quotes: a lone surname that a cue makes the speaker becomes a person
    /// and the topic, so the uncued quote after it is theirs.
    /// </summary>
    private Attribution? CuedSurname(int first, int end)
    {
        if (_p.HasQuoteIn(first, end))
        {
            return null;
        }

        return CuePatterns.SentenceCue(_p, first, end, first, _mentions, out _) is { Kind: MentionKind.Candidate } m ? FromMention(m, null) : null;
    }

    /// <summary>
    /// <c>Jannik Sinner won. … the world number one gave his view: "…"</c>: a quote after a colon whose sentence names no
    /// speaker but refers to one person (<c>his</c>, <c>haar</c>), or gives the question it answers (<c>Op de vraag of …:</c>,
    /// <c>Asked whether …:</c>), or names no one at all in a paragraph about that person (<c>Het geheim is heel simpel:</c>), is
    /// the person the text is about.
    /// </summary>
    private Attribution? ColonTopic(int qFirst, int first)
        => qFirst - 1 >= first && _p.IsPunctuation(qFirst - 1, ':') && !SubjectIsUnnamedPerson()
           && (ColonIntro.RefersToOnePerson(_p, first, qFirst - 1) || StartsWithAny(first, qFirst, _p.Lexicon.QuestionLeads)
               || (_mentions.Count == 0 && _discourse.TopicPersonParagraph == _paragraph && !HasCue(first, qFirst)))
           && !ColonIntro.NamesASource(_p, _mentions, first, qFirst - 1)
           && _discourse.TopicPerson is { } topic && _discourse.TopicPersonParagraph >= _paragraph - 1
            ? topic.FromContext(null)
            : null;

    private bool HasCue(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_p.Tokens[k].IsWord && _p.Tokens[k].Has(WordFlags.Cue | WordFlags.CueHead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's first subject is someone the text does not name (<c>een boer</c>, <c>de woordvoerder</c>, <c>a fisherman</c>).</summary>
    private bool SubjectIsUnnamedPerson()
    {
        foreach (var m in _mentions)
        {
            if (m.IsResolved && m.CanBeSubject)
            {
                return false;
            }

            if (m.CanBeSubject && m.Kind == MentionKind.Role && !m.IsResolved)
            {
                return true;
            }
        }

        return false;
    }
}
