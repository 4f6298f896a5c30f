using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>The catalog's order of articles: by date (year, month, day; unknown parts first), then by id, ordinal.</summary>
internal static class CatalogOrder
{
    public static int Compare(PartialDate leftDate, string leftId, PartialDate rightDate, string rightId)
    {
        var c = leftDate.Year.CompareTo(rightDate.Year);
        if (c == 0) c = leftDate.Month.CompareTo(rightDate.Month);
        if (c == 0) c = leftDate.Day.CompareTo(rightDate.Day);
        return c != 0 ? c : string.CompareOrdinal(leftId, rightId);
    }
}
