using System;
using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Builds the <see cref="ArticleModel"/> of a dated seed with text: lays out its blocks, then runs the
/// extractors (language, quotes and speakers, time expressions). Quote marks that never close are
/// reported (SEED007); the article is kept, the quote running to its paragraph's end.
/// </summary>
internal static class ArticleBuilder
{
    public static ArticleReadResult Build(string id, SeedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var layout = ArticleLayout.Of(document, cancellationToken);
        var paragraphs = layout.Paragraphs;
        var paragraphTexts = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            paragraphTexts.Add(paragraph.Of(text));
        }

        var language = LanguageDetector.Detect(paragraphTexts);
        var (quotes, timeExpressions, wordCount) = ReadParagraphs(paragraphTexts, document.Header.Date, language);
        cancellationToken.ThrowIfCancellationRequested();

        var related = new List<RelatedModel>(layout.Teasers.Count);
        for (var i = 0; i < layout.Teasers.Count; i++)
        {
            var (count, headline) = layout.Teasers[i];
            var headlineQuotes = QuoteExtractor.ExtractFromHeadline(headline.Of(text), i, language);
            related.Add(new RelatedModel(count, headline, LinkToPeople(headlineQuotes, quotes.People)));
        }

        var lede = paragraphs[0];
        var title = new TextSlice(lede.Start, SentenceSplitter.FirstSentenceLength(lede.Of(text)));

        var article = new ArticleModel(
            id,
            document.Header.Date,
            language,
            text,
            title,
            EquatableArray.From(paragraphs),
            EquatableArray.From(layout.Sections),
            EquatableArray.From(related),
            quotes.Quotes,
            quotes.People,
            timeExpressions,
            wordCount >= 0 ? wordCount : WordCounter.Count(paragraphTexts));
        return new ArticleReadResult(article, UnclosedQuoteDiagnostics(id, text, paragraphs, quotes.Unclosed));
    }

    /// <summary>
    /// Cuts each body paragraph once and hands it to the quote and the time extractors; the word count
    /// comes off the same tokens (-1 when the date is unusable and no time expressions are read).
    /// </summary>
    private static (QuoteExtraction Quotes, EquatableArray<TimeExpressionModel> TimeExpressions, int WordCount) ReadParagraphs(
        List<string> paragraphTexts, PartialDate date, Language language)
    {
        var tokens = ParagraphTokens.ForThread();
        var senses = WordSenses.For(language);
        var quotes = new ArticleQuotes(language);
        var times = ArticleTimeExpressions.Start(date, language);
        foreach (var paragraph in paragraphTexts)
        {
            tokens.Load(paragraph, senses);
            quotes.Read(tokens);
            times?.Read(tokens);
        }

        return times is null
            ? (quotes.Result(), EquatableArray<TimeExpressionModel>.Empty, -1)
            : (quotes.Result(), times.Result(), times.WordCount);
    }

    /// <summary>
    /// A teaser names its speaker by surname (<c>Rutte: '…'</c>); when the article names that person in
    /// full, the quote gets the full name, as body quotes do.
    /// </summary>
    private static EquatableArray<QuoteModel> LinkToPeople(EquatableArray<QuoteModel> quotes, EquatableArray<PersonModel> people)
    {
        var linked = new List<QuoteModel>(quotes.Count);
        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker;
            var match = speaker is null ? null : FullNameOf(speaker, people);
            linked.Add(match is null ? quote : quote with { Speaker = match });
        }

        return EquatableArray.From(linked);
    }

    private static string? FullNameOf(string surname, EquatableArray<PersonModel> people)
    {
        string? found = null;
        foreach (var person in people)
        {
            var name = person.Name;
            if (name.Length > surname.Length + 1
                && name[name.Length - surname.Length - 1] == ' '
                && name.EndsWith(surname, StringComparison.Ordinal))
            {
                if (found is not null && !string.Equals(found, name, StringComparison.Ordinal))
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }

    private static EquatableArray<SeedDiagnostic> UnclosedQuoteDiagnostics(string id, string text, List<TextSlice> paragraphs, EquatableArray<UnclosedQuote> unclosed)
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
            diagnostics.Add(LinePositions.Diagnostic(DiagnosticIds.UnbalancedQuote, text, at, id, mark, (quote.Paragraph + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return EquatableArray.From(diagnostics);
    }
}
