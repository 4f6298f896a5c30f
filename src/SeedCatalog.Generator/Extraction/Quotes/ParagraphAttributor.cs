using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Attributes the quotes of one paragraph, sentence by sentence, in this order: a cue right after the
/// quote; a colon cue before it; the other part of a split quote; a cue elsewhere in the sentence; a cue
/// inside an unclosed quote; for a fragment, the sentence's subject; for a quote standing alone, the
/// previous quote's speaker or the person the text is about. Then it moves the discourse topic on. A quote
/// that names something (<c>the show "…"</c>, <c>het boek ‘…’</c>) or is a nickname (<c>William "Bill" Ross</c>)
/// is not speech and gets no speaker (<see cref="NotSpeech"/>).
/// </summary>
internal sealed partial class ParagraphAttributor
{
    [ThreadStatic]
    private static ParagraphAttributor? _perThread;

    private readonly List<Mention> _mentions = new();
    private readonly List<int> _scratch = new();
    private ParagraphText _p = null!;
    private int _paragraph;
    private PersonRegistry _people = null!;
    private Discourse _discourse = null!;
    private int[] _quoteFirst = new int[8];
    private int[] _quoteLast = new int[8];
    private bool[] _isNotSpeech = new bool[8];
    private int _quoteCount;
    private Attribution? _previousQuote;
    private int _previousQuoteSentence;

    /// <summary>Readies this thread's attributor (its lists and arrays are reused) for paragraph <paramref name="p"/>.</summary>
    private void Reset(ParagraphText p, int paragraph, PersonRegistry people, Discourse discourse)
    {
        _p = p;
        _paragraph = paragraph;
        _people = people;
        _discourse = discourse;
        _mentions.Clear();
        _scratch.Clear();
        _previousQuote = null;
        _previousQuoteSentence = -2;
        _quoteCount = p.Quotes.Count;
        if (_quoteFirst.Length < _quoteCount)
        {
            _quoteFirst = new int[_quoteCount * 2];
            _quoteLast = new int[_quoteCount * 2];
            _isNotSpeech = new bool[_quoteCount * 2];
        }

        Array.Clear(_isNotSpeech, 0, _quoteCount);

        for (var q = 0; q < _quoteCount; q++)
        {
            _quoteFirst[q] = p.FirstTokenOf(q);
            _quoteLast[q] = p.LastTokenOf(q);
        }
    }

    public static void Attribute(ParagraphText p, int paragraph, PersonRegistry people, Discourse discourse, List<QuoteModel> quotes)
    {
        var attributor = _perThread ??= new ParagraphAttributor();
        attributor.Reset(p, paragraph, people, discourse);
        var closing = attributor.Run(quotes, out var addressee);
        discourse.PreviousParagraphIsQuestion = p.Quotes.Count == 0 && EndsWithQuestionMark(p.Text);
        attributor._p = null!;
        attributor._people = null!;
        attributor._discourse = null!;
        attributor._previousQuote = null;
        attributor._mentions.Clear();
        discourse.ClosingSpeakerOfPreviousParagraph = closing;
        discourse.AddresseeOfPreviousParagraph = addressee;
    }

    private Attribution? Run(List<QuoteModel> quotes, out Attribution? addressee)
    {
        Attribution? closing = null;
        Attribution? closingAddressee = null;
        var nextQuote = 0;
        for (var s = 0; s < _p.Sentences.Count; s++)
        {
            var (first, end) = _p.Sentences[s];
            _mentions.Clear();
            MentionFinder.Find(_p, first, end, includeQuoted: false, _people, _scratch, _mentions);
            ResolvePronouns(_mentions);
            KeepTopicNamed(first, end);

            Attribution? sentenceSpeaker = null;
            var sentenceQuotes = quotes.Count;
            var sentenceFirstQuote = nextQuote;
            closing = null;
            closingAddressee = null;
            while (nextQuote < _quoteCount && (_quoteFirst[nextQuote] < 0 || _quoteFirst[nextQuote] < end))
            {
                var span = _p.Quotes[nextQuote];
                var attribution = _quoteFirst[nextQuote] < 0 ? null : AttributeQuote(nextQuote, s, first, end);
                quotes.Add(new QuoteModel(
                    _paragraph, span.Start, span.Length, attribution?.Speaker, attribution?.Cue,
                    attribution?.MentionParagraph ?? -1, attribution?.MentionOffset ?? -1, attribution?.MentionLength ?? 0));
                if (attribution?.Speaker is not null)
                {
                    sentenceSpeaker = attribution;
                    _previousQuote = attribution;
                    _previousQuoteSentence = s;
                }
                else if (attribution is { Cue: not null } && !_isNotSpeech[nextQuote] && NamesSomeoneNew(first, end))
                {
                    // "„Super”, zegt een vrouw die binnenstapt. „Ik heb er zin in.”": the next quote is the same unnamed
                    // speaker's, not the person the article is about.
                    _previousQuote = attribution;
                    _previousQuoteSentence = s;
                }

                closing = attribution?.Speaker is null ? null : attribution;
                closingAddressee = attribution?.Cue is null ? null : Addressee(first, end);
                nextQuote++;
            }

            var uncued = _discourse.UncuedQuotesOfLastSentence;
            if (quotes.Count > sentenceQuotes)
            {
                uncued.Clear();
                for (var i = sentenceQuotes; i < quotes.Count; i++)
                {
                    if (quotes[i].Cue is null && !_isNotSpeech[sentenceFirstQuote + i - sentenceQuotes])
                    {
                        uncued.Add(i);
                    }
                }
            }
            else
            {
                if (uncued.Count > 0 && (PointsBack(first, end) ?? NamedAfterOpeningQuote(quotes, uncued, s, first, end)) is { } back)
                {
                    // "Klanten „…”. Dat heeft topvrouw X gezegd.": the cue after the quotes says who spoke them.
                    GiveQuotes(quotes, uncued, back);
                    sentenceSpeaker = back;
                    _previousQuote = back;
                    _previousQuoteSentence = s;
                    closing = back;
                    closingAddressee = Addressee(first, end);
                }

                uncued.Clear();
            }

            var source = sentenceSpeaker is null && closing is null ? SentenceSource.Of(_p, _mentions, first, end) : null;
            if (source is { IsResolved: false, Kind: not MentionKind.Candidate })
            {
                // "Volgens de woordvoerder zal de minister … "…"": the quote that follows is the unnamed source's.
                _discourse.SetUnnamedTopic();
                continue;
            }

            var subject = sentenceSpeaker
                          ?? (source is not null ? FromMention(source, null) : CuedPerson(first, end) ?? Subject(first, end, personOnly: false) ?? CuedSurname(first, end));
            if (subject is not null)
            {
                _discourse.SetTopic(subject, _paragraph);
            }
            else if (OpeningUnknownName(first) is { } name)
            {
                _discourse.NoteOpeningName(name, _paragraph);
            }
            else if (SubjectIsUnnamedPerson())
            {
                // "Maar een boer … gaat voor haar auto staan. "…", vraagt hij haar.": he is the farmer, not the minister.
                _discourse.SetUnnamedTopic();
            }
        }

        addressee = closingAddressee;
        return closing;
    }

    private Attribution? AttributeQuote(int q, int sentence, int first, int end)
    {
        var qFirst = _quoteFirst[q];
        var qLast = _quoteLast[q];
        if (NotSpeech.NamesSomething(_p, _p.Quotes[q], qFirst, qLast) || NotSpeech.IsHeadlineCaseTitle(_p, _p.Quotes[q], qFirst, qLast)
            || NotSpeech.IsQuestionPutToSubject(_p, qFirst, first) || NotSpeech.IsTextOfSign(_p, qFirst, first))
        {
            _isNotSpeech[q] = true;
            return null;
        }

        if (NotSpeech.IsTerm(_p, _p.Quotes[q], qFirst, qLast, first, end))
        {
            // A term with no cue in its sentence; a cue in the next that points back (Dat zei X) still makes it X's word, and so
            // does a verb of judging after the subject (X termed them "…").
            return OpinionOfSubject(first, qFirst, end);
        }

        var limit = qLast + 1;
        while (limit < end && _p.Tokens[limit].Quote < 0)
        {
            limit++;
        }

        var m = CuePatterns.CueAfter(_p, qLast + 1, limit, _mentions, out var cue);
        if (m is null && qFirst - 1 >= first && _p.IsPunctuation(qFirst - 1, ':'))
        {
            var regionFirst = qFirst - 1;
            while (regionFirst > first && _p.Tokens[regionFirst - 1].Quote < 0)
            {
                regionFirst--;
            }

            m = CuePatterns.ColonBefore(_p, regionFirst, qFirst - 1, _mentions, out cue);
        }

        var unattributedCue = m is null ? cue : null;
        if (m is null)
        {
            m = CuePatterns.SentenceCue(_p, first, end, qFirst, _mentions, out cue);
            unattributedCue ??= m is null ? cue : null;
        }

        if (m is null && _previousQuote is not null && _previousQuoteSentence == sentence)
        {
            return _previousQuote;
        }

        if (m is null && !_p.Quotes[q].Closed)
        {
            m = CueInsideUnclosed(qFirst, qLast, out cue);
        }

        if (m is not null)
        {
            return FromMention(m, cue);
        }

        if (!StandsAlone(first, end))
        {
            // A cue whose speaker is unknown ("zegt een woordvoerder") must not fall back to another name in the sentence.
            return NamedSourceBefore(first, qFirst)
                   ?? (unattributedCue is not null ? Attribution.CueOnly(unattributedCue)
                       : (IsShortFragment(q) ? OpinionOfSubject(first, qFirst, end) : Subject(first, end, personOnly: true)) ?? ColonTopic(qFirst, first));
        }

        if (_previousQuote is not null && _previousQuoteSentence == sentence - 1)
        {
            return _previousQuote.FromContext(null);
        }

        if (sentence == 0 && _discourse.AddresseeOfPreviousParagraph is { } addressee)
        {
            // "'…', zegt de rechter tegen de verdachte. ¶ '…'": the answer is the one spoken to.
            return addressee.FromContext(null);
        }

        if (sentence == 0 && _discourse.ClosingSpeakerOfPreviousParagraph is { } closing)
        {
            return closing.FromContext(null);
        }

        if (sentence == 0 && _discourse.PreviousParagraphIsQuestion && _discourse.FirstTopicPerson is { } interviewee)
        {
            // An interview: a question paragraph, then the answer in quotes, spoken by the person the article is about.
            return interviewee.FromContext(null);
        }

        return _discourse.TopicPerson is { } topic && _discourse.TopicPersonParagraph >= _paragraph - 1 ? topic.FromContext(null) : null;
    }

    /// <summary><c>"Dit gaat ten koste van ons, zei voorzitter Tuur Elzinga.</c> with no closing mark.</summary>
    private Mention? CueInsideUnclosed(int qFirst, int qLast, out string? cue)
    {
        cue = null;
        var inner = new List<Mention>();
        MentionFinder.Find(_p, qFirst, qLast + 1, includeQuoted: true, _people, _scratch, inner);
        ResolvePronouns(inner);
        for (var k = qFirst + 1; k <= qLast; k++)
        {
            if (_p.IsPunctuation(k, ','))
            {
                var m = CuePatterns.CueAfter(_p, k + 1, qLast + 1, inner, out cue);
                if (m is not null)
                {
                    return m;
                }
            }
        }

        return null;
    }

    private static bool EndsWithQuestionMark(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == '?';
    }

    /// <summary>A quote of one or two words ending the sentence's words (<c>deemed to be “fake.”</c>): a label, not the subject's speech.</summary>
    private bool IsShortFragment(int q)
    {
        var words = 0;
        for (var k = _quoteFirst[q]; k <= _quoteLast[q]; k++)
        {
            words += _p.Tokens[k].IsWord ? 1 : 0;
        }

        if (words > 2)
        {
            return false;
        }

        // "I'm 107.", "Niet waar!": a whole sentence, capital to full stop, is speech however short; "fake." and "Trump won" are not.
        var span = _p.Quotes[q];
        var text = _p.Text;
        return span.Length < 2 || !char.IsUpper(text[span.Start]) || text[span.End - 1] is not ('.' or '!' or '?');
    }

    private bool StandsAlone(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_p.Tokens[k].IsWord && _p.Tokens[k].Quote < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>Volgens Geert Wilders is het kabinet "totaal losgezongen"</c>: the named source before the quote in its sentence.</summary>
    private Attribution? NamedSourceBefore(int first, int qFirst)
        => SentenceSource.Before(_p, _mentions, first, qFirst) is { IsResolved: true } source ? FromMention(source, null) : null;

    private Attribution FromMention(Mention m, string? cue)
    {
        if (m.Kind == MentionKind.Candidate && m.Person is null)
        {
            m.Person = NameRuns.Promote(_p, m, _people, _scratch);
        }

        var offset = _p.Tokens[m.First].Start;
        var length = _p.Tokens[m.End - 1].End - offset;
        return new Attribution(m.Speaker!, cue, m.Person, m.IsPlural && m.Person is null, _paragraph, offset, length);
    }
}
