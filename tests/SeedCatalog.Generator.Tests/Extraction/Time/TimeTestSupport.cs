using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Runs the extractor on one paragraph and describes what it found.</summary>
internal static class TimeTestSupport
{
    /// <summary>Reads "2022", "2022-02" or "2022-02-16" as a partial date.</summary>
    public static PartialDate Date(string text)
    {
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => PartialDate.OfYear(parts[0]),
            2 => PartialDate.OfMonth(parts[0], parts[1]),
            _ => PartialDate.OfDay(parts[0], parts[1], parts[2]),
        };
    }

    public static IReadOnlyList<Found> Find(string paragraph, string articleDate, string language)
        => TimeExpressionExtractor.Extract(new[] { paragraph }, Date(articleDate), LanguageCode.Parse(language))
            .Select(m => new Found(paragraph.Substring(m.Offset, m.Length), m.Kind, m.Value, m.Earliest, m.Latest))
            .ToList();

    /// <summary>Asserts that <paramref name="span"/> is found with exactly this kind, value and range.</summary>
    public static void AssertFinds(string paragraph, string articleDate, string language, string span, string kind, string value, int earliest, int latest)
    {
        var found = Find(paragraph, articleDate, language);
        var expected = new Found(span, (TimeExpressionKind)Enum.Parse(typeof(TimeExpressionKind), kind), value, earliest, latest);
        Assert.True(found.Contains(expected), $"Expected {expected} in \"{paragraph}\"; found: {Describe(found)}");
    }

    public static string Describe(IEnumerable<Found> found) => "[" + string.Join("; ", found) + "]";

    internal sealed record Found(string Span, TimeExpressionKind Kind, string Value, int Earliest, int Latest)
    {
        public override string ToString() => FormattableString.Invariant($"'{Span}' {Kind} {Value} {Earliest}..{Latest}");
    }
}
