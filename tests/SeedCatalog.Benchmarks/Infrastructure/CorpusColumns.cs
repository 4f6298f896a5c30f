using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SeedCatalog.Corpus;

namespace SeedCatalog.Benchmarks.Infrastructure;

/// <summary>Columns that relate a benchmark to the size of its corpus: seed MB, MB/s of seed text, bytes allocated per seed byte.</summary>
public static class CorpusColumns
{
    private static readonly ConcurrentDictionary<int, long> Sizes = new();

    public static long BytesOf(int seeds) => Sizes.GetOrAdd(seeds, n => SyntheticCorpus.Utf8Bytes(SyntheticCorpus.Generate(n)));

    private static long? CorpusBytes(BenchmarkCase benchmarkCase)
        => benchmarkCase.Parameters["Seeds"] is int seeds ? BytesOf(seeds) : null;

    /// <summary>Adds the three columns.</summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(
                new Column("Seed MB", (_, bytes, _) => (bytes / 1e6).ToString("0.0")),
                new Column("MB/s", (s, bytes, c) => s[c]?.ResultStatistics is { } stats ? (bytes / 1e6 / (stats.Mean / 1e9)).ToString("0.0") : "-"),
                new Column("Alloc B/seed B", (s, bytes, c) => s[c]?.GcStats.GetBytesAllocatedPerOperation(c) is long allocated ? (allocated / (double)bytes).ToString("0.00") : "-"));
        }
    }

    private sealed class Column : IColumn
    {
        private readonly System.Func<Summary, long, BenchmarkCase, string> _value;

        public Column(string name, System.Func<Summary, long, BenchmarkCase, string> value)
        {
            ColumnName = name;
            _value = value;
        }

        public string Id => nameof(CorpusColumns) + "." + ColumnName;
        public string ColumnName { get; }
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => ColumnName switch
        {
            "MB/s" => "MB of seed text (UTF-8) per second of mean time",
            "Alloc B/seed B" => "bytes allocated per byte of seed text",
            _ => "size of the corpus in MB (UTF-8)",
        };

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
            => CorpusBytes(benchmarkCase) is long bytes ? _value(summary, bytes, benchmarkCase) : "-";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
