using SeedCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Configuration;

namespace SeedCatalog.Generator.Diagnostics;

/// <summary>
/// Turns an <see cref="OptionProblem"/> into its SEED02x warning. A build property has no place in
/// a source file, so the diagnostic has no location: it names the property instead.
/// </summary>
internal static class OptionDiagnosticFactory
{
    public static Diagnostic? Create(OptionProblem problem)
    {
        var descriptor = problem.Id switch
        {
            DiagnosticIds.InvalidNamespaceOption => DiagnosticDescriptors.InvalidNamespaceOption,
            DiagnosticIds.InvalidClassNameOption => DiagnosticDescriptors.InvalidClassNameOption,
            DiagnosticIds.UnknownVisibilityOption => DiagnosticDescriptors.UnknownVisibilityOption,
            DiagnosticIds.UnknownTextStorageOption => DiagnosticDescriptors.UnknownTextStorageOption,
            _ => null,
        };

        return descriptor is null ? null : Diagnostic.Create(descriptor, Location.None, problem.Property, problem.Value, problem.Fallback);
    }
}
