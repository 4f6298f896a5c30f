using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Tests.Architecture;
using Xunit;

namespace SeedCatalog.Generator.Tests.Configuration;

/// <summary>
/// <c>$(SeedCatalogDataDiagnostics)</c>, which the demo (and any project over others' articles) keeps out of
/// warnings-as-errors, lists exactly the diagnostics about seed data: those of the seeds (every id
/// <see cref="DiagnosticDescriptors.Find"/> knows) and the catalog's shape.
/// </summary>
public class DataDiagnosticsPropertyTests
{
    [Fact]
    public void The_property_lists_every_data_diagnostic_and_nothing_else()
    {
        var props = File.ReadAllText(Path.Combine(FolderOrderTests.SourceFolder, "build", "SeedCatalog.Generator.props"));
        var listed = Regex.Match(props, "<SeedCatalogDataDiagnostics>([^<]*)</SeedCatalogDataDiagnostics>").Groups[1].Value.Split(';');

        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        var data = ids.Where(id => DiagnosticDescriptors.Find(id) is not null).Append(DiagnosticIds.NamedMembersOmitted);

        Assert.Equal(data.OrderBy(i => i), listed.OrderBy(i => i));
    }

    [Fact]
    public void The_demo_keeps_data_diagnostics_warnings()
    {
        var demo = File.ReadAllText(Path.Combine(FolderOrderTests.SourceFolder, "..", "SeedCatalog.Demo", "SeedCatalog.Demo.csproj"));
        Assert.Contains("<WarningsNotAsErrors>$(WarningsNotAsErrors);$(SeedCatalogDataDiagnostics)</WarningsNotAsErrors>", demo);
    }
}
