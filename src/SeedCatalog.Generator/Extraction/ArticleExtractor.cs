using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// Turns a parsed seed into its <see cref="ArticleModel"/>: detects the language, then reads the body
/// paragraphs once for quotes, speakers, people and time expressions (<see cref="ParagraphPass"/>), and
/// the teaser headlines for their quotes. Quote marks that never close are reported (SEED007); the article
/// is kept, the quote running to its paragraph's end. A rule that throws is reported (SEED010) and the article kept
/// without quotes, people and time expressions: never a failed generator.
/// </summary>
internal static class ArticleExtractor
{
    /// <summary>Tests only: makes extraction of the seed with this id fail, to check the build survives it (SEED010).</summary>
    internal static string? FailForTestsOnId;

    public static (ArticleModel Article, EquatableArray<SeedDiagnostic> Diagnostics) Extract(string id, SeedDocument document, CancellationToken cancellationToken)
    {
        try
        {
            if (FailForTestsOnId is { } failing && failing == id)
            {
                throw new System.InvalidOperationException("failure asked for by a test");
            }

            return ExtractAll(id, document, cancellationToken);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A bug in a rule must not break the consumer's build: the article stays, without what could not be read.
            var article = new ArticleModel(
                id, document.Header.Date, Language.English, document.Text, document.Title, document.Paragraphs, document.Sections,
                EquatableArray<RelatedModel>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<PersonModel>.Empty,
                EquatableArray<TimeExpressionModel>.Empty, 0);
            var at = document.Paragraphs.Count > 0 ? new TextSlice(document.Paragraphs[0].Start, 0) : new TextSlice(0, 0);
            var diagnostic = SeedDiagnostic.At(DiagnosticIds.ExtractionFailed, document.Text, at, id, e.GetType().Name + ": " + e.Message);
            return (article, new EquatableArray<SeedDiagnostic>(new[] { diagnostic }));
        }
    }

    private static (ArticleModel Article, EquatableArray<SeedDiagnostic> Diagnostics) ExtractAll(string id, SeedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var paragraphs = document.Paragraphs;
        var paragraphTexts = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            paragraphTexts.Add(paragraph.Of(text));
        }

        var language = LanguageDetector.Detect(paragraphTexts);
        var quoteReader = new ArticleQuotes(language);
        quoteReader.UseHeadings(HeadingBefore(text, document.Sections, paragraphs.Count));
        var timeReader = ArticleTimeExpressions.Start(document.Header.Date, language);
        var wordCount = ParagraphPass.Read(paragraphTexts, language, quoteReader, timeReader);
        cancellationToken.ThrowIfCancellationRequested();

        var quotes = quoteReader.Result();
        var people = PersonRoles.Settle(quotes.People, document, QuoteLexicon.For(language));
        var article = new ArticleModel(
            id,
            document.Header.Date,
            language,
            text,
            document.Title,
            paragraphs,
            document.Sections,
            TeaserQuotes.Related(document, language, people),
            quotes.Quotes,
            people,
            timeReader?.Result() ?? EquatableArray<TimeExpressionModel>.Empty,
            wordCount);
        return (article, UnclosedQuoteDiagnostics(id, text, paragraphs, quotes.Unclosed));
    }

    /// <summary>For each paragraph, the subheading right before it (several on their own lines when they follow each other), or null.</summary>
    private static string?[] HeadingBefore(string text, EquatableArray<SectionModel> sections, int paragraphCount)
    {
        var headings = new string?[paragraphCount];
        foreach (var section in sections)
        {
            if (section.Heading is { } heading && section.FirstParagraph < paragraphCount)
            {
                var before = headings[section.FirstParagraph];
                headings[section.FirstParagraph] = before is null ? heading.Of(text) : before + "\n" + heading.Of(text);
            }
        }

        return headings;
    }

    private static EquatableArray<SeedDiagnostic> UnclosedQuoteDiagnostics(string id, string text, EquatableArray<TextSlice> paragraphs, EquatableArray<UnclosedQuote> unclosed)
    {
        if (unclosed.IsEmpty)
        {
            return EquatableArray<SeedDiagnostic>.Empty;
        }

        var diagnostics = new List<SeedDiagnostic>(unclosed.Count);
        foreach (var quote in unclosed)
        {
            var mark = quote.Mark == ',' ? ",," : quote.Mark.ToString();
            var at = new TextSlice(paragraphs[quote.Paragraph].Start + quote.Offset, mark.Length);
            diagnostics.Add(SeedDiagnostic.At(DiagnosticIds.UnbalancedQuote, text, at, id, mark, (quote.Paragraph + 1).ToString(CultureInfo.InvariantCulture)));
        }

        return EquatableArray.From(diagnostics);
    }
}
