using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedCatalog.Benchmarks.Infrastructure;
using SeedCatalog.Generator.Analysis;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// <c>analyzer COUNT [RUNS]</c>: the lookup analyzer's own cost on a catalog of COUNT seeds. The consumer's code
/// (with constant lookups, good and bad) and the generated sources are compiled; each run takes a fresh copy
/// of that compilation and times (1) compiling and emitting it, (2) running a no-op analyzer that registers the
/// same actions, (3) running <see cref="CatalogLookupAnalyzer"/>. (3) minus (2) is the analyzer's own work;
/// the driver's part and the binding both pay are in both.
/// </summary>
internal static class AnalyzerProbe
{
    private const string Usage = """
        namespace Consumer
        {
            public static class Lookups
            {
                public static int Run(string someVariable)
                {
                    var a = Seeds.QuotesBy("Rute").Count + Seeds.QuotesBy("Rutte").Count;
                    var b = Seeds.ById.ContainsKey("000001_86e3e67247f04e7") ? 1 : 0;
                    var c = Seeds.ById[someVariable].Title.Length;
                    var d = Seeds.InMonth(2022, 13).Count + Seeds.Between(new System.DateTime(2022, 2, 30), System.DateTime.Today).Count;
                    var e = 0;
                    for (var i = 0; i < 200; i++) { e += string.Concat("x", i.ToString()).Length + System.Math.Max(i, 3); }
                    return a + b + c + d + e;
                }
            }
        }
        """;

    public static int Run(int count, int runs)
    {
        var inputs = new CorpusInputs(count);
        var generated = Consumer.Generate(inputs);
        var trees = generated.Select(g => CSharpSyntaxTree.ParseText(g.Text, Consumer.ParseOptions, path: g.HintName))
            .Append(CSharpSyntaxTree.ParseText(Usage, Consumer.ParseOptions, path: "Lookups.cs"))
            .Append(CSharpSyntaxTree.ParseText(Consumer.ProgramSource, Consumer.ParseOptions, path: "Program.cs"))
            .ToArray();
        var table = generated.Single(g => g.HintName.EndsWith("LookupTable.g.cs", StringComparison.Ordinal)).Text.Length;
        Console.WriteLine($"{count} seeds; {generated.Count} generated files, {generated.Sum(g => g.Text.Length) / 1e6:0.0} M chars, lookup table {table / 1e3:0} k chars");

        // What the compilation start costs on a fresh compilation: the assembly's attributes (bound by the compiler
        // for emit anyway), then finding the catalog's symbols.
        var attributes = new List<double>();
        var find = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var fresh = Consumer.Compilation(trees);
            attributes.Add(Time(() => fresh.Assembly.GetAttributes()));
            find.Add(Time(() => CatalogSymbols.FindUncached(fresh)));
        }

        Console.WriteLine($"fresh compilation: assembly attributes {Median(attributes):0.0} ms, then the catalog's symbols {Median(find):0.0} ms");

        // The analyzer's own work per compilation, on a compilation the compiler has already bound (as in a build,
        // where the binding is the compiler's anyway): find the table and the catalog, build the sets, check, suggest.
        var bound = Consumer.Compilation(trees);
        bound.GetDiagnostics();
        var own = new List<double>();
        var sets = new List<double>();
        var idSuggestions = new List<double>();
        var speakerSuggestions = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            own.Add(Time(() =>
            {
                var symbols = CatalogSymbols.FindUncached(bound)!;
                sets.Add(Time(() => { symbols.Table.HasId("000001_86e3e67247f04e7"); symbols.Table.FindsSpeaker("Rute"); }));
                idSuggestions.Add(Time(() => symbols.Table.IdsLike("000001_86e3e67247f04e7")));
                speakerSuggestions.Add(Time(() => symbols.Table.SpeakersLike("Rute")));
            }));
        }

        Console.WriteLine($"own work on a bound compilation, table read anew (ms, median of {runs}): {Median(own):0.0}: sets of ids and speaker names {Median(sets):0.0}, id suggestions {Median(idSuggestions):0.0}, speaker suggestions {Median(speakerSuggestions):0.0}");

        var emit = new List<double>();
        var noop = new List<double>();
        var lookup = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            emit.Add(Time(() => Consumer.Emit(Consumer.Compilation(trees), Consumer.Resources(inputs))));
            noop.Add(Time(() => Analyze(Consumer.Compilation(trees), new NoOpAnalyzer())));
            var diagnostics = ImmutableArray<Diagnostic>.Empty;
            lookup.Add(Time(() => diagnostics = Analyze(Consumer.Compilation(trees), new CatalogLookupAnalyzer())));
            if (run == 0)
            {
                foreach (var diagnostic in diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden))
                {
                    Console.WriteLine("  " + diagnostic);
                }
            }
        }

        // Both analyzers in one driver, as csc runs them, with the time the driver charges each (what -p:ReportAnalyzer shows).
        var charged = new List<(double NoOp, double Lookup)>();
        for (var run = 0; run < runs; run++)
        {
            charged.Add(Charged(Consumer.Compilation(trees)));
        }

        Console.WriteLine($"charged by the driver, both in one run (ms, median of {runs}): no-op {Median(charged.Select(c => c.NoOp).ToList()):0}, CatalogLookupAnalyzer {Median(charged.Select(c => c.Lookup).ToList()):0}");
        Console.WriteLine($"compile + emit (ms, median of {runs}): {Median(emit):0}");
        Console.WriteLine($"no-op analyzer, same actions (ms): {Median(noop):0}");
        Console.WriteLine($"CatalogLookupAnalyzer (ms): {Median(lookup):0}");
        Console.WriteLine($"analyzer's own work: {Median(lookup) - Median(noop):0} ms = {(Median(lookup) - Median(noop)) / Median(emit):P1} of compile + emit");
        return 0;
    }

    private static (double NoOp, double Lookup) Charged(Compilation compilation)
    {
        var noOp = new NoOpAnalyzer();
        var lookup = new CatalogLookupAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(noOp, lookup), options);
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var noOpTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(noOp, default).GetAwaiter().GetResult().ExecutionTime;
        var lookupTime = withAnalyzers.GetAnalyzerTelemetryInfoAsync(lookup, default).GetAwaiter().GetResult().ExecutionTime;
        return (noOpTime.TotalMilliseconds, lookupTime.TotalMilliseconds);
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, DiagnosticAnalyzer analyzer)
        => compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Registers what <see cref="CatalogLookupAnalyzer"/> registers, and does nothing (a probe, never shipped).</summary>
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("NOOP001", "never", "never", "probe", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                start.RegisterOperationAction(_ => { }, OperationKind.PropertyReference);
            });
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
