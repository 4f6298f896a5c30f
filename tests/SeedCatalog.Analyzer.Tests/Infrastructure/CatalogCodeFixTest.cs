using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SeedCatalog.Generator.Analysis;

namespace SeedCatalog.Analyzer.Tests.Infrastructure;

/// <summary>
/// An analyzer (and code fix) test whose code sees the generated catalog: the generated sources are added to
/// the test's sources (before and after the fix), against the .NET 10 reference assemblies (no download).
/// </summary>
public sealed class CatalogCodeFixTest<TCodeFix> : CSharpCodeFixTest<CatalogLookupAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CatalogCodeFixTest(string source, string? fixedSource = null)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        TestState.Sources.Add(("/0/Test0.cs", source));
        foreach (var (hintName, text) in GeneratedCatalog.Sources)
        {
            TestState.Sources.Add(("/0/" + hintName, text));
        }

        if (fixedSource is not null)
        {
            FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
            foreach (var (hintName, text) in GeneratedCatalog.Sources)
            {
                FixedState.Sources.Add(("/0/" + hintName, text));
            }
        }
    }

    /// <summary>Expects the warning <paramref name="id"/> at the test code's marked location <c>{|#n:…|}</c>, with these message arguments.</summary>
    public void ExpectWarning(string id, int location, params object[] arguments)
        => ExpectedDiagnostics.Add(new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location).WithArguments(arguments));
}
