using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedCatalog.Corpus;

namespace SeedCatalog.Benchmarks.Infrastructure;

/// <summary>
/// A synthetic corpus as the compiler hands it to the generator: AdditionalFiles marked as seeds
/// by metadata, and the build properties SeedCatalog's targets set (Resource storage).
/// </summary>
public sealed class CorpusInputs
{
    private readonly Dictionary<string, ConfigOptions> _files = new();
    private readonly Dictionary<string, string> _global;

    public CorpusInputs(int count, string storage = "Resource")
    {
        Seeds = SyntheticCorpus.Generate(count);
        Utf8Bytes = SyntheticCorpus.Utf8Bytes(Seeds);
        var texts = ImmutableArray.CreateBuilder<AdditionalText>(count);
        foreach (var seed in Seeds)
        {
            var text = Text(seed);
            texts.Add(text);
            _files[text.Path] = Metadata(seed.Id);
        }

        AdditionalTexts = texts.MoveToImmutable();
        _global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.SeedCatalogTextStorage"] = storage,
            ["build_property.SeedCatalogNamedMembers"] = System.Environment.GetEnvironmentVariable("PROBE_NAMED_MEMBERS") ?? string.Empty,
        };
        Options = new ConfigProvider(_global, _files);
    }

    public IReadOnlyList<CorpusSeed> Seeds { get; }

    public long Utf8Bytes { get; }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public static string PathOf(string id) => "/consumer/seeds/" + id + ".txt";

    public static string ResourceNameOf(string id) => SeedCatalog.Generator.Model.ArticleModel.DefaultResourceName(id);

    /// <summary>
    /// What the compiler server hands a reused driver on the next build (<c>/features:enable-generator-cache</c>):
    /// new AdditionalText objects for every file, each decoding its file's UTF-8 bytes on first use (fresh strings,
    /// as a read from disk gives), with seed <paramref name="editedIndex"/> replaced by <paramref name="edited"/>.
    /// </summary>
    public ImmutableArray<AdditionalText> FreshTexts(int editedIndex, CorpusSeed edited)
    {
        var texts = ImmutableArray.CreateBuilder<AdditionalText>(Seeds.Count);
        for (var i = 0; i < Seeds.Count; i++)
        {
            var seed = i == editedIndex ? edited : Seeds[i];
            texts.Add(new FileAdditionalText(PathOf(seed.Id), Encoding.UTF8.GetBytes(seed.Text)));
        }

        return texts.MoveToImmutable();
    }

    /// <summary>A new options provider with the same content (new objects), as the server makes for each build.</summary>
    public AnalyzerConfigOptionsProvider FreshOptions()
    {
        var files = new Dictionary<string, ConfigOptions>();
        foreach (var seed in Seeds)
        {
            files[PathOf(seed.Id)] = Metadata(seed.Id);
        }

        return new ConfigProvider(new Dictionary<string, string>(_global), files);
    }

    /// <summary>An AdditionalFile for a seed; an edited seed keeps its path (and metadata).</summary>
    public static AdditionalText Text(CorpusSeed seed) => new MemoryAdditionalText(PathOf(seed.Id), seed.Text);

    private static ConfigOptions Metadata(string id) => new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
        ["build_metadata.AdditionalFiles.SeedCatalogId"] = id,
    });

    private sealed class MemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>An AdditionalFile read from "disk" (its bytes) on first use, as the compiler's own.</summary>
    private sealed class FileAdditionalText : AdditionalText
    {
        private readonly byte[] _bytes;
        private SourceText? _text;

        public FileAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            _bytes = bytes;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
            => _text ??= SourceText.From(_bytes, _bytes.Length, Encoding.UTF8, canBeEmbedded: false);
    }

    private sealed class ConfigOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public ConfigOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    private sealed class ConfigProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly ConfigOptions None = new(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, ConfigOptions> _files;

        public ConfigProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, ConfigOptions> files)
        {
            GlobalOptions = new ConfigOptions(global);
            _files = files;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _files.TryGetValue(textFile.Path, out var options) ? options : None;
    }
}
