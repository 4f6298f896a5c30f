using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using SeedCatalog.Generator;

namespace SeedCatalog.Benchmarks.Infrastructure;

/// <summary>The consumer project: one small source file, the generator's output, the seeds as manifest resources.</summary>
public static class Consumer
{
    public const string ProgramSource = "namespace Consumer { public static class Program { public static int Count() { return 0; } } }";

    /// <summary>As csc parses without <c>/doc</c> (the SDK's default: no GenerateDocumentationFile): doc comments are trivia.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, System.Environment.GetEnvironmentVariable("PROBE_DOCS") == "1" ? DocumentationMode.Diagnose : DocumentationMode.None);

    private static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: System.Environment.GetEnvironmentVariable("PROBE_NONULL") == "1" ? NullableContextOptions.Disable : NullableContextOptions.Enable, deterministic: true, optimizationLevel: OptimizationLevel.Release);

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create("Consumer", trees, Basic.Reference.Assemblies.Net100.References.All, CompilationOptions);

    public static CSharpCompilation Compilation() => Compilation(new[] { CSharpSyntaxTree.ParseText(ProgramSource, ParseOptions) });

    public static GeneratorDriver Driver(CorpusInputs inputs, IIncrementalGenerator generator, bool track = false)
        => CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            inputs.AdditionalTexts,
            ParseOptions,
            inputs.Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static GeneratorDriver Seeds(CorpusInputs inputs) => Driver(inputs, new SeedCatalogGenerator());

    /// <summary>The generated sources of a cold run, as texts.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Generate(CorpusInputs inputs)
        => Seeds(inputs).RunGenerators(Compilation()).GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public static IEnumerable<ResourceDescription> Resources(CorpusInputs inputs)
        => inputs.Seeds.Select(seed =>
        {
            var bytes = Encoding.UTF8.GetBytes(seed.Text);
            return new ResourceDescription(CorpusInputs.ResourceNameOf(seed.Id), () => new MemoryStream(bytes, writable: false), isPublic: true);
        });

    /// <summary>Compiles and emits; throws with the first errors when it does not compile.</summary>
    public static byte[] Emit(CSharpCompilation compilation, IEnumerable<ResourceDescription> resources)
    {
        using var pe = new MemoryStream();
        EmitResult result = compilation.Emit(pe, manifestResources: resources);
        if (!result.Success)
        {
            throw new System.InvalidOperationException("The consumer did not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return pe.ToArray();
    }
}
