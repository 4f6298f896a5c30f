using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>Generated sources are byte-identical whatever the input order, line ends, culture and machine.</summary>
public class DeterminismTests
{
    private static readonly (string Id, string Text)[] Corpus =
    {
        ("000_db6bec3f799fe721", RepoSeeds.Read()),
        ("2021/en/sample", " date 2021-10-05 The minister said \"we will act\" on Tuesday. More text follows.\n\nA Heading\n\nSecond paragraph with İstanbul, IJsselmeer and ı.\n\n12 Teaser: 'quoted'"),
        ("i/Iı", "date 2022-02-03 Title with TITLE and title ǅ.\n\nİ ı I i 1,5 2.5 -3 ١٢٣."),
        ("dup", "date 2022 One."),
        ("Dup_", "date 2022 Two."),
        ("hostile", HostileText.AllInOneSeed()),
        ("bad/no-header", "No header.\n\nAt all."),
        ("bad/date", "date 2022-02-30 Impossible."),
    };

    [Fact]
    public void Output_does_not_depend_on_input_order_line_ends_or_culture()
    {
        var reference = Generate(Corpus, "\n");
        Assert.NotEmpty(reference);

        var reversed = Corpus.Reverse().ToArray();
        var shuffled = Corpus.OrderBy(c => c.Id.GetHashCode(StringComparison.Ordinal)).ToArray();
        AssertSame(reference, Generate(reversed, "\n"), "reversed order");
        AssertSame(reference, Generate(shuffled, "\r\n"), "CRLF, shuffled");
        AssertSame(reference, Generate(Corpus, "\r"), "CR");

        foreach (var culture in new[] { "tr-TR", "nl-NL", "ar-SA", "th-TH", "fa-IR", "" })
        {
            AssertSame(reference, InCulture(culture, () => Generate(reversed, "\r\n")), culture);
        }
    }

    [Fact]
    public void Diagnostics_do_not_depend_on_input_order()
    {
        string Describe((string Id, string Text)[] corpus)
            => string.Join("\n", Run(corpus, "\n").Diagnostics.Select(Snapshot.Describe).OrderBy(d => d, StringComparer.Ordinal));

        Assert.Equal(Describe(Corpus), Describe(Corpus.Reverse().ToArray()));
        Assert.Equal(Describe(Corpus), InCulture("tr-TR", () => Describe(Corpus)));
    }

    [Fact]
    public void Output_holds_no_paths_times_or_guids_and_hint_names_are_unique()
    {
        var run = Run(Corpus, "\n");
        var sources = run.Result.Results.Single().GeneratedSources;

        Assert.Equal(sources.Length, sources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(sources, s => Assert.Matches("^[A-Za-z0-9._-]+$", s.HintName));
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain("/project", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Environment.MachineName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.Now.Year.ToString(CultureInfo.InvariantCulture) + "-", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"), text);
            Assert.DoesNotContain('\r', text);
        }
    }

    [Fact]
    public void The_same_run_on_another_machine_path_gives_the_same_output()
    {
        var here = Generate(Corpus, "\n");
        var elsewhere = Generate(Corpus, "\n", root: "C:\\Users\\someone\\src\\app\\seeds\\");
        AssertSame(here, elsewhere, "other root");
    }

    private static GeneratorRun Run((string Id, string Text)[] corpus, string lineEnd, string root = "/project/seeds/")
    {
        var harness = new GeneratorHarness();
        foreach (var (id, text) in corpus)
        {
            var converted = HostileText.Normalize(text).Replace("\n", lineEnd);
            harness.SeedFile(root + id.Replace('/', root.Contains('\\', StringComparison.Ordinal) ? '\\' : '/') + ".txt", id, converted);
        }

        return harness.Run();
    }

    private static SortedDictionary<string, string> Generate((string Id, string Text)[] corpus, string lineEnd, string root = "/project/seeds/")
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in Run(corpus, lineEnd, root).Result.Results.Single().GeneratedSources)
        {
            result.Add(source.HintName, source.SourceText.ToString());
        }

        return result;
    }

    private static void AssertSame(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual, string what)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (hint, text) in expected)
        {
            Assert.True(string.Equals(text, actual[hint], StringComparison.Ordinal), what + ": " + hint + " differs");
        }
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
