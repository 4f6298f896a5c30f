using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>Analyzer config options from a dictionary (what MSBuild's generated .editorconfig provides).</summary>
internal sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>Global build properties plus per-file metadata keyed by the AdditionalText's path.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly TestAnalyzerConfigOptions None = new(new Dictionary<string, string>());
    private readonly IReadOnlyDictionary<string, TestAnalyzerConfigOptions> _files;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, TestAnalyzerConfigOptions> files)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(global);
        _files = files;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : None;
}
