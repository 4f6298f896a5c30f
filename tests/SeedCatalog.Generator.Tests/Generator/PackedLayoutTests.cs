using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedCatalog.Corpus;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Generator;

/// <summary>
/// The packed records' layout (Emit/PackedLayout.cs) is written by ArticleDataWriter and read by the catalog's
/// templates through the generated SeedCatalogLayout: the catalog declares every place, and reads back every
/// number the generator wrote.
/// </summary>
public class PackedLayoutTests
{
    private const string Namespace = "SeedCatalog.";

    [Fact]
    public void The_catalog_declares_the_layout_the_generator_writes_by()
    {
        var assembly = new GeneratorHarness().Seed(RepoSeeds.Input()).Run().Load();
        var declared = assembly.GetType(Namespace + LayoutEmitter.ClassName, throwOnError: true)!
            .GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);

        var expected = LayoutEmitter.Records
            .SelectMany(l => System.Enum.GetNames(l.Layout).Select(name => (l.Prefix + name, (int)System.Enum.Parse(l.Layout, name))))
            .ToDictionary(p => p.Item1, p => p.Item2);
        Assert.Equal(expected.OrderBy(p => p.Key), declared.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_catalog_reads_back_every_number_the_generator_wrote()
    {
        var seeds = new[] { RepoSeeds.Input() }.Concat(SyntheticCorpus.Generate(40).Select(s => new SeedInput(s.Id, s.Text))).ToList();
        var harness = new GeneratorHarness().Property("SeedCatalogTextStorage", "Inline");
        foreach (var seed in seeds)
        {
            harness.Seed(seed);
        }

        var assembly = harness.Run().Load();
        var byId = Reflect.Items(Reflect.Static(assembly, Namespace + "Seeds", "All")).ToDictionary(a => Reflect.Get<string>(a, "Id"));
        foreach (var seed in seeds)
        {
            var model = SeedPath.Read(seed.Id, seed.Text).Article!;
            Assert.Equal(Expected(model), Actual(byId[seed.Id]));
        }
    }

    private static List<string> Expected(ArticleModel a)
    {
        var text = a.Text;
        var lines = new List<string>
        {
            Line("article", a.Id, a.Title.Of(text), a.Date.ToString(), a.Language.Code(), a.WordCount, text),
        };
        lines.AddRange(a.Paragraphs.Select(p => Line("paragraph", p.Of(text))));
        lines.AddRange(a.Sections.Select(s => Line("section", s.Heading?.Of(text), s.FirstParagraph, s.ParagraphCount)));
        lines.AddRange(a.Related.Select(r => Line("related", r.Count, r.Title.Of(text))));
        lines.AddRange(a.Quotes.Select(q => Quote(q, a.Paragraphs[q.Paragraph].Start, text, inTeaser: false)));
        lines.AddRange(a.Related.SelectMany(r => r.Quotes.Select(q => Quote(q, r.Title.Start, text, inTeaser: true))));
        lines.AddRange(a.People.Select(p => Line("person", p.Name, p.Role)));
        lines.AddRange(a.TimeExpressions.Select(t => Line(
            "time", text.Substring(a.Paragraphs[t.Paragraph].Start + t.Offset, t.Length), t.Paragraph, t.Offset, t.Kind.ToString(), t.Value, Day(t.Earliest), Day(t.Latest))));
        return lines;
    }

    private static List<string> Actual(object a)
    {
        var lines = new List<string>
        {
            Line("article", Reflect.Get<string>(a, "Id"), Reflect.Get<string>(a, "Title"), Reflect.Get(a, "Date")!.ToString(), Reflect.Get<string>(a, "Language"), Reflect.Get<int>(a, "WordCount"), Reflect.Get<string>(a, "Text")),
        };
        lines.AddRange(Reflect.Items(Reflect.Get(a, "Paragraphs")).Select(p => Line("paragraph", (string)p)));
        lines.AddRange(Reflect.Items(Reflect.Get(a, "Sections")).Select(s => Line("section", Reflect.Get(s, "Heading"), Reflect.Get(s, "FirstParagraph"), Reflect.Get(s, "ParagraphCount"))));
        var related = Reflect.Items(Reflect.Get(a, "Related"));
        lines.AddRange(related.Select(r => Line("related", Reflect.Get(r, "Count"), Reflect.Get(r, "Title"))));
        lines.AddRange(Reflect.Items(Reflect.Get(a, "Quotes")).Select(Quote));
        lines.AddRange(related.SelectMany(r => Reflect.Items(Reflect.Get(r, "Quotes"))).Select(Quote));
        lines.AddRange(Reflect.Items(Reflect.Get(a, "People")).Select(p => Line("person", Reflect.Get(p, "Name"), Reflect.Get(p, "Role"))));
        lines.AddRange(Reflect.Items(Reflect.Get(a, "TimeExpressions")).Select(t => Line(
            "time", Reflect.Get(t, "Text"), Reflect.Get(t, "Paragraph"), Reflect.Get(t, "Offset"), Reflect.Get(t, "Kind")!.ToString(), Reflect.Get(t, "Value"), Date(Reflect.Get(t, "Earliest")), Date(Reflect.Get(t, "Latest")))));
        return lines;
    }

    private static string Quote(QuoteModel q, int start, string text, bool inTeaser)
        => Line("quote", text.Substring(start + q.Offset, q.Length), q.Paragraph, q.Offset, q.Speaker, q.Cue,
            q.SpeakerParagraph < 0 ? null : q.SpeakerParagraph, q.SpeakerOffset < 0 ? null : q.SpeakerOffset, q.SpeakerLength, inTeaser);

    private static string Quote(object q)
        => Line("quote", Reflect.Get(q, "Text"), Reflect.Get(q, "Paragraph"), Reflect.Get(q, "Offset"), Reflect.Get(q, "Speaker"), Reflect.Get(q, "Cue"),
            Reflect.Get(q, "SpeakerParagraph"), Reflect.Get(q, "SpeakerOffset"), Reflect.Get(q, "SpeakerLength"), Reflect.Get(q, "IsInTeaser"));

    private static string? Day(int yyyymmdd) => yyyymmdd <= 0 ? null : yyyymmdd.ToString(CultureInfo.InvariantCulture);

    private static string? Date(object? date) => ((System.DateTime?)date)?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Line(string what, params object?[] values)
        => what + ": " + string.Join(" | ", values.Select(v => v is null ? "null" : System.Convert.ToString(v, CultureInfo.InvariantCulture)));
}
