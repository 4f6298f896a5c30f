using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Tests;

/// <summary>The quote rule tests' one way to read a short article: paragraphs separated by '|', each quote's text with its speaker.</summary>
internal static class QuoteArticles
{
    public static (string Quote, string? Speaker)[] Attribute(string article, Language language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        return QuoteExtractor.Extract(paragraphs, language).Quotes
            .Select(q => (paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker)).ToArray();
    }

    /// <summary>Asserts that there are <paramref name="count"/> quotes and that <paramref name="speaker"/> speaks them all.</summary>
    public static void AssertAllSpokenBy((string Quote, string? Speaker)[] quotes, string speaker, int count)
    {
        Xunit.Assert.Equal(count, quotes.Length);
        Xunit.Assert.All(quotes, q => Xunit.Assert.Equal(speaker, q.Speaker));
    }
}
