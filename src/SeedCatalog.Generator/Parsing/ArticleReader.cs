using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Turns one seed's text into its <see cref="ArticleModel"/>: parses the format, then runs the
/// extractors (language, quotes and speakers, time expressions). A seed that cannot be dated or has
/// no text is left out, with a located diagnostic; so is one that is not text (see docs/diagnostics.md).
/// Never throws for any input; honours cancellation between blocks.
/// </summary>
internal static class ArticleReader
{
    public static ArticleReadResult Read(SeedFile file, CancellationToken cancellationToken = default)
        => file.Problem is { } problem ? LeftOut(problem) : Read(file.Id, file.Text, cancellationToken);

    public static ArticleReadResult Read(string id, string raw, CancellationToken cancellationToken = default)
    {
        if (BinaryContent.Find(raw) is { } control)
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.NotText, raw, control, id, BinaryContent.Describe(raw)));
        }

        var document = SeedParser.Parse(raw, cancellationToken);
        var text = document.Text;
        if (IsBlank(text))
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.EmptySeed, text, new TextSlice(0, 0), id));
        }

        var header = document.Header;
        switch (header.Status)
        {
            case DateHeaderStatus.Missing:
                return LeftOut(LinePositions.Diagnostic(DiagnosticIds.MissingDateHeader, text, FirstWord(text), id));
            case DateHeaderStatus.Impossible:
                return LeftOut(LinePositions.Diagnostic(DiagnosticIds.ImpossibleDate, text, header.ValueSlice, id, header.ValueSlice.Of(text)));
        }

        if (document.Blocks.IsEmpty)
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.HeaderOnly, text, header.ValueSlice, id));
        }

        return new ArticleReadResult(Build(id, document, cancellationToken), EquatableArray<SeedDiagnostic>.Empty);
    }

    private static ArticleModel Build(string id, SeedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var paragraphs = new List<TextSlice>();
        var sections = new List<SectionModel>();
        var related = new List<TextSlice>();
        var relatedCounts = new List<int>();
        TextSlice? heading = null;
        var sectionStart = 0;

        foreach (var block in document.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    if (paragraphs.Count > sectionStart || heading is not null)
                    {
                        sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));
                    }

                    heading = block.Slice;
                    sectionStart = paragraphs.Count;
                    break;
                case BlockKind.Teaser:
                    BlockClassifier.TryReadTeaser(block.Slice.Of(text), out var count, out var headlineStart);
                    relatedCounts.Add(count);
                    related.Add(new TextSlice(block.Slice.Start + headlineStart, block.Slice.Length - headlineStart));
                    break;
                default:
                    paragraphs.Add(block.Slice);
                    break;
            }
        }

        sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));

        var paragraphTexts = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            paragraphTexts.Add(paragraph.Of(text));
        }

        var language = LanguageDetector.Detect(string.Join("\n", paragraphTexts));
        var quotes = QuoteExtractor.Extract(paragraphTexts, language);

        var relatedModels = new List<RelatedModel>(related.Count);
        for (var i = 0; i < related.Count; i++)
        {
            var headlineQuotes = QuoteExtractor.ExtractFromHeadline(related[i].Of(text), i, language);
            relatedModels.Add(new RelatedModel(relatedCounts[i], related[i], headlineQuotes));
        }

        var lede = paragraphs[0];
        var title = new TextSlice(lede.Start, SentenceSplitter.FirstSentenceLength(lede.Of(text)));
        var timeExpressions = TimeExpressionExtractor.Extract(paragraphTexts, document.Header.Date, language);

        return new ArticleModel(
            id,
            document.Header.Date,
            language,
            text,
            title,
            EquatableArray.From(paragraphs),
            EquatableArray.From(sections),
            EquatableArray.From(relatedModels),
            quotes.Quotes,
            quotes.People,
            timeExpressions,
            WordCounter.Count(paragraphTexts));
    }

    private static ArticleReadResult LeftOut(SeedDiagnostic diagnostic)
        => new(null, new EquatableArray<SeedDiagnostic>(new[] { diagnostic }));

    private static TextSlice FirstWord(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return new TextSlice(start, end - start);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
