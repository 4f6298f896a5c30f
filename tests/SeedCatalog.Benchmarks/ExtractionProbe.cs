using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using SeedCatalog.Benchmarks.Infrastructure;
using SeedCatalog.Generator;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// <c>extract COUNT [ROUNDS]</c>: times each stage of ArticleBuilder on its own over COUNT seeds,
/// ROUNDS times, and prints the median in µs per article (wall and process CPU: the machine is shared)
/// and bytes allocated per article.
/// </summary>
internal static class ExtractionProbe
{
    public static int Run(int count, int rounds)
    {
        var inputs = new CorpusInputs(count);
        if (Environment.GetEnvironmentVariable("EXTRACT_ONLY_READ") == "1")
        {
            Stage("SeedPath.Read (all)", count, rounds, () => { foreach (var s in inputs.Seeds) SeedPath.Read(s.Id, s.Text); });
            return 0;
        }

        Console.WriteLine($"{count} seeds, {inputs.Utf8Bytes / 1e6:0.0} MB, {inputs.Utf8Bytes / count} B/seed, {rounds} rounds, median");
        var documents = inputs.Seeds.Select(s => SeedParser.Parse(s.Text)).ToList();
        var texts = documents.Select(d => d.Paragraphs.Select(p => p.Of(d.Text)).ToList()).ToList();
        var languages = texts.Select(t => LanguageDetector.Detect(string.Join("\n", t))).ToList();
        var paragraphCount = texts.Sum(t => t.Count);
        Console.WriteLine($"{paragraphCount / (double)count:0.0} paragraphs/seed, {languages.Count(l => l == SeedCatalog.Generator.Model.Language.English)} English");

        Stage("parse format and layout (SeedParser)", count, rounds, () => { foreach (var s in inputs.Seeds) SeedParser.Parse(s.Text); });
        Stage("paragraph substrings", count, rounds, () =>
        {
            for (var i = 0; i < count; i++)
            {
                foreach (var p in documents[i].Paragraphs) p.Of(documents[i].Text);
            }
        });
        Stage("language (join + detect)", count, rounds, () => { foreach (var t in texts) LanguageDetector.Detect(string.Join("\n", t)); });
        Stage("language (detect over paragraphs)", count, rounds, () => { foreach (var t in texts) LanguageDetector.Detect(t); });
        var spans = new List<QuoteSpan>();
        Stage("quotes: quote span scan only", count, rounds, () =>
        {
            foreach (var t in texts)
            {
                foreach (var p in t) { spans.Clear(); QuoteSpanScanner.Scan(p, spans); }
            }
        });
        Stage("quotes: cut + quote spans + sentences", count, rounds, () =>
        {
            for (var i = 0; i < count; i++)
            {
                var paragraph = QuoteExtractor.Reused(QuoteLexicon.For(languages[i]));
                foreach (var t in texts[i]) paragraph.Load(t);
            }
        });
        Stage("quotes: body (QuoteExtractor)", count, rounds, () => { for (var i = 0; i < count; i++) QuoteExtractor.Extract(texts[i], languages[i]); });
        Stage("quotes: headlines", count, rounds, () =>
        {
            for (var i = 0; i < count; i++)
            {
                var teasers = documents[i].Teasers;
                for (var k = 0; k < teasers.Count; k++) QuoteExtractor.ExtractFromHeadline(teasers[k].Headline.Of(documents[i].Text), k, languages[i]);
            }
        });
        var paragraphTokens = new ParagraphTokens();
        Stage("shared tokens (cut + look up)", count, rounds, () =>
        {
            for (var i = 0; i < count; i++)
            {
                var senses = WordSenses.For(languages[i]);
                foreach (var p in texts[i]) paragraphTokens.Load(p, senses);
            }
        });
        var words = 0L;
        var nonAscii = 0L;
        var hits = 0L;
        for (var i = 0; i < count; i++)
        {
            var senses = WordSenses.For(languages[i]);
            foreach (var p in texts[i])
            {
                paragraphTokens.Load(p, senses);
                for (var k = 0; k < paragraphTokens.TimeTokenCount; k++)
                {
                    var token = paragraphTokens.TimeTokens[k];
                    if (token.Kind != TimeTokenKind.Word) continue;
                    words++;
                    hits += paragraphTokens.IsTimeWord[k] ? 1 : 0;
                    for (var c = token.Start; c < token.End; c++)
                    {
                        if (p[c] >= 128) { nonAscii++; break; }
                    }
                }
            }
        }

        Console.WriteLine($"{words / (double)count:0} time words/article, {nonAscii / (double)count:0.0} with non-ASCII letters");
        Console.WriteLine($"{hits / (double)count:0.0} time lexicon hits/article");
        foreach (var word in new[] { "gisteren", "gemeente", "zijn", "de", "Kamer", "vorige", "woordvoerder" })
        {
            var nl = WordSenses.Dutch;
            var found = false;
            var best = double.MaxValue;
            for (var batch = 0; batch < 20; batch++)
            {
                var w = Stopwatch.StartNew();
                for (var r = 0; r < 100_000; r++) found ^= nl.TryGet(word, 0, word.Length, out _);
                w.Stop();
                best = Math.Min(best, w.Elapsed.TotalMilliseconds * 1e6 / 100_000);
            }

            Console.WriteLine($"TryGet({word}) {best:0.0} ns (best of 20 batches)");
        }

        Stage("time (TimeExpressionExtractor)", count, rounds, () => { for (var i = 0; i < count; i++) TimeExpressionExtractor.Extract(texts[i], documents[i].Header.Date, languages[i]); });
        Stage("title sentence", count, rounds, () => { for (var i = 0; i < count; i++) SentenceSplitter.FirstSentenceLength(texts[i][0]); });
        Stage("SeedPath.Read (all)", count, rounds, () => { foreach (var s in inputs.Seeds) SeedPath.Read(s.Id, s.Text); });
        return 0;
    }

    private static void Stage(string name, int count, int rounds, Action action)
    {
        action();
        var times = new List<double>();
        var cpu = new List<double>();
        var bytes = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / count);
            bytes.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count);
            times.Add(watch.Elapsed.TotalMilliseconds * 1000 / count);
        }

        times.Sort();
        cpu.Sort();
        bytes.Sort();
        Console.WriteLine($"{name,-36} {times[times.Count / 2],8:0.00} µs/article wall (min {times[0],7:0.00}), {cpu[cpu.Count / 2],8:0.00} µs CPU  {bytes[bytes.Count / 2],9:0} B/article");
    }
}
