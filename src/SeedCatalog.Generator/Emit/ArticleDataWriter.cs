using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Writes one article's record into its shard's <see cref="ShardData"/>, in the order the catalog's
/// <c>SeedCatalogShard.Read</c> (Emit/Templates/Shards.cs.template) reads it back:
/// id, title (string index or -1, then start and length in the text), year, month, day, language,
/// word count, text length, where the text is (a string index: inline text; -1: the resource named by
/// the id; -2 - i: the resource named by string i), then the count of packed chars of the article's six
/// length-prefixed runs (paragraphs, sections, related, quotes, people, time expressions), which go to
/// the shard's separate runs literal, one article after another. The catalog decodes them when one is first used.
/// Texts are (start, length) slices of the seed text; the strings index the shard's string table.
/// </summary>
internal static class ArticleDataWriter
{
    public static void Write(ShardData data, ArticleModel article, CatalogOptions options)
    {
        data.Add(data.String(article.Id));
        data.Add(data.OptionalString(article.Title.Of(article.Text)));
        data.Add(article.Title.Start);
        data.Add(article.Title.Length);
        data.Add(article.Date.Year);
        data.Add(article.Date.Month);
        data.Add(article.Date.Day);
        data.Add(data.String(article.Language.Code()));
        data.Add(article.WordCount);
        data.Add(article.Text.Length);
        // A seed renamed to settle an id collision is not under its id's resource name: its text goes inline.
        data.Add(options.Storage == TextStorage.Inline || article.RenamedFrom is not null ? data.String(article.Text)
            : article.ResourceName is null ? -1
            : -2 - data.String(article.ResourceName));

        var runs = new List<int>();
        var start = Run(runs);
        foreach (var p in article.Paragraphs)
        {
            runs.Add(p.Start);
            runs.Add(p.Length);
        }

        start = EndRun(runs, start);
        foreach (var s in article.Sections)
        {
            runs.Add(s.Heading?.Start ?? 0);
            runs.Add(s.Heading?.Length ?? -1);
            runs.Add(s.FirstParagraph);
            runs.Add(s.ParagraphCount);
        }

        start = EndRun(runs, start);
        foreach (var r in article.Related)
        {
            runs.Add(r.Count);
            runs.Add(r.Title.Start);
            runs.Add(r.Title.Length);
        }

        start = EndRun(runs, start);
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

        start = EndRun(runs, start);
        foreach (var p in article.People)
        {
            runs.Add(data.String(p.Name));
            runs.Add(data.String(p.Role));
        }

        start = EndRun(runs, start);
        AddTimes(data, runs, article.TimeExpressions);
        Close(runs, start);
        data.AddRuns(runs);
    }

    private static void AddQuote(ShardData data, List<int> runs, QuoteModel q, int inTeaser)
    {
        runs.Add(q.Paragraph);
        runs.Add(q.Offset);
        runs.Add(q.Length);
        runs.Add(data.String(q.Speaker));
        runs.Add(data.String(q.Cue));
        runs.Add(q.SpeakerParagraph);
        runs.Add(q.SpeakerOffset);
        runs.Add(q.SpeakerLength);
        runs.Add(inTeaser);
    }

    private static void AddTimes(ShardData data, List<int> runs, IEnumerable<TimeExpressionModel> times)
    {
        foreach (var t in times)
        {
            runs.Add(t.Paragraph);
            runs.Add(t.Offset);
            runs.Add(t.Length);
            runs.Add((int)t.Kind);
            runs.Add(data.String(t.Value));
            runs.Add(t.Earliest);
            runs.Add(t.Latest);
        }
    }

    /// <summary>Reserves a run's length slot; returns where it is.</summary>
    private static int Run(List<int> runs)
    {
        runs.Add(0);
        return runs.Count - 1;
    }

    /// <summary>Closes the run that started at <paramref name="slot"/> and opens the next one.</summary>
    private static int EndRun(List<int> runs, int slot)
    {
        Close(runs, slot);
        return Run(runs);
    }

    /// <summary>Fills in the length of the run that started at <paramref name="slot"/>.</summary>
    private static void Close(List<int> runs, int slot) => runs[slot] = runs.Count - slot - 1;
}
