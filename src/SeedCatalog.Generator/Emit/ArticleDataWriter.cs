using System.Collections.Generic;
using System.Text;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Writes the <c>new Article(...)</c> expression for one article: metadata as literals, every text as
/// (start, length) pairs into the seed text, and the few strings (speakers, cues, names, values)
/// in one table per article. The int arrays compile to static data blobs, which is what keeps the
/// generated code fast to compile at archive scale.
/// </summary>
internal static class ArticleDataWriter
{
    public static void Write(StringBuilder builder, ArticleModel article, CatalogOptions options, string indent)
    {
        var strings = new StringTable();
        var ns = "global::" + options.Namespace;
        builder.Append("new ").Append(ns).Append(".Article(\n");
        Arg(builder, indent, CSharpLiteral.String(article.Id));
        Arg(builder, indent, CSharpLiteral.String(article.Title.Of(article.Text)));
        Arg(builder, indent, ns + ".PartialDate(" + CSharpLiteral.Int(article.Date.Year) + ", " + CSharpLiteral.Int(article.Date.Month) + ", " + CSharpLiteral.Int(article.Date.Day) + ")", prefix: "new ");
        Arg(builder, indent, CSharpLiteral.String(article.Language));
        Arg(builder, indent, CSharpLiteral.Int(article.WordCount));
        Arg(builder, indent, TextSource(article, options, ns));
        Ints(builder, indent, Paragraphs(article));
        Ints(builder, indent, Sections(article));
        Ints(builder, indent, Related(article));
        Ints(builder, indent, Quotes(article, strings));
        Ints(builder, indent, People(article, strings));
        Ints(builder, indent, Times(article, strings));
        builder.Append(indent).Append(strings.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + strings.Literals() + " }").Append(')');
    }

    public static string ResourceName(string id) => "SeedCatalog/" + id + ".txt";

    private static string TextSource(ArticleModel article, CatalogOptions options, string ns)
        => options.Storage == TextStorage.Resource && article.RenamedFrom is null
            ? ns + ".SeedText.Resource(" + CSharpLiteral.String(ResourceName(article.Id)) + ", " + CSharpLiteral.Int(article.Text.Length) + ")"
            : ns + ".SeedText.Inline(" + CSharpLiteral.String(article.Text) + ")";

    private static List<int> Paragraphs(ArticleModel article)
    {
        var values = new List<int>(article.Paragraphs.Count * 2);
        foreach (var p in article.Paragraphs)
        {
            values.Add(p.Start);
            values.Add(p.Length);
        }

        return values;
    }

    private static List<int> Sections(ArticleModel article)
    {
        var values = new List<int>(article.Sections.Count * 4);
        foreach (var s in article.Sections)
        {
            values.Add(s.Heading?.Start ?? 0);
            values.Add(s.Heading?.Length ?? -1);
            values.Add(s.FirstParagraph);
            values.Add(s.ParagraphCount);
        }

        return values;
    }

    private static List<int> Related(ArticleModel article)
    {
        var values = new List<int>(article.Related.Count * 3);
        foreach (var r in article.Related)
        {
            values.Add(r.Count);
            values.Add(r.Title.Start);
            values.Add(r.Title.Length);
        }

        return values;
    }

    private static List<int> Quotes(ArticleModel article, StringTable strings)
    {
        var values = new List<int>();
        foreach (var q in article.Quotes)
        {
            AddQuote(values, q, strings, inTeaser: 0);
        }

        foreach (var r in article.Related)
        {
            foreach (var q in r.Quotes)
            {
                AddQuote(values, q, strings, inTeaser: 1);
            }
        }

        return values;
    }

    private static void AddQuote(List<int> values, QuoteModel q, StringTable strings, int inTeaser)
    {
        values.Add(q.Paragraph);
        values.Add(q.Offset);
        values.Add(q.Length);
        values.Add(strings.IndexOf(q.Speaker));
        values.Add(strings.IndexOf(q.Cue));
        values.Add(q.SpeakerParagraph);
        values.Add(q.SpeakerOffset);
        values.Add(q.SpeakerLength);
        values.Add(inTeaser);
    }

    private static List<int> People(ArticleModel article, StringTable strings)
    {
        var values = new List<int>(article.People.Count * 2);
        foreach (var p in article.People)
        {
            values.Add(strings.IndexOf(p.Name));
            values.Add(strings.IndexOf(p.Role));
        }

        return values;
    }

    private static List<int> Times(ArticleModel article, StringTable strings)
    {
        var values = new List<int>(article.TimeExpressions.Count * 7);
        foreach (var t in article.TimeExpressions)
        {
            values.Add(t.Paragraph);
            values.Add(t.Offset);
            values.Add(t.Length);
            values.Add((int)t.Kind);
            values.Add(strings.IndexOf(t.Value));
            values.Add(t.Earliest);
            values.Add(t.Latest);
        }

        return values;
    }

    private static void Arg(StringBuilder builder, string indent, string value, string prefix = "")
        => builder.Append(indent).Append(prefix).Append(value).Append(",\n");

    private static void Ints(StringBuilder builder, string indent, List<int> values)
    {
        builder.Append(indent);
        if (values.Count == 0)
        {
            builder.Append("global::System.Array.Empty<int>(),\n");
            return;
        }

        builder.Append("new int[] { ");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(CSharpLiteral.Int(values[i]));
        }

        builder.Append(" },\n");
    }

    /// <summary>The distinct strings of one article, by first use.</summary>
    private sealed class StringTable
    {
        private readonly List<string> _items = new();
        private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);

        public int Count => _items.Count;

        public int IndexOf(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!_index.TryGetValue(value, out var index))
            {
                index = _items.Count;
                _items.Add(value);
                _index.Add(value, index);
            }

            return index;
        }

        public string Literals()
        {
            var builder = new StringBuilder();
            for (var i = 0; i < _items.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                CSharpLiteral.AppendString(builder, _items[i]);
            }

            return builder.ToString();
        }
    }
}
