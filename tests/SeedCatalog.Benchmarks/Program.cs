using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using SeedCatalog.Corpus;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// <c>corpus DIR COUNT</c> writes a synthetic seed folder; <c>first COUNT</c> times first access at run
/// time; <c>probe COUNT</c> times every stage once with a stopwatch (quick, and the only way to look at 100k); <c>analyzer COUNT</c> times the lookup analyzer; anything else goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "corpus")
        {
            var bytes = SyntheticCorpus.WriteTo(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            Console.WriteLine($"wrote {args[2]} seeds, {bytes / 1e6:0.0} MB, to {args[1]}");
            return 0;
        }

        if (args.Length == 2 && args[0] == "compile-dir")
        {
            return StageProbe.CompileDirectory(args[1]);
        }

        if (args.Length >= 2 && args[0] == "extract")
        {
            return ExtractionProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length >= 2 && args[0] == "first")
        {
            return FirstAccessProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length >= 2 && args[0] == "digest")
        {
            return ResultDigest.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
        }

        if (args.Length >= 2 && args[0] == "analyzer")
        {
            return AnalyzerProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length >= 2 && args[0] == "probe")
        {
            return StageProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "all");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
