using System;
using System.Collections.Generic;
using System.IO;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>One hand-annotated article of Fixtures/QuoteGold: its paragraphs and the expected (quote, speaker) pairs.</summary>
internal sealed record GoldArticle(string Name, string Language, IReadOnlyList<string> Paragraphs, IReadOnlyList<(string Quote, string? Speaker)> Expected)
{
    public const string Arrow = " ⇒ ";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "QuoteGold");

    public static IReadOnlyList<GoldArticle> LoadAll()
    {
        var articles = new List<GoldArticle>();
        foreach (var path in Directory.GetFiles(Folder, "*.txt"))
        {
            articles.Add(Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return articles;
    }

    public static GoldArticle Parse(string name, string content)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        var paragraphs = new List<string>();
        var expected = new List<(string, string?)>();
        var current = new List<string>();
        var inExpected = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("#", StringComparison.Ordinal) && !inExpected)
            {
                continue;
            }

            if (line == "===")
            {
                Flush(current, paragraphs);
                inExpected = true;
                continue;
            }

            if (inExpected)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var arrow = line.LastIndexOf(Arrow, StringComparison.Ordinal);
                if (arrow < 0)
                {
                    throw new FormatException($"{name}: expected 'quote ⇒ speaker', got '{line}'");
                }

                var speaker = line.Substring(arrow + Arrow.Length).Trim();
                expected.Add((line.Substring(0, arrow), speaker == "-" ? null : speaker));
            }
            else if (line.Trim().Length == 0)
            {
                Flush(current, paragraphs);
            }
            else
            {
                current.Add(line);
            }
        }

        Flush(current, paragraphs);
        return new GoldArticle(name, name.Substring(0, 2), paragraphs, expected);
    }

    private static void Flush(List<string> current, List<string> paragraphs)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(" ", current));
            current.Clear();
        }
    }
}
