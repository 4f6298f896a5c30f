using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Finds temporal expressions in body paragraphs and resolves them against the article's date.
/// Initial version: finds nothing yet.
/// </summary>
internal static class TimeExpressionExtractor
{
    public static EquatableArray<TimeExpressionModel> Extract(IReadOnlyList<string> paragraphs, PartialDate articleDate, string language)
        => EquatableArray<TimeExpressionModel>.Empty;
}
