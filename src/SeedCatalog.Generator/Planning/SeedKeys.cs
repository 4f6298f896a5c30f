using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The catalog's seeds as <see cref="CatalogLayout"/> sees them, in pipeline order. Two are equal when, seed by
/// seed, path, id, date and wanted member name are equal, whatever the texts: editing an article's body
/// leaves the layout cached. (The layout reads a text only to order seeds with the same id and path; a layout
/// that did says so, and is then worked out again from the current seeds: <see cref="CatalogLayout.DependsOnTexts"/>.)
/// </summary>
internal readonly struct SeedKeys : IEquatable<SeedKeys>
{
    private readonly SeedArticle[]? _seeds;

    public SeedKeys(SeedArticle[] seeds) => _seeds = seeds;

    public IReadOnlyList<SeedArticle> Seeds => _seeds ?? Array.Empty<SeedArticle>();

    public int Count => _seeds?.Length ?? 0;

    /// <summary>The seeds that are in the catalog (those with an article), in order.</summary>
    public static SeedKeys Of(IReadOnlyList<SeedResult?> results)
    {
        var count = 0;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i]?.Seed is not null)
            {
                count++;
            }
        }

        var seeds = new SeedArticle[count];
        var at = 0;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i]?.Seed is { } seed)
            {
                seeds[at++] = seed;
            }
        }

        return new SeedKeys(seeds);
    }

    public bool Equals(SeedKeys other)
    {
        var left = _seeds ?? Array.Empty<SeedArticle>();
        var right = other._seeds ?? Array.Empty<SeedArticle>();
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!SameKey(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SeedKeys other && Equals(other);

    public override int GetHashCode() => Count;

    /// <summary>What the layout reads of a seed: path, id, date and wanted member name.</summary>
    private static bool SameKey(SeedArticle a, SeedArticle b)
        => ReferenceEquals(a, b)
           || (string.Equals(a.Path, b.Path, StringComparison.Ordinal)
               && string.Equals(a.Article.Id, b.Article.Id, StringComparison.Ordinal)
               && a.Article.Date.Equals(b.Article.Date)
               && string.Equals(a.WantedName, b.WantedName, StringComparison.Ordinal));
}
