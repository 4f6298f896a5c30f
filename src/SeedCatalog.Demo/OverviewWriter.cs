using System.Globalization;
using System.IO;

namespace SeedCatalog.Demo;

/// <summary>Prints a readable overview of every article in the catalog.</summary>
internal static class OverviewWriter
{
    public static void Write(TextWriter output)
    {
        output.WriteLine($"SeedCatalog: {Seeds.Count} article(s), {Seeds.Quotes.Count} quote(s), {Seeds.Speakers.Count} speaker(s)");
        foreach (var article in Seeds.All)
        {
            output.WriteLine();
            output.WriteLine($"{article.Date}  {article.Title}");
            output.WriteLine($"  id {article.Id} · {article.Language} · {article.Paragraphs.Count} paragraphs · {article.WordCount} words");
            foreach (var section in article.Sections)
            {
                output.WriteLine($"  § {section.Heading ?? "(opening)"} — {section.ParagraphCount} paragraph(s)");
            }

            foreach (var related in article.Related)
            {
                output.WriteLine($"  ↗ [{related.Count}] {related.Title}");
                foreach (var quote in related.Quotes)
                {
                    output.WriteLine($"      “{quote.Text}” — {quote.Speaker ?? "(speaker unknown)"}");
                }
            }

            if (article.People.Count > 0)
            {
                output.WriteLine("  People: " + string.Join(", ", article.People));
            }

            foreach (var quote in article.Quotes)
            {
                var who = quote.Speaker ?? "(speaker unknown)";
                var cue = quote.Cue is null ? string.Empty : $" [{quote.Cue}]";
                output.WriteLine($"  “{quote.Text}” — {who}{cue} (¶{quote.Paragraph.ToString(CultureInfo.InvariantCulture)})");
            }

            foreach (var time in article.TimeExpressions)
            {
                output.WriteLine($"  ⏱ {time.Text} = {time.Value} ({time.Kind})");
            }
        }
    }
}
