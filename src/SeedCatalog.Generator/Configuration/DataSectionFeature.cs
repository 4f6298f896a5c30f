using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// Whether the compiler emits long string literals into the data section instead of the 16 MB #US heap
/// (<c>/features:experimental-data-section-string-literals[=threshold]</c>, which SeedCatalog's targets set
/// for large catalogs). Only literals longer than the threshold (default 100 chars) move there. The flag is
/// trusted only from a compiler that has the feature (Microsoft.CodeAnalysis 4.14 or later): an older one
/// ignores unknown features, and its literals all stay in #US.
/// </summary>
internal static class DataSectionFeature
{
    public const string Name = "experimental-data-section-string-literals";

    /// <summary>The compiler's threshold when the flag has no value or one it cannot read.</summary>
    public const int DefaultThreshold = 100;

    private static readonly Version FirstCompiler = new(4, 14);

    /// <summary>The threshold in effect, or <see cref="CatalogOptions.NoDataSection"/>.</summary>
    public static int Threshold(ParseOptions? parseOptions)
        => parseOptions is null || !CompilerHasIt() ? CatalogOptions.NoDataSection : Threshold(Value(parseOptions));

    /// <summary>The threshold a flag value gives, whatever the compiler (null: no flag).</summary>
    public static int Threshold(string? value)
    {
        if (value is null || string.Equals(value, "off", StringComparison.OrdinalIgnoreCase))
        {
            return CatalogOptions.NoDataSection;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold) ? threshold : DefaultThreshold;
    }

    private static string? Value(ParseOptions parseOptions)
    {
        foreach (var feature in parseOptions.Features)
        {
            if (string.Equals(feature.Key, Name, StringComparison.OrdinalIgnoreCase))
            {
                return feature.Value;
            }
        }

        return null;
    }

    private static bool CompilerHasIt() => typeof(Compilation).Assembly.GetName().Version >= FirstCompiler;
}
