using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Writes one article's record into its shard's <see cref="ShardData"/>, in the order the catalog's
/// <c>SeedCatalogShard.Read</c> (Emit/Templates/Shards.cs.template) reads it back:
/// id, title (string index or -1, then start and length in the text), year, month, day, language,
/// word count, text length, where the text is (a string index: inline text; -1: the resource named by
/// the id; -2 - i: the resource named by string i), then six
/// length-prefixed runs: paragraphs, sections, related, quotes, people, time expressions.
/// Texts are (start, length) slices of the seed text; the strings index the shard's string table.
/// </summary>
internal static class ArticleDataWriter
{
    /// <summary>The ints of a record before its runs.</summary>
    public const int HeaderLength = 11;

    public static void Write(ShardData data, ArticleModel article, CatalogOptions options)
    {
        data.Add(data.String(article.Id));
        data.Add(data.OptionalString(article.Title.Of(article.Text)));
        data.Add(article.Title.Start);
        data.Add(article.Title.Length);
        data.Add(article.Date.Year);
        data.Add(article.Date.Month);
        data.Add(article.Date.Day);
        data.Add(data.String(article.Language));
        data.Add(article.WordCount);
        data.Add(article.Text.Length);
        // A seed renamed to settle an id collision is not under its id's resource name: its text goes inline.
        data.Add(options.Storage == TextStorage.Inline || article.RenamedFrom is not null ? data.String(article.Text)
            : article.ResourceName is null ? -1
            : -2 - data.String(article.ResourceName));

        var start = Run(data);
        foreach (var p in article.Paragraphs)
        {
            data.Add(p.Start);
            data.Add(p.Length);
        }

        start = EndRun(data, start);
        foreach (var s in article.Sections)
        {
            data.Add(s.Heading?.Start ?? 0);
            data.Add(s.Heading?.Length ?? -1);
            data.Add(s.FirstParagraph);
            data.Add(s.ParagraphCount);
        }

        start = EndRun(data, start);
        foreach (var r in article.Related)
        {
            data.Add(r.Count);
            data.Add(r.Title.Start);
            data.Add(r.Title.Length);
        }

        start = EndRun(data, start);
        foreach (var q in article.Quotes)
        {
            AddQuote(data, q, inTeaser: 0);
        }

        foreach (var r in article.Related)
        {
            foreach (var q in r.Quotes)
            {
                AddQuote(data, q, inTeaser: 1);
            }
        }

        start = EndRun(data, start);
        foreach (var p in article.People)
        {
            data.Add(data.String(p.Name));
            data.Add(data.String(p.Role));
        }

        start = EndRun(data, start);
        AddTimes(data, article.TimeExpressions);
        Close(data, start);
    }

    private static void AddQuote(ShardData data, QuoteModel q, int inTeaser)
    {
        data.Add(q.Paragraph);
        data.Add(q.Offset);
        data.Add(q.Length);
        data.Add(data.String(q.Speaker));
        data.Add(data.String(q.Cue));
        data.Add(q.SpeakerParagraph);
        data.Add(q.SpeakerOffset);
        data.Add(q.SpeakerLength);
        data.Add(inTeaser);
    }

    private static void AddTimes(ShardData data, IEnumerable<TimeExpressionModel> times)
    {
        foreach (var t in times)
        {
            data.Add(t.Paragraph);
            data.Add(t.Offset);
            data.Add(t.Length);
            data.Add((int)t.Kind);
            data.Add(data.String(t.Value));
            data.Add(t.Earliest);
            data.Add(t.Latest);
        }
    }

    /// <summary>Reserves a run's length slot; returns where it is.</summary>
    private static int Run(ShardData data)
    {
        data.Add(0);
        return data.Ints.Count - 1;
    }

    /// <summary>Closes the run that started at <paramref name="slot"/> and opens the next one.</summary>
    private static int EndRun(ShardData data, int slot)
    {
        Close(data, slot);
        return Run(data);
    }

    /// <summary>Fills in the length of the run that started at <paramref name="slot"/>.</summary>
    private static void Close(ShardData data, int slot) => data.Ints[slot] = data.Ints.Count - slot - 1;
}
