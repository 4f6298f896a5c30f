using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace SeedCatalog.PackageTests.Infrastructure;

/// <summary>
/// Packs the generator once per test run into a local folder feed, and prepares a work folder for
/// consumer projects: a NuGet.Config (the feed, then nuget.org for everything else, a packages
/// folder of its own) and empty Directory.Build.* files, so the repository's settings do not leak in.
/// The packages folder is kept between runs (the .NET 8 targeting pack and NETStandard.Library come
/// from it); only SeedCatalog.Generator is removed from it, so each run restores the fresh package.
/// </summary>
public sealed class PackageFixture
{
    public const string PackageId = "SeedCatalog.Generator";

    public PackageFixture()
    {
        RepoRoot = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SeedCatalogRepoRoot").Value!;
        Version = (string)XDocument.Load(Path.Combine(RepoRoot, "Version.props")).Descendants("SeedCatalogVersion").Single();

        var root = Path.Combine(AppContext.BaseDirectory, "package-tests");
        Feed = Path.Combine(root, "feed");
        PackagesFolder = Path.Combine(root, "packages");
        WorkRoot = Path.Combine(root, "work");
        Recreate(Feed);
        Recreate(WorkRoot);
        Directory.CreateDirectory(PackagesFolder);
        DeleteIfExists(Path.Combine(PackagesFolder, PackageId.ToLowerInvariant()));
        WriteWorkRootFiles();

        DotNet = new DotNet(PackagesFolder);

        // The repository's project restores as it always does (the user's packages folder), so its obj/ is left as a build left it.
        new DotNet(packagesFolder: null).Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src", "SeedCatalog.Generator"), "-c", "Release", "-o", Feed, "-nodeReuse:false").ShouldSucceed();
        PackagePath = Path.Combine(Feed, PackageId + "." + Version + ".nupkg");
        Assert.True(File.Exists(PackagePath), "dotnet pack did not produce " + PackagePath);
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string WorkRoot { get; }

    public string PackagePath { get; }

    public DotNet DotNet { get; }

    /// <summary>A fresh, empty folder for one test's projects.</summary>
    public string NewWorkFolder(string name)
    {
        var folder = Path.Combine(WorkRoot, name);
        Recreate(folder);
        return folder;
    }

    private void WriteWorkRootFiles()
    {
        File.WriteAllText(Path.Combine(WorkRoot, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, ".editorconfig"), "root = true\n");
    }

    private static void Recreate(string folder)
    {
        DeleteIfExists(folder);
        Directory.CreateDirectory(folder);
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Every package test shares one pack, and they run one at a time (2 cores, heavy builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
