using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Tests;

/// <summary>The quote rule tests' ways to read a short article: paragraphs separated by '|', or a whole seed; each quote's text with its speaker.</summary>
internal static class QuoteArticles
{
    public static (string Quote, string? Speaker)[] Attribute(string article, Language language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        return QuoteExtractor.Extract(paragraphs, language).Quotes
            .Select(q => (paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker)).ToArray();
    }

    /// <summary>A whole seed file's quotes through <see cref="SeedPath"/> (subheadings included), each quote's text with its speaker.</summary>
    public static (string Quote, string? Speaker)[] SeedQuotes(string seed)
    {
        var article = SeedPath.Read("rule-test", seed).Article!;
        return article.Quotes.Select(q => (article.Paragraphs[q.Paragraph].Of(article.Text).Substring(q.Offset, q.Length), q.Speaker)).ToArray();
    }

    /// <summary>Asserts that there are <paramref name="count"/> quotes and that <paramref name="speaker"/> speaks them all.</summary>
    public static void AssertAllSpokenBy((string Quote, string? Speaker)[] quotes, string speaker, int count)
    {
        Xunit.Assert.Equal(count, quotes.Length);
        Xunit.Assert.All(quotes, q => Xunit.Assert.Equal(speaker, q.Speaker));
    }
}
