using System;
using System.IO;
using System.Text;

namespace SeedCatalog.Demo;

/// <summary>
/// Shows the compiled seed catalog: a readable overview by default, the whole catalog as JSON with
/// <c>--json</c>. Everything printed comes from the generated code; no seed file is read.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var json = Array.IndexOf(args, "--json") >= 0;
        using var stdout = Console.OpenStandardOutput();
        if (json)
        {
            CatalogJsonWriter.Write(stdout);
            return 0;
        }

        using var writer = new StreamWriter(stdout, new UTF8Encoding(false)) { NewLine = "\n" };
        OverviewWriter.Write(writer);
        return 0;
    }
}
