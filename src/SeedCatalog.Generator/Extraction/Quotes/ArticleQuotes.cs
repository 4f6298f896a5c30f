using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The quotes of one article's body, read paragraph by paragraph in order (the lede first): the people
/// named so far and the discourse carry over from one paragraph to the next.
/// </summary>
internal sealed class ArticleQuotes
{
    private readonly PersonRegistry _people = new();
    private readonly Discourse _discourse = new();
    private readonly List<QuoteModel> _quotes = new();
    private readonly List<UnclosedQuote> _unclosed = new();
    private readonly ParagraphText _paragraph;
    private int _index;

    public ArticleQuotes(Language language) => _paragraph = QuoteExtractor.Reused(QuoteLexicon.For(language));

    /// <summary>Reads the next paragraph, cut with the article's language.</summary>
    public void Read(ParagraphTokens tokens)
    {
        var paragraph = _paragraph;
        paragraph.Load(tokens);
        ParagraphAttributor.Attribute(paragraph, _index, _people, _discourse, _quotes);
        foreach (var span in paragraph.Quotes)
        {
            if (!span.Closed)
            {
                _unclosed.Add(new UnclosedQuote(_index, span.MarkStart, span.Mark));
            }
        }

        _index++;
    }

    public QuoteExtraction Result() => new(EquatableArray.From(_quotes), _people.ToModels(), EquatableArray.From(_unclosed));
}
