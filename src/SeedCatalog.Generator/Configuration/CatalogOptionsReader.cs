using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// Reads <see cref="CatalogOptions"/> from the build properties and the compilation's language version.
/// A value it cannot use falls back to a default, and is reported (<see cref="Problems"/>).
/// </summary>
internal static class CatalogOptionsReader
{
    public const string Internal = "internal";
    public const string Public = "public";

    public static CatalogOptions Read(AnalyzerConfigOptionsProvider provider, ParseOptions? parseOptions)
    {
        var languageVersion = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default;
        return Resolve(provider.GlobalOptions, languageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8, problems: null)
            with { DataSectionThreshold = DataSectionFeature.Threshold(parseOptions) };
    }

    /// <summary>The option values that were not used, each to be reported as a SEED02x warning.</summary>
    public static EquatableArray<OptionProblem> Problems(AnalyzerConfigOptionsProvider provider)
    {
        var problems = new List<OptionProblem>();
        Resolve(provider.GlobalOptions, nullableAnnotations: true, problems);
        return problems.Count == 0 ? EquatableArray<OptionProblem>.Empty : new EquatableArray<OptionProblem>(problems.ToArray());
    }

    /// <summary>The full path of the targets' seed list (<see cref="SeedManifest"/>), or null without the targets.</summary>
    public static string? ManifestPath(AnalyzerConfigOptions globalOptions) => Value(globalOptions, BuildPropertyNames.Manifest);

    public static bool IsSeed(AnalyzerConfigOptions fileOptions)
        => string.Equals(Value(fileOptions, BuildPropertyNames.IsSeed), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed's explicit id: the item's <c>Id</c> metadata (<c>SeedCatalogId</c> is read too, for hosts that give that).</summary>
    public static string? SeedId(AnalyzerConfigOptions fileOptions)
        => Value(fileOptions, BuildPropertyNames.Id) ?? Value(fileOptions, BuildPropertyNames.SeedId);

    /// <summary>
    /// The folder of the seed under the glob that found it, as MSBuild's <c>RecursiveDir</c> gives it
    /// (with the platform's separators and a trailing one; empty at the top), or null when the host
    /// gave none. Not trimmed: folder names may start or end with spaces.
    /// </summary>
    public static string? RecursiveDir(AnalyzerConfigOptions fileOptions)
        => fileOptions.TryGetValue(BuildPropertyNames.RecursiveDir, out var value) ? value ?? string.Empty : null;

    private static CatalogOptions Resolve(AnalyzerConfigOptions options, bool nullableAnnotations, List<OptionProblem>? problems)
    {
        var rootNamespace = RootNamespaceName.From(Value(options, BuildPropertyNames.RootNamespace));
        var ns = Value(options, BuildPropertyNames.Namespace);
        if (ns is not null && !Identifiers.IsValidNamespace(ns))
        {
            problems?.Add(new OptionProblem(DiagnosticIds.InvalidNamespaceOption, "SeedCatalogNamespace", ns, rootNamespace));
            ns = null;
        }

        var className = Value(options, BuildPropertyNames.ClassName);
        if (className is not null && !Identifiers.IsValidIdentifier(className))
        {
            problems?.Add(new OptionProblem(DiagnosticIds.InvalidClassNameOption, "SeedCatalogClassName", className, CatalogOptions.DefaultClassName));
            className = null;
        }

        var visibility = Value(options, BuildPropertyNames.Visibility);
        var isPublic = string.Equals(visibility, Public, StringComparison.OrdinalIgnoreCase);
        if (visibility is not null && !isPublic && !string.Equals(visibility, Internal, StringComparison.OrdinalIgnoreCase))
        {
            problems?.Add(new OptionProblem(DiagnosticIds.UnknownVisibilityOption, "SeedCatalogVisibility", visibility, Internal));
        }

        // Without SeedCatalog's targets nothing embeds the seeds, so only an explicit Resource stores them so.
        var storage = Value(options, BuildPropertyNames.TextStorage);
        var isResource = string.Equals(storage, nameof(TextStorage.Resource), StringComparison.OrdinalIgnoreCase);
        if (storage is not null && !isResource && !string.Equals(storage, nameof(TextStorage.Inline), StringComparison.OrdinalIgnoreCase))
        {
            problems?.Add(new OptionProblem(DiagnosticIds.UnknownTextStorageOption, "SeedCatalogTextStorage", storage, nameof(TextStorage.Inline)));
        }

        var namedMembers = Value(options, BuildPropertyNames.NamedMembers);
        return new CatalogOptions(
            ns ?? rootNamespace,
            className ?? CatalogOptions.DefaultClassName,
            isPublic,
            isResource ? TextStorage.Resource : TextStorage.Inline,
            nullableAnnotations,
            string.Equals(namedMembers, "false", StringComparison.OrdinalIgnoreCase) ? NamedMembers.Never : NamedMembers.Always);
    }

    private static string? Value(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
