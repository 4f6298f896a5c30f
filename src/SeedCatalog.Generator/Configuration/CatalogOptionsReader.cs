using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>Reads <see cref="CatalogOptions"/> from the build properties and the compilation's language version.</summary>
internal static class CatalogOptionsReader
{
    public static CatalogOptions Read(AnalyzerConfigOptionsProvider provider, ParseOptions? parseOptions)
    {
        var options = provider.GlobalOptions;
        var ns = Value(options, BuildPropertyNames.Namespace) ?? Value(options, BuildPropertyNames.RootNamespace);
        var className = Value(options, BuildPropertyNames.ClassName);
        var visibility = Value(options, BuildPropertyNames.Visibility);
        var storage = Value(options, BuildPropertyNames.TextStorage);
        var namedMembers = Value(options, BuildPropertyNames.NamedMembers);
        var languageVersion = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default;

        return new CatalogOptions(
            ns is not null && Identifiers.IsValidNamespace(ns) ? ns : CatalogOptions.DefaultNamespace,
            className is not null && Identifiers.IsValidIdentifier(className) ? className : CatalogOptions.DefaultClassName,
            string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase),
            string.Equals(storage, "Resource", StringComparison.OrdinalIgnoreCase) ? TextStorage.Resource : TextStorage.Inline,
            languageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8,
            string.Equals(namedMembers, "true", StringComparison.OrdinalIgnoreCase) ? NamedMembers.Always
                : string.Equals(namedMembers, "false", StringComparison.OrdinalIgnoreCase) ? NamedMembers.Never
                : NamedMembers.Auto);
    }

    public static bool IsSeed(AnalyzerConfigOptions fileOptions)
        => string.Equals(Value(fileOptions, BuildPropertyNames.IsSeed), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SeedId(AnalyzerConfigOptions fileOptions) => Value(fileOptions, BuildPropertyNames.SeedId);

    private static string? Value(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
