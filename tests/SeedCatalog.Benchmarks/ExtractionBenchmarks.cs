using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Diagnosers;
using SeedCatalog.Benchmarks.Infrastructure;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// Parse + extract (ArticleReader) over 500 seeds, with a CPU-sampling EventPipe profile
/// (a speedscope file in BenchmarkDotNet.Artifacts) to see where the time goes.
/// </summary>
[MemoryDiagnoser]
[EventPipeProfiler(EventPipeProfile.CpuSampling)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmarks
{
    private CorpusInputs _inputs = null!;

    [GlobalSetup]
    public void Setup() => _inputs = new CorpusInputs(500);

    [Benchmark(Description = "ArticleReader.Read x500")]
    public int Read()
    {
        var n = 0;
        foreach (var s in _inputs.Seeds)
        {
            n += ArticleReader.Read(s.Id, s.Text).Article!.Quotes.Count;
        }

        return n;
    }
}
