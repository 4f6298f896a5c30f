using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedCatalog.Generator.Diagnostics;

namespace SeedCatalog.Generator.Analysis;

/// <summary>
/// Flags constant lookups into the generated catalog that cannot succeed: an id no seed has
/// (<c>ById[...]</c>, <c>TryGetValue</c>, <c>ContainsKey</c>), a name no speaker has (<c>QuotesBy</c>),
/// a month or day that does not exist (<c>InMonth</c>, <c>Mentioning</c>, <c>Between</c>). It reads the
/// generator's lookup table from the compilation once and never reads a seed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogLookupAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownId,
        DiagnosticDescriptors.UnknownSpeaker,
        DiagnosticDescriptors.ImpossibleDateArgument,
        DiagnosticDescriptors.UseNamedMember);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = CatalogSymbols.Find(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var checks = new LookupChecks(symbols);
            start.RegisterOperationAction(checks.Invocation, OperationKind.Invocation);
            start.RegisterOperationAction(checks.PropertyReference, OperationKind.PropertyReference);
        });
    }
}
