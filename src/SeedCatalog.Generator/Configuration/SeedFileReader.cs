using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// Picks the seeds out of the AdditionalFiles (only those SeedCatalog's targets marked) and reads
/// each into a <see cref="SeedFile"/>. Other analyzers' AdditionalFiles are never read.
/// </summary>
internal static class SeedFileReader
{
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!CatalogOptionsReader.IsSeed(fileOptions))
        {
            return null;
        }

        var id = CatalogOptionsReader.SeedId(fileOptions) ?? System.IO.Path.GetFileNameWithoutExtension(file.Path);
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SeedFile(file.Path, id.Replace('\\', '/'), text);
    }
}
