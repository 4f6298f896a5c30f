using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using SeedCatalog.Benchmarks.Infrastructure;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// <c>first COUNT [ROUNDS]</c>: goal (d) with a stopwatch, each round in a freshly loaded copy of the
/// consumer (JIT included): first access to <c>Seeds.All</c> against reading and parsing the same
/// seeds from the consumer's resources with the generator's parser. Quicker than BenchmarkDotNet's
/// RuntimeBenchmarks, and the same measurement.
/// </summary>
public static class FirstAccessProbe
{
    public static int Run(int count, int rounds)
    {
        var inputs = new CorpusInputs(count);
        var trees = Consumer.Generate(inputs).Select(g => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(g.Text, Consumer.ParseOptions, path: g.HintName)).ToList();
        var assembly = Consumer.Emit(Consumer.Compilation(trees), Consumer.Resources(inputs));
        Console.WriteLine($"consumer of {count} seeds: {assembly.Length / 1e6:0.0} MB");
        for (var round = 0; round < rounds; round++)
        {
            if (Environment.GetEnvironmentVariable("PROBE_SPLIT") == "1")
            {
                InFreshCopy(assembly, catalog =>
                {
                    var w = Stopwatch.StartNew();
                    var named = catalog.GetProperties().First(p => p.Name.StartsWith("Article", StringComparison.Ordinal));
                    var t0 = w.Elapsed.TotalMilliseconds;
                    named.GetValue(null);
                    var t1 = w.Elapsed.TotalMilliseconds;
                    var shardAt = catalog.GetMethod("ShardAt", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
                    for (var s = 0; s < 128; s++) shardAt.Invoke(null, new object[] { s });
                    var t2 = w.Elapsed.TotalMilliseconds;
                    FirstAccess(catalog);
                    var t3 = w.Elapsed.TotalMilliseconds;
                    Console.WriteLine($"  split: reflect+typeload {t0:0.0} ms, one named member (one shard) {t1 - t0:0.0} ms, all shards {t2 - t1:0.0} ms, All {t3 - t2:0.0} ms");
                    return 0;
                });
            }

            var access = InFreshCopy(assembly, FirstAccess);
            var parse = InFreshCopy(assembly, catalog => ResourceParsing.ParseAll(catalog.Assembly));
            Console.WriteLine($"round {round + 1}: first access to All {access:0.0} ms, parsing the resources {parse:0.0} ms = {100 * access / parse:0.0}%");
        }

        return 0;
    }

    private static double InFreshCopy(byte[] assembly, Func<Type, int> action)
    {
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        var catalog = context.LoadFromStream(new MemoryStream(assembly)).GetType("Consumer.Seeds", throwOnError: true)!;
        var watch = Stopwatch.StartNew();
        action(catalog);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        context.Unload();
        return elapsed;
    }

    private static int FirstAccess(Type catalog)
    {
        var all = (IEnumerable)catalog.GetProperty("All")!.GetValue(null)!;
        var count = 0;
        foreach (var unused in all)
        {
            count++;
        }

        return count;
    }
}
