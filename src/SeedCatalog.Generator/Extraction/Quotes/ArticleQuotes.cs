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
    private int _index;

    public ArticleQuotes(Language language) => _paragraph = QuoteExtractor.Reused(QuoteLexicon.For(language));

    /// <summary>Gives the whole article before its paragraphs are read: a word it also writes in lower case is no name.</summary>
    public void Begin(IReadOnlyList<string> paragraphs) => _people.Article = paragraphs;

    /// <summary>Reads the next paragraph, cut with the article's language.</summary>
    public void Read(ParagraphTokens tokens)
    {
        var paragraph = _paragraph;
        paragraph.Load(tokens);
        var firstQuote = _quotes.Count;
        var continues = _continuation.ContinuedBy(paragraph, _unclosed);
        ParagraphAttributor.Attribute(paragraph, _index, _people, _discourse, _quotes);
        if (continues)
        {
            _continuation.Join(_quotes, firstQuote);
        }

        _continuation.Track(paragraph, _index, _quotes, firstQuote);
        _index++;
    }

    public QuoteExtraction Result()
    {
        _continuation.Finish(_unclosed);
        return new(EquatableArray.From(_quotes), _people.ToModels(), EquatableArray.From(_unclosed));
    }
}
