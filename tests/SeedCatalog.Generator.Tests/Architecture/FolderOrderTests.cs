using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SeedCatalog.Generator.Tests.Architecture;

/// <summary>
/// A seed goes one way through the generator: Configuration → Parsing → Extraction → Planning → Emit. Each folder
/// may name only the folders before it; Model (records) names none of them; Diagnostics, Analysis (the analyzer of
/// code that uses the catalog) and the pipeline files at the root sit at the edge and may name all. Read off the source: <c>using</c> lines and qualified names.
/// </summary>
public class FolderOrderTests
{
    private static readonly string[] Order = { "Configuration", "Parsing", "Extraction", "Planning", "Emit" };

    private static readonly Regex Reference = new(@"SeedCatalog\.Generator\.(Configuration|Parsing|Extraction|Planning|Emit|Diagnostics|Analysis|Model)\b", RegexOptions.Compiled);

    private static readonly Regex Namespace = new(@"^namespace SeedCatalog\.Generator\.([A-Za-z]+)", RegexOptions.Compiled | RegexOptions.Multiline);

    public static string SourceFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                directory = directory.Parent;
            }

            Assert.NotNull(directory);
            return Path.Combine(directory!.FullName, "src", "SeedCatalog.Generator");
        }
    }

    [Fact]
    public void No_folder_names_a_folder_after_it()
    {
        var violations = new List<string>();
        foreach (var (folder, file, referenced) in References())
        {
            var from = Array.IndexOf(Order, folder);
            var to = Array.IndexOf(Order, referenced);
            var allowed = folder == "Model"
                ? referenced == "Model"
                : from < 0 || referenced == "Model" || (to >= 0 && to <= from);
            if (!allowed)
            {
                violations.Add($"{file}: {folder} names {referenced}");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_the_folders_and_their_references()
    {
        var references = References().ToList();
        Assert.Contains(references, r => r.Folder == "Emit" && r.Referenced == "Planning");
        Assert.Contains(references, r => r.Folder == "Extraction" && r.Referenced == "Parsing");
        Assert.Contains(references, r => r.Folder == "Parsing" && r.Referenced == "Model");
        Assert.True(references.Select(r => r.File).Distinct().Count() > 50);
    }

    [Theory]
    [InlineData("Model")]
    [InlineData("Parsing")]
    [InlineData("Extraction")]
    [InlineData("Planning")]
    [InlineData("Emit")]
    public void The_text_and_catalog_stages_use_no_Roslyn_types(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(SourceFolder, folder), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.Empty(files.Where(f => File.ReadAllText(f).Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)).Select(Path.GetFileName));
    }

    /// <summary>Each file's folder (the first directory under the project; "" at the root) and every generator folder it names other than its own.</summary>
    private static IEnumerable<(string Folder, string File, string Referenced)> References()
    {
        var root = SourceFolder;
        foreach (var path in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var slash = relative.IndexOf('/');
            var folder = slash < 0 ? string.Empty : relative.Substring(0, slash);
            var text = File.ReadAllText(path);
            var declared = Namespace.Match(text);
            if (folder.Length > 0 && folder != "Polyfills")
            {
                Assert.True(declared.Success && declared.Groups[1].Value == folder, $"{relative} is not in namespace SeedCatalog.Generator.{folder}");
            }

            foreach (var referenced in Reference.Matches(text).Select(m => m.Groups[1].Value).Distinct())
            {
                if (referenced != folder)
                {
                    yield return (folder, relative, referenced);
                }
            }
        }
    }
}
