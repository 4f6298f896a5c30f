using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using SeedCatalog.PackageTests.Infrastructure;
using Xunit;

namespace SeedCatalog.PackageTests;

/// <summary>A consumer of the package over the repository's seed gets the SEED1xx warnings where it types the lookups.</summary>
[Collection(PackageCollection.Name)]
public class AnalyzerConsumerTests
{
    private const string Program = """
        string someVariable = args.Length > 0 ? args[0] : "x";
        var a = ConsoleApp.Seeds.QuotesBy("Rute");
        var b = ConsoleApp.Seeds.ById["000_db6bec3f799fe72"];
        var c = ConsoleApp.Seeds.QuotesBy("Rutte");
        var d = ConsoleApp.Seeds.ById[someVariable];
        var e = ConsoleApp.Seeds.InMonth(2022, 13);
        System.Console.WriteLine(a.Count + c.Count + e.Count);
        """;

    private readonly PackageFixture _fixture;

    public AnalyzerConsumerTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Lookups_that_cannot_succeed_are_warnings_on_their_argument_and_good_ones_are_not()
    {
        var seed = File.ReadAllText(Path.Combine(_fixture.RepoRoot, "seeds", "000_db6bec3f799fe721.txt"));
        var app = ConsumerProject.New(_fixture, _fixture.NewWorkFolder("analyzer"), "console", "ConsoleApp", "net10.0")
            .AddPackage()
            .WriteFile("Program.cs", Program)
            .WriteFile("seeds/000_db6bec3f799fe721.txt", seed);

        var build = app.Build().ShouldSucceed();

        var warnings = Regex.Matches(build.Output, @"Program\.cs\((\d+),(\d+)\): warning (SEED1\d\d): ([^\[\r\n]*)")
            .Select(m => (Line: int.Parse(m.Groups[1].Value), Column: int.Parse(m.Groups[2].Value), Id: m.Groups[3].Value, Message: m.Groups[4].Value.Trim()))
            .Distinct()
            .OrderBy(w => w.Line)
            .ToArray();
        Assert.Equal(3, warnings.Length);
        Assert.Equal((2, 35, "SEED102"), (warnings[0].Line, warnings[0].Column, warnings[0].Id));
        Assert.Contains("'Mark Rutte'", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal((3, 31, "SEED101"), (warnings[1].Line, warnings[1].Column, warnings[1].Id));
        Assert.Contains("'000_db6bec3f799fe721'", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal((6, 40, "SEED103"), (warnings[2].Line, warnings[2].Column, warnings[2].Id));
    }

    [Fact]
    public void The_code_fixes_are_in_the_package_beside_the_analyzer()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        using var stream = new MemoryStream();
        using (var entry = zip.GetEntry("analyzers/dotnet/cs/SeedCatalog.CodeFixes.dll")!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(t => metadata.GetString(metadata.GetTypeDefinition(t).Name)).ToArray();
        Assert.Contains("ReplaceConstantCodeFix", types);
        Assert.Contains("UseNamedMemberCodeFix", types);
        var references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToArray();
        Assert.Contains("Microsoft.CodeAnalysis.Workspaces", references);
    }
}
