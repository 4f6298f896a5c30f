using System.Collections.Generic;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// The one pass over an article's body paragraphs, in order: each is cut into tokens once, with the
/// article's language, and handed to the quote reader and the time reader; the words are counted off
/// the same tokens.
/// </summary>
internal static class ParagraphPass
{
    /// <returns>The paragraphs' word count (runs of letters and digits joined by ' ’ and -).</returns>
    public static int Read(IReadOnlyList<string> paragraphs, Language language, ArticleQuotes? quotes, ArticleTimeExpressions? times)
    {
        var tokens = ParagraphTokens.ForThread();
        var senses = WordSenses.For(language);
        var words = 0;
        quotes?.Begin(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            tokens.Load(paragraphs[i], senses);
            quotes?.Read(tokens);
            times?.Read(tokens);
            words += tokens.WordCount;
        }

        return words;
    }
}
