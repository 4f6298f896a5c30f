using System.IO;
using System.Reflection;
using System.Text;
using SeedCatalog.Generator;

namespace SeedCatalog.Benchmarks.Infrastructure;

/// <summary>
/// Goal (d)'s baseline: what an app would do without the catalog, read every seed from the consumer's
/// embedded resources and parse it with the generator's own parser at startup.
/// </summary>
public static class ResourceParsing
{
    /// <summary>Parses every seed resource of <paramref name="assembly"/>; returns how many gave an article.</summary>
    public static int ParseAll(Assembly assembly)
    {
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var id = name.Substring("SeedCatalog/".Length, name.Length - "SeedCatalog/".Length - ".txt".Length);
            if (SeedPath.Read(id, reader.ReadToEnd()).Article is not null)
            {
                count++;
            }
        }

        return count;
    }
}
