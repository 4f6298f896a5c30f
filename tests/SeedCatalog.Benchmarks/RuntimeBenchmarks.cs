using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using SeedCatalog.Benchmarks.Infrastructure;

namespace SeedCatalog.Benchmarks;

/// <summary>
/// (d) Run time, each iteration in a freshly loaded copy of the consumer (so every access is a
/// first access, JIT included): the whole catalog, one lookup by id, against reading and parsing the
/// same seeds from the assembly's embedded resources with the generator's own parser.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(CorpusColumns.Config))]
public class RuntimeBenchmarks
{
    private CorpusInputs _inputs = null!;
    private byte[] _assembly = null!;
    private AssemblyLoadContext? _context;
    private System.Type _catalog = null!;
    private string _id = null!;

    [Params(1_000, 10_000)]
    public int Seeds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CorpusInputs(Seeds);
        var trees = Consumer.Generate(_inputs).Select(g => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(g.Text, Consumer.ParseOptions, path: g.HintName)).ToList();
        _assembly = Consumer.Emit(Consumer.Compilation(trees), Consumer.Resources(_inputs));
        _id = _inputs.Seeds[Seeds / 3].Id;
    }

    [IterationSetup]
    public void Load()
    {
        _context = new AssemblyLoadContext("consumer", isCollectible: true);
        var assembly = _context.LoadFromStream(new MemoryStream(_assembly));
        _catalog = assembly.GetType("Consumer.Seeds", throwOnError: true)!;
    }

    [IterationCleanup]
    public void Unload()
    {
        _context?.Unload();
        _context = null;
    }

    [Benchmark(Baseline = true, Description = "startup: parse seeds from resources")]
    public int ParseFromResources() => ResourceParsing.ParseAll(_catalog.Assembly);

    [Benchmark(Description = "catalog: first access to All (+ every Title)")]
    public int FirstAccessAll()
    {
        var all = (IEnumerable)_catalog.GetProperty("All")!.GetValue(null)!;
        var titleProperty = (PropertyInfo?)null;
        var length = 0;
        foreach (var article in all)
        {
            titleProperty ??= article.GetType().GetProperty("Title")!;
            length += ((string)titleProperty.GetValue(article)!).Length;
        }

        return length;
    }

    [Benchmark(Description = "catalog: first lookup by id")]
    public object FirstLookupById()
    {
        var map = _catalog.GetProperty("ById")!.GetValue(null)!;
        return map.GetType().GetProperty("Item")!.GetValue(map, new object[] { _id })!;
    }

    [Benchmark(Description = "catalog: first lookup by id + its text")]
    public int FirstLookupWithText()
    {
        var map = _catalog.GetProperty("ById")!.GetValue(null)!;
        var article = map.GetType().GetProperty("Item")!.GetValue(map, new object[] { _id })!;
        return ((string)article.GetType().GetProperty("Text")!.GetValue(article)!).Length;
    }
}
