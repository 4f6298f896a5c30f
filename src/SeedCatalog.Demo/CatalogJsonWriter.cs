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
        json.WriteStartArray("articles");
        foreach (var article in Seeds.All)
        {
            WriteArticle(json, article);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("date", article.Date.ToString());
        json.WriteString("datePrecision", article.Date.Precision.ToString().ToLowerInvariant());
        json.WriteString("language", article.Language);
        json.WriteNumber("wordCount", article.WordCount);
        json.WriteString("lede", article.Lede);
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in article.Paragraphs)
        {
            json.WriteStringValue(paragraph);
        }

        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            json.WriteStartObject();
            json.WriteString("heading", section.Heading);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in section.Paragraphs)
            {
                json.WriteStringValue(paragraph);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("related");
        foreach (var related in article.Related)
        {
            json.WriteStartObject();
            json.WriteNumber("count", related.Count);
            json.WriteString("title", related.Title);
            WriteQuotes(json, "quotes", related.Quotes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteQuotes(json, "quotes", article.Quotes);
        json.WriteStartArray("people");
        foreach (var person in article.People)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            json.WriteString("role", person.Role);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("timeExpressions");
        foreach (var time in article.TimeExpressions)
        {
            json.WriteStartObject();
            json.WriteString("text", time.Text);
            json.WriteNumber("paragraph", time.Paragraph);
            json.WriteNumber("offset", time.Offset);
            json.WriteString("kind", time.Kind.ToString().ToLowerInvariant());
            json.WriteString("value", time.Value);
            WriteDay(json, "earliest", time.Earliest);
            WriteDay(json, "latest", time.Latest);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuotes(Utf8JsonWriter json, string name, System.Collections.Generic.IReadOnlyList<Quote> quotes)
    {
        json.WriteStartArray(name);
        foreach (var quote in quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteNumber("paragraph", quote.Paragraph);
            json.WriteNumber("offset", quote.Offset);
            json.WriteString("speaker", quote.Speaker);
            json.WriteString("cue", quote.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDay(Utf8JsonWriter json, string name, System.DateTime? day)
    {
        if (day is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, day.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
