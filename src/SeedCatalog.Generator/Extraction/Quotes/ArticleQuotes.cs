using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The quotes of one article's body, read paragraph by paragraph in order (the lede first): the people
/// named so far and the discourse carry over from one paragraph to the next. A paragraph that ends inside a
/// quote and a next paragraph that opens with a quote mark are one quote over several paragraphs
/// (<see cref="QuoteContinuation"/>): one speaker, and no unclosed mark.
/// </summary>
internal sealed class ArticleQuotes
{
    private readonly PersonRegistry _people = new();
    private readonly Discourse _discourse = new();
    private readonly List<QuoteModel> _quotes = new();
    private readonly List<UnclosedQuote> _unclosed = new();
    private readonly ParagraphText _paragraph;
    private readonly QuoteContinuation _continuation = new();
    private IReadOnlyList<string?>? _headings;
    private ParagraphText? _heading;
    private Attribution? _headingSpeaker;
    private readonly List<Mention> _headingMentions = new();
    private readonly List<int> _headingScratch = new();
    private int _index;

    public ArticleQuotes(Language language) => _paragraph = QuoteExtractor.Reused(QuoteLexicon.For(language));

    /// <summary>Gives the whole article before its paragraphs are read: a word it also writes in lower case is no name.</summary>
    public void Begin(IReadOnlyList<string> paragraphs) => _people.Article = paragraphs;

    /// <summary>The subheading right before each paragraph (null where there is none), for <see cref="HeadingNamesSpeaker"/>.</summary>
    public void UseHeadings(IReadOnlyList<string?> headings) => _headings = headings;

    /// <summary>Reads the next paragraph, cut with the article's language.</summary>
    public void Read(ParagraphTokens tokens)
    {
        if (_headings is not null && _index < _headings.Count && _headings[_index] is { } heading)
        {
            if (heading.IndexOf('\n') < 0)
            {
                HeadingNamesSpeaker(heading);
            }
            else
            {
                foreach (var line in heading.Split('\n'))
                {
                    HeadingNamesSpeaker(line);
                }
            }
        }

        var paragraph = _paragraph;
        paragraph.Load(tokens);
        var firstQuote = _quotes.Count;
        var continues = _continuation.ContinuedBy(paragraph, _unclosed);
        if (!HeadlineCaseLine.Is(paragraph))
        {
            ParagraphAttributor.Attribute(paragraph, _index, _people, _discourse, _quotes);
        }

        KeepHeadingSpeaker(paragraph);
        if (continues)
        {
            _continuation.Join(_quotes, firstQuote);
        }

        _continuation.Track(paragraph, _index, _quotes, firstQuote);
        _index++;
    }

    /// <summary>
    /// <c>Wout van Aert – Jumbo-Visma – winnaar puntenklassement</c> over a run of quotes: a subheading that opens with a
    /// person's name makes them the one the uncued quotes under it are from, as profiles and interview series lay it out.
    /// </summary>
    private void HeadingNamesSpeaker(string heading)
    {
        if (heading.Length == 0 || !char.IsUpper(heading[0]) || (heading.IndexOfAny(NameLineMarks) < 0 && !IsNameAlone(heading)))
        {
            return; // a name line has a dash, comma or colon after the name, or is the name alone ("Manuel Pellegrini")
        }

        var text = _heading ??= new ParagraphText(_paragraph.Lexicon);
        text.Load(heading);
        if (text.Quotes.Count > 0 || text.Sentences.Count != 1)
        {
            return;
        }

        // Only a name line: the name, then a dash, comma or colon, or nothing (not "Rutte sprak met premier Shmyhal").
        var mentions = _headingMentions;
        var scratch = _headingScratch;
        mentions.Clear();
        MentionFinder.Find(text, 0, text.TokenCount, includeQuoted: false, new PersonRegistry(), scratch, mentions);
        if (mentions.Count == 0 || mentions[0] is not { Kind: MentionKind.Person, ExtentFirst: 0 } line)
        {
            return;
        }

        // "Sipko L., 19 jaar uit Sneek": the dot of a surname initial belongs to the name.
        var after = line.End < text.TokenCount && text.IsPunctuation(line.End, '.') && NameWords.IsSurnameInitial(text, line.End - 1) ? line.End + 1 : line.End;
        if (after < text.TokenCount && (text.Tokens[after].IsWord || text.Text[text.Tokens[after].Start] is not ('–' or '—' or '-' or ',' or ':')))
        {
            return;
        }

        mentions.Clear();
        MentionFinder.Find(text, 0, line.End, includeQuoted: false, _people, scratch, mentions);
        if (mentions.Count > 0 && mentions[0].Person is { } person)
        {
            var speaker = new Attribution(person.Name, null, person, false, -1, -1, 0);
            _discourse.SetTopic(speaker, _index);
            _discourse.ClosingSpeakerOfPreviousParagraph = speaker;
            _discourse.AddresseeOfPreviousParagraph = null;
            _headingSpeaker = speaker;
        }
    }

    /// <summary>
    /// <c>Sipko L., 19 jaar uit Sneek</c> / <c>MBO-opleiding …</c> / <c>„…”</c>: lines without quotes or other people between the
    /// name line and the quotes keep its person the one the quotes are from.
    /// </summary>
    private void KeepHeadingSpeaker(ParagraphText paragraph)
    {
        if (_headingSpeaker is not { } speaker)
        {
            return;
        }

        if (paragraph.Quotes.Count == 0 && ReferenceEquals(_discourse.TopicPerson?.Person, speaker.Person))
        {
            _discourse.SetTopic(speaker, _index);
            _discourse.ClosingSpeakerOfPreviousParagraph = speaker;
            _discourse.AddresseeOfPreviousParagraph = null;
            return;
        }

        _headingSpeaker = null;
    }

    /// <summary>Two to four words, each capitalised or a lower-case particle (<c>Manuel Pellegrini</c>, <c>Joris van Dam</c>).</summary>
    private static bool IsNameAlone(string line)
    {
        var words = 1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ')
            {
                continue;
            }

            words++;
            var next = i + 1 < line.Length ? line[i + 1] : ' ';
            if (words > 4 || (!char.IsUpper(next) && !IsParticleStart(line, i + 1)))
            {
                return false;
            }
        }

        return words >= 2;
    }

    private static bool IsParticleStart(string line, int at)
        => string.CompareOrdinal(line, at, "van ", 0, 4) == 0 || string.CompareOrdinal(line, at, "de ", 0, 3) == 0
           || string.CompareOrdinal(line, at, "der ", 0, 4) == 0 || string.CompareOrdinal(line, at, "den ", 0, 4) == 0
           || string.CompareOrdinal(line, at, "ten ", 0, 4) == 0 || string.CompareOrdinal(line, at, "ter ", 0, 4) == 0;

    private static readonly char[] NameLineMarks = { '–', '—', '-', ',', ':' };

    public QuoteExtraction Result()
    {
        _continuation.Finish(_unclosed);
        if (_people.Article is { } paragraphs)
        {
            QuoteHeadings.Attribute(_quotes, paragraphs);
            NestedQuotes.AddTo(_quotes, paragraphs);
        }

        for (var i = 0; i < _quotes.Count; i++)
        {
            if (_quotes[i].Speaker is { } speaker
                && (_people.FullNameOf(speaker) ?? _people.FullNameOfMisspelt(speaker)
                    ?? (_people.Article is { } article ? AcronymNames.FullNameOf(article, speaker) : null)) is { } fullName)
            {
                // "„…”, zegt Van der Kruijs." before "advocaat Pieter van der Kruijs": the speaker is the person in full; "the DOJ"
                // after "the Department of Justice (DOJ)" the organisation as the article introduced it.
                _quotes[i] = _quotes[i] with { Speaker = fullName };
            }
        }

        return new(EquatableArray.From(_quotes), _people.ToModels(), EquatableArray.From(_unclosed));
    }
}
