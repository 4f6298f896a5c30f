using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>Which reference assemblies the test compilation uses.</summary>
public enum TargetReferences
{
    Net100,
    NetStandard20,
}

/// <summary>
/// Runs <see cref="SeedCatalogGenerator"/> through a <see cref="CSharpGeneratorDriver"/> the way the
/// compiler would: seeds as AdditionalFiles marked by metadata, options as build properties; then
/// compiles the result. Step tracking is on so tests can assert what was cached.
/// </summary>
public sealed class GeneratorHarness
{
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);
    private readonly List<(AdditionalText Text, Dictionary<string, string> Metadata)> _files = new();
    private readonly List<string> _sources = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public TargetReferences References { get; set; } = TargetReferences.Net100;

    public NullableContextOptions Nullable { get; set; } = NullableContextOptions.Enable;

    public GeneratorHarness Property(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    public GeneratorHarness Seed(SeedInput seed) => Seed(seed.Id, seed.Text);

    public GeneratorHarness Seed(string id, string text)
    {
        var path = new SeedInput(id, text).Path;
        _files.Add((new InMemoryAdditionalText(path, text), new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
            ["build_metadata.AdditionalFiles.SeedCatalogId"] = id,
        }));
        return this;
    }

    /// <summary>A seed at a chosen path, decoded with a chosen encoding (as the compiler reports it).</summary>
    public GeneratorHarness SeedFile(string path, string id, string text, System.Text.Encoding? encoding = null)
    {
        _files.Add((new InMemoryAdditionalText(path, text, encoding), new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
            ["build_metadata.AdditionalFiles.SeedCatalogId"] = id,
        }));
        return this;
    }

    /// <summary>How the compilation treats diagnostic ids (what .globalconfig or -warnaserror give csc).</summary>
    public SyntaxTreeOptionsProvider? SyntaxTreeOptions { get; set; }

    /// <summary>An AdditionalFile that is not a seed (another analyzer's input).</summary>
    public GeneratorHarness OtherAdditionalFile(string path, string text)
    {
        _files.Add((new InMemoryAdditionalText(path, text), new Dictionary<string, string>()));
        return this;
    }

    public GeneratorHarness Source(string code)
    {
        _sources.Add(code);
        return this;
    }

    public IEnumerable<AdditionalText> AdditionalTexts => _files.Select(f => f.Text);

    /// <summary>Diagnose reports malformed XML doc comments, as GenerateDocumentationFile=true does.</summary>
    public DocumentationMode Documentation { get; set; } = DocumentationMode.Parse;

    public CSharpParseOptions ParseOptions => new(LanguageVersion, Documentation);

    /// <remarks>Options are found by path, as the compiler's are: files at the same path share the first one's metadata.</remarks>
    public AnalyzerConfigOptionsProviderFactory OptionsFactory => new(_properties, _files.GroupBy(f => f.Text.Path).ToDictionary(g => g.Key, g => new TestAnalyzerConfigOptions(g.First().Metadata)));

    public GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new SeedCatalogGenerator().AsSourceGenerator() },
            AdditionalTexts,
            ParseOptions,
            OptionsFactory.Create(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public CSharpCompilation CreateCompilation()
    {
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions));
        var references = References == TargetReferences.Net100
            ? Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            : Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>();
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: LanguageVersion >= LanguageVersion.CSharp8 ? Nullable : NullableContextOptions.Disable, deterministic: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Warn })
                .WithSyntaxTreeOptionsProvider(SyntaxTreeOptions));
    }

    /// <summary>Runs the generator once and compiles its output.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }
}

/// <summary>Builds the options provider (a fresh one models an options change).</summary>
public sealed class AnalyzerConfigOptionsProviderFactory
{
    private readonly IReadOnlyDictionary<string, string> _global;
    private readonly IReadOnlyDictionary<string, TestAnalyzerConfigOptions> _files;

    internal AnalyzerConfigOptionsProviderFactory(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, TestAnalyzerConfigOptions> files)
    {
        _global = new Dictionary<string, string>(global);
        _files = files;
    }

    internal Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider Create() => new TestAnalyzerConfigOptionsProvider(_global, _files);
}

/// <summary>One generator run: the driver (to run again), its result, and the compiled output.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The SEED diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Compiler diagnostics of the output, warnings and errors.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems
        => Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string SourceOf(string hintNameStart)
        => Result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith(hintNameStart, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Emits the output (with documentation) and loads it, to call the generated catalog.</summary>
    public System.Reflection.Assembly Load()
    {
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        EmitResult emit = Compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code did not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        peStream.Position = 0;
        return context.LoadFromStream(peStream);
    }
}
