using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The catalog's seeds as <see cref="CatalogLayout"/> sees them: the collected per-seed results, in pipeline order.
/// Two are equal when, position by position, path, id, date and wanted member name are equal, whatever the texts
/// and diagnostics: editing an article's body leaves the layout cached. (The layout reads a text only to order seeds with the same id and path; a layout
/// that did says so, and is then worked out again from the current seeds: <see cref="CatalogLayout.DependsOnTexts"/>.)
/// </summary>
internal readonly struct SeedKeys : IEquatable<SeedKeys>
{
    private readonly IReadOnlyList<SeedResult?>? _results;

    private SeedKeys(IReadOnlyList<SeedResult?> results) => _results = results;

    /// <summary>By position in the collected results: the seed, or null for a file that is not a seed.</summary>
    public IReadOnlyList<SeedResult?> Seeds => _results ?? Array.Empty<SeedResult?>();

    /// <summary>The collected results as they are: nothing is copied.</summary>
    public static SeedKeys Of(IReadOnlyList<SeedResult?> results) => new(results);

    public bool Equals(SeedKeys other)
    {
        var left = Seeds;
        var right = other.Seeds;
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            var a = left[i];
            var b = right[i];
            if (!ReferenceEquals(a, b) && !SameKey(a, b))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SeedKeys other && Equals(other);

    public override int GetHashCode() => _results?.Count ?? 0;

    /// <summary>What the layout reads of a seed: whether it is in the catalog, and then path, id, date and wanted member name.</summary>
    private static bool SameKey(SeedResult? a, SeedResult? b)
    {
        var left = a?.Article;
        var right = b?.Article;
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return string.Equals(a!.Path, b!.Path, StringComparison.Ordinal)
               && string.Equals(left.Id, right.Id, StringComparison.Ordinal)
               && left.Date.Equals(right.Date)
               && string.Equals(a.WantedName, b.WantedName, StringComparison.Ordinal);
    }
}
