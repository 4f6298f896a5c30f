using System;
using System.IO;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>The repository's seeds, copied beside the test assembly.</summary>
public static class RepoSeeds
{
    public const string SeedId = "000_db6bec3f799fe721";

    public static string Read(string id = SeedId) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RepoSeeds", id + ".txt"));

    public static SeedInput Input(string id = SeedId) => new(id, Read(id));
}
