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
    {
        var article = ArticleTimeExpressions.Start(articleDate, language);
        if (article is null)
        {
            return EquatableArray<TimeExpressionModel>.Empty;
        }

        ParagraphPass.Read(paragraphs, language, quotes: null, article);
        return article.Result();
    }
}
