using System.Globalization;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>Hint names that say what each generated file holds; unique and stable.</summary>
internal static class HintNames
{
    public static string Types(CatalogOptions options) => options.ClassName + ".Types.g.cs";

    public static string Catalog(CatalogOptions options) => options.ClassName + ".Catalog.g.cs";

    public static string LookupTable(CatalogOptions options) => options.ClassName + ".LookupTable.g.cs";

    public static string Shard(CatalogOptions options, int index, int count)
        => options.ClassName + ".Articles." + (index + 1).ToString("D3", CultureInfo.InvariantCulture) + "-of-" + count.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";
}
