using SeedCatalog.Generator.Model;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Extraction.Quotes;
using Xunit;
using Xunit.Abstractions;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Scores the extractor on the hand-annotated gold set (Fixtures/QuoteGold) per language.
/// <para>
/// Scoring rule: each quote is a pair (quote text, speaker), speaker null for "-". Predicted and gold
/// pairs are matched as multisets: a predicted pair is correct when an unmatched gold pair has exactly
/// the same quote text (the characters between the marks) and exactly the same speaker string, where
/// null matches only null. Precision = correct / predicted pairs, recall = correct / gold pairs,
/// F1 = their harmonic mean. A quote found with the wrong speaker (or a wrong null) therefore counts
/// once against precision and once against recall.
/// </para>
/// Run: dotnet test tests/SeedCatalog.Generator.Tests --filter "FullyQualifiedName~QuoteGoldScorer" --logger "console;verbosity=detailed"
/// </summary>
public class QuoteGoldScorerTests
{
    private const double Floor = 0.90;
    private readonly ITestOutputHelper _output;

    public QuoteGoldScorerTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void F1_on_the_gold_set_reaches_the_floor(string language)
    {
        var articles = GoldArticle.LoadAll().Where(a => a.Language == language).ToList();
        Assert.True(articles.Count >= 15, $"gold set for {language} has only {articles.Count} articles");

        int predicted = 0, gold = 0, correct = 0;
        foreach (var article in articles)
        {
            Assert.Equal(language, LanguageDetector.Detect(string.Join("\n", article.Paragraphs)).Code());
            var extraction = QuoteExtractor.Extract(article.Paragraphs, LanguageCode.Parse(language));
            var found = extraction.Quotes.Select(q => (article.Paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker)).ToList();
            var unmatched = new List<(string Quote, string? Speaker)>(article.Expected);
            foreach (var pair in found)
            {
                var index = unmatched.IndexOf(pair);
                if (index >= 0)
                {
                    unmatched.RemoveAt(index);
                    correct++;
                }
                else
                {
                    _output.WriteLine($"  {article.Name}: predicted «{pair.Item1}» ⇒ {pair.Speaker ?? "-"}");
                }
            }

            foreach (var missed in unmatched)
            {
                _output.WriteLine($"  {article.Name}: missed    «{missed.Quote}» ⇒ {missed.Speaker ?? "-"}");
            }

            predicted += found.Count;
            gold += article.Expected.Count;
        }

        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: articles={1} gold={2} predicted={3} correct={4} precision={5:F3} recall={6:F3} F1={7:F3}",
            language, articles.Count, gold, predicted, correct, precision, recall, f1));
        Assert.True(f1 >= Floor, string.Format(CultureInfo.InvariantCulture, "{0} F1 {1:F3} is below {2:F2}", language, f1, Floor));
    }
}
