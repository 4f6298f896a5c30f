using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Writes one article's record into its shard's <see cref="ShardData"/> in the layout of
/// Emit/PackedLayout.cs, which the catalog's templates read by (through the generated <c>SeedCatalogLayout</c>):
/// the <see cref="ArticleHeader"/> numbers, the last of which is the count of packed chars of the article's
/// <see cref="ArticleRun"/> runs, which go to the shard's separate runs literal, one article after another.
/// The catalog decodes them when one is first used.
/// Texts are (start, length) slices of the seed text; strings index the shard's string table, in the order
/// they are first met here.
/// </summary>
internal static class ArticleDataWriter
{
    public static void Write(ShardData data, ArticleModel article, CatalogOptions options)
    {
        var header = new int[(int)ArticleHeader.Fields];
        header[(int)ArticleHeader.Id] = data.String(article.Id);
        header[(int)ArticleHeader.TitleString] = data.OptionalString(article.Title.Of(article.Text));
        header[(int)ArticleHeader.TitleStart] = article.Title.Start;
        header[(int)ArticleHeader.TitleLength] = article.Title.Length;
        header[(int)ArticleHeader.Year] = article.Date.Year;
        header[(int)ArticleHeader.Month] = article.Date.Month;
        header[(int)ArticleHeader.Day] = article.Date.Day;
        header[(int)ArticleHeader.Language] = data.String(article.Language.Code());
        header[(int)ArticleHeader.WordCount] = article.WordCount;
        header[(int)ArticleHeader.TextLength] = article.Text.Length;
        // A seed renamed to settle an id collision is not under its id's resource name: its text goes inline.
        header[(int)ArticleHeader.TextPlace] = options.Storage == TextStorage.Inline || article.RenamedFrom is not null ? data.String(article.Text)
            : article.ResourceName is null ? -1
            : -2 - data.String(article.ResourceName);

        var runs = new List<int>();
        for (var run = (ArticleRun)0; run < ArticleRun.Count; run++)
        {
            var lengthSlot = runs.Count;
            runs.Add(0);
            AddRun(data, runs, run, article);
            runs[lengthSlot] = runs.Count - lengthSlot - 1;
        }

        header[(int)ArticleHeader.RunChars] = data.AddRuns(runs);
        foreach (var value in header)
        {
            data.Add(value);
        }
    }

    private static void AddRun(ShardData data, List<int> runs, ArticleRun run, ArticleModel article)
    {
        switch (run)
        {
            case ArticleRun.Paragraphs:
                foreach (var p in article.Paragraphs)
                {
                    var at = Record(runs, (int)ParagraphRecord.Fields);
                    runs[at + (int)ParagraphRecord.Start] = p.Start;
                    runs[at + (int)ParagraphRecord.Length] = p.Length;
                }

                break;
            case ArticleRun.Sections:
                foreach (var s in article.Sections)
                {
                    var at = Record(runs, (int)SectionRecord.Fields);
                    runs[at + (int)SectionRecord.HeadingStart] = s.Heading?.Start ?? 0;
                    runs[at + (int)SectionRecord.HeadingLength] = s.Heading?.Length ?? -1;
                    runs[at + (int)SectionRecord.FirstParagraph] = s.FirstParagraph;
                    runs[at + (int)SectionRecord.ParagraphCount] = s.ParagraphCount;
                }

                break;
            case ArticleRun.Related:
                foreach (var r in article.Related)
                {
                    var at = Record(runs, (int)RelatedRecord.Fields);
                    runs[at + (int)RelatedRecord.Count] = r.Count;
                    runs[at + (int)RelatedRecord.TitleStart] = r.Title.Start;
                    runs[at + (int)RelatedRecord.TitleLength] = r.Title.Length;
                }

                break;
            case ArticleRun.Quotes:
                foreach (var q in article.Quotes)
                {
                    AddQuote(data, runs, q, inTeaser: 0);
                }

                foreach (var r in article.Related)
                {
                    foreach (var q in r.Quotes)
                    {
                        AddQuote(data, runs, q, inTeaser: 1);
                    }
                }

                break;
            case ArticleRun.People:
                foreach (var p in article.People)
                {
                    var at = Record(runs, (int)PersonRecord.Fields);
                    runs[at + (int)PersonRecord.Name] = data.String(p.Name);
                    runs[at + (int)PersonRecord.Role] = data.String(p.Role);
                }

                break;
            case ArticleRun.Times:
                foreach (var t in article.TimeExpressions)
                {
                    AddTime(data, runs, t);
                }

                break;
        }
    }

    private static void AddQuote(ShardData data, List<int> runs, QuoteModel q, int inTeaser)
    {
        var at = Record(runs, (int)QuoteRecord.Fields);
        runs[at + (int)QuoteRecord.Paragraph] = q.Paragraph;
        runs[at + (int)QuoteRecord.Offset] = q.Offset;
        runs[at + (int)QuoteRecord.Length] = q.Length;
        runs[at + (int)QuoteRecord.Speaker] = data.String(q.Speaker);
        runs[at + (int)QuoteRecord.Cue] = data.String(q.Cue);
        runs[at + (int)QuoteRecord.SpeakerParagraph] = q.SpeakerParagraph;
        runs[at + (int)QuoteRecord.SpeakerOffset] = q.SpeakerOffset;
        runs[at + (int)QuoteRecord.SpeakerLength] = q.SpeakerLength;
        runs[at + (int)QuoteRecord.InTeaser] = inTeaser;
    }

    private static void AddTime(ShardData data, List<int> runs, TimeExpressionModel t)
    {
        var at = Record(runs, (int)TimeRecord.Fields);
        runs[at + (int)TimeRecord.Paragraph] = t.Paragraph;
        runs[at + (int)TimeRecord.Offset] = t.Offset;
        runs[at + (int)TimeRecord.Length] = t.Length;
        runs[at + (int)TimeRecord.Kind] = (int)t.Kind;
        runs[at + (int)TimeRecord.Value] = data.String(t.Value);
        runs[at + (int)TimeRecord.Earliest] = t.Earliest;
        runs[at + (int)TimeRecord.Latest] = t.Latest;
        runs[at + (int)TimeRecord.Modifier] = data.String(t.Modifier);
    }

    /// <summary>Reserves a record of <paramref name="fields"/> numbers at the end of <paramref name="runs"/>; returns where it starts.</summary>
    private static int Record(List<int> runs, int fields)
    {
        var at = runs.Count;
        for (var i = 0; i < fields; i++)
        {
            runs.Add(0);
        }

        return at;
    }
}
