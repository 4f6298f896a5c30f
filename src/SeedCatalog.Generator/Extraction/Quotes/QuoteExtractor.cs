using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// Finds the quotations in an article's body paragraphs and teaser headlines and says who spoke them,
/// with the people the article names. Dutch and English share one engine; the language picks the word
/// lists (<see cref="QuoteLexicon"/>).
/// </summary>
internal static class QuoteExtractor
{
    [ThreadStatic]
    private static ParagraphText? _dutch;

    [ThreadStatic]
    private static ParagraphText? _english;

    /// <param name="paragraphs">The body paragraphs in order; [0] is the lede.</param>
    public static QuoteExtraction Extract(IReadOnlyList<string> paragraphs, Language language)
    {
        var article = new ArticleQuotes(language);
        ParagraphPass.Read(paragraphs, language, article, times: null);
        return article.Result();
    }

    /// <summary>The quotes of a related-article teaser headline (<c>Rutte: 'Verdere agressie …'</c>), numbered by <paramref name="relatedIndex"/>.</summary>
    public static EquatableArray<QuoteModel> ExtractFromHeadline(string headline, int relatedIndex, Language language)
    {
        var quotes = new List<QuoteModel>();
        var paragraph = Reused(QuoteLexicon.For(language));
        paragraph.Load(headline);
        ParagraphAttributor.Attribute(paragraph, relatedIndex, new PersonRegistry(), new Discourse(), quotes);
        return EquatableArray.From(quotes);
    }

    /// <summary>This thread's <see cref="ParagraphText"/> for the lexicon: its lists keep their capacity from article to article.</summary>
    public static ParagraphText Reused(QuoteLexicon lexicon)
        => lexicon == QuoteLexicon.English
            ? _english ??= new ParagraphText(QuoteLexicon.English)
            : _dutch ??= new ParagraphText(QuoteLexicon.Dutch);
}
