using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Benchmarks.Infrastructure;
using SeedCatalog.Corpus;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// (a) The generator's cold run over the corpus, against a generator that only reads the files;
/// (b) warm re-runs of the same driver: no change, one seed edited, an unrelated .cs file edited, and the
/// compiler server's reuse (new AdditionalText objects and options for every file, one seed edited).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(CorpusColumns.Config))]
public class GeneratorBenchmarks
{
    private CorpusInputs _inputs = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _seed = null!;
    private AdditionalText _editedSeed = null!;
    private System.Collections.Immutable.ImmutableArray<AdditionalText> _serverTexts;
    private Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider _serverOptions = null!;

    [Params(1_000, 10_000)]
    public int Seeds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CorpusInputs(Seeds);
        _compilation = Consumer.Compilation();
        var tree = _compilation.SyntaxTrees[0];
        _editedCompilation = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Consumer.ProgramSource + "\n// edited\n")));
        _warm = Consumer.Seeds(_inputs).RunGenerators(_compilation);
        var middle = Seeds / 2;
        _seed = _inputs.AdditionalTexts[middle];
        _editedSeed = CorpusInputs.Text(SyntheticCorpus.Edited(_inputs.Seeds[middle]));
        _serverTexts = _inputs.FreshTexts(middle, SyntheticCorpus.Edited(_inputs.Seeds[middle]));
        _serverOptions = _inputs.FreshOptions();
    }

    [Benchmark(Baseline = true, Description = "cold: empty generator")]
    public GeneratorDriver ColdEmpty() => Consumer.Driver(_inputs, new EmptyGenerator()).RunGenerators(_compilation);

    [Benchmark(Description = "cold: SeedCatalog")]
    public GeneratorDriver Cold() => Consumer.Seeds(_inputs).RunGenerators(_compilation);

    [Benchmark(Description = "warm: no change")]
    public GeneratorDriver WarmNoChange() => _warm.RunGenerators(_compilation);

    [Benchmark(Description = "warm: one seed edited")]
    public GeneratorDriver WarmOneSeedEdited() => _warm.ReplaceAdditionalText(_seed, _editedSeed).RunGenerators(_compilation);

    [Benchmark(Description = "warm: server reuse, one seed edited")]
    public GeneratorDriver WarmServerReuse() => _warm.ReplaceAdditionalTexts(_serverTexts).WithUpdatedAnalyzerConfigOptions(_serverOptions).RunGenerators(_compilation);

    [Benchmark(Description = "warm: unrelated .cs edited")]
    public GeneratorDriver WarmUnrelatedEdit() => _warm.RunGenerators(_editedCompilation);
}
