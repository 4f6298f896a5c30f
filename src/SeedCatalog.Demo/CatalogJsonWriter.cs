using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SeedCatalog.Demo;

/// <summary>
/// Writes the whole catalog as JSON (camelCase, UTF-8): the contract is
/// <c>{"articles":[{"id","title","date","language","lede","paragraphs","sections","related","quotes","people","timeExpressions"}]}</c>.
/// </summary>
internal static class CatalogJsonWriter
{
    public static void Write(Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        Objects(json, "articles", Seeds.All, WriteArticle);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("date", article.Date.ToString());
        json.WriteString("datePrecision", article.Date.Precision.ToString().ToLowerInvariant());
        json.WriteString("language", article.Language);
        json.WriteNumber("wordCount", article.WordCount);
        json.WriteString("lede", article.Lede);
        Strings(json, "paragraphs", article.Paragraphs);
        Objects(json, "sections", article.Sections, static (j, section) =>
        {
            j.WriteString("heading", section.Heading);
            Strings(j, "paragraphs", section.Paragraphs);
        });
        Objects(json, "related", article.Related, static (j, related) =>
        {
            j.WriteNumber("count", related.Count);
            j.WriteString("title", related.Title);
            Objects(j, "quotes", related.Quotes, WriteQuote);
        });
        Objects(json, "quotes", article.Quotes, WriteQuote);
        Objects(json, "people", article.People, static (j, person) =>
        {
            j.WriteString("name", person.Name);
            j.WriteString("role", person.Role);
        });
        Objects(json, "timeExpressions", article.TimeExpressions, WriteTime);
    }

    private static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteString("text", quote.Text);
        json.WriteNumber("paragraph", quote.Paragraph);
        json.WriteNumber("offset", quote.Offset);
        json.WriteString("speaker", quote.Speaker);
        json.WriteString("cue", quote.Cue);
    }

    private static void WriteTime(Utf8JsonWriter json, TimeExpression time)
    {
        json.WriteString("text", time.Text);
        json.WriteNumber("paragraph", time.Paragraph);
        json.WriteNumber("offset", time.Offset);
        json.WriteString("kind", time.Kind.ToString().ToLowerInvariant());
        json.WriteString("value", time.Value);
        if (time.Kind == TimeExpressionKind.Range)
        {
            json.WriteString("start", time.Start);
            json.WriteString("end", time.End);
        }

        if (time.Modifier is not null)
        {
            json.WriteString("mod", time.Modifier);
        }

        json.WriteString("earliest", Day(time.Earliest));
        json.WriteString("latest", Day(time.Latest));
    }

    private static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeMembers)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeMembers(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
