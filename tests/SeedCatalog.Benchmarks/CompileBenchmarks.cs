using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Benchmarks.Infrastructure;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// (c) Compiling the consumer (parse, bind, emit) with the generated catalog and the seeds embedded,
/// against the same consumer with the seeds only as embedded resources. The generator's own run is
/// measured by <see cref="GeneratorBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(CorpusColumns.Config))]
public class CompileBenchmarks
{
    private CorpusInputs _inputs = null!;
    private IReadOnlyList<(string HintName, string Text)> _generated = null!;
    private List<ResourceDescription> _resources = null!;

    [Params(1_000, 10_000)]
    public int Seeds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CorpusInputs(Seeds);
        _generated = Consumer.Generate(_inputs);
        _resources = Consumer.Resources(_inputs).ToList();
    }

    [Benchmark(Baseline = true, Description = "compile: seeds as EmbeddedResource only")]
    public int EmbeddedResourceOnly() => Consumer.Emit(Consumer.Compilation(), _resources).Length;

    [Benchmark(Description = "compile: with generated catalog")]
    public int WithCatalog()
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Consumer.ProgramSource, Consumer.ParseOptions) };
        foreach (var (hintName, text) in _generated)
        {
            trees.Add(CSharpSyntaxTree.ParseText(text, Consumer.ParseOptions, path: hintName));
        }

        return Consumer.Emit(Consumer.Compilation(trees), _resources).Length;
    }
}
