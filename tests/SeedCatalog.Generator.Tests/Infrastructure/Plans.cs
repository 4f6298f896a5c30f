using System.Collections.Generic;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>The catalog plan of some seeds, worked out as the pipeline does: the layout, then the articles in its slots.</summary>
internal static class Plans
{
    public static CatalogPlan Of(IReadOnlyList<SeedResult> seeds, CatalogOptions options, int maxNamedMembers = CatalogOptions.MaxNamedMembers)
        => CatalogPlanner.Assemble(CatalogLayout.Of(seeds, options, maxNamedMembers), seeds);

    /// <summary>Seed <paramref name="id"/> read at <paramref name="path"/>.</summary>
    public static SeedResult Seed(string path, string id, string text) => SeedPath.Read(new SeedFile(path, id, text));
}
