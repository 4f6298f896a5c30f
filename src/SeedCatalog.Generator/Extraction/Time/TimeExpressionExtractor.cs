using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Finds temporal expressions in body paragraphs and resolves them against the article's date and its
/// precision (see <see cref="TimeAnchor"/>), one paragraph after another (<see cref="ArticleTimeExpressions"/>).
/// The article's language picks the word tables
/// (<see cref="TimeLexicon"/>); numeric forms are read in both languages.
/// </summary>
internal static class TimeExpressionExtractor
{
    public static EquatableArray<TimeExpressionModel> Extract(IReadOnlyList<string> paragraphs, PartialDate articleDate, Language language)
        => Extract(paragraphs, articleDate, language, out _);

    /// <summary>
    /// <see cref="Extract(IReadOnlyList{string}, PartialDate, string)"/>, also giving the paragraphs' word
    /// count read off the tokens (<see cref="TimeMatchContext.WordCount"/>); -1 when the article date
    /// is unusable and the paragraphs were not tokenized.
    /// </summary>
    public static EquatableArray<TimeExpressionModel> Extract(IReadOnlyList<string> paragraphs, PartialDate articleDate, Language language, out int wordCount)
    {
        var article = ArticleTimeExpressions.Start(articleDate, language);
        if (article is null)
        {
            wordCount = -1;
            return EquatableArray<TimeExpressionModel>.Empty;
        }

        var tokens = ParagraphTokens.ForThread();
        var senses = WordSenses.For(language);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            tokens.Load(paragraphs[p], senses);
            article.Read(tokens);
        }

        wordCount = article.WordCount;
        return article.Result();
    }
}
