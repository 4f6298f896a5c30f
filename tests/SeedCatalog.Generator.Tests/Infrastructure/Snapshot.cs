using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;

namespace SeedCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify.SourceGenerators' conventions, so a later switch to Verify is
/// mechanical: each generated source is compared with
/// <c>tests/&lt;project&gt;/Snapshots/&lt;Class&gt;.&lt;Test&gt;#&lt;hintName&gt;.verified.cs</c> and the diagnostics with
/// <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.txt</c>. On a mismatch (or a missing snapshot) the
/// actual text is written beside it as <c>.received.*</c> and the test fails with a diff.
/// To accept: set <c>SEEDCATALOG_ACCEPT_SNAPSHOTS=1</c> and run the tests, or run
/// <c>tests/accept-snapshots.sh</c> to rename received files to verified.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "SEEDCATALOG_ACCEPT_SNAPSHOTS";

    public static void Verify(
        GeneratorDriverRunResult result,
        Func<string, bool>? includeHintName = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string testName = "")
    {
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var folder = Path.Combine(ProjectDirectory(callerFile), "Snapshots");
        var failures = new List<string>();

        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            if (includeHintName is not null && !includeHintName(source.HintName))
            {
                continue;
            }

            var hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            Compare(folder, $"{className}.{testName}#{hint}", ".cs", source.SourceText.ToString(), failures);
        }

        var diagnostics = result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Describe);
        Compare(folder, $"{className}.{testName}", ".txt", string.Join("\n", diagnostics) + "\n", failures);

        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("Snapshot mismatch:\n" + string.Join("\n", failures));
        }
    }

    /// <summary>A diagnostic as one stable line: severity, id, file name (not the machine's path), position and message.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = span.Path.Length == 0 ? "(no file)" : span.Path.Replace('\\', '/');
        var seeds = file.IndexOf("/seeds/", StringComparison.Ordinal);
        if (seeds >= 0)
        {
            file = file[(seeds + 1)..];
        }

        return $"{diagnostic.Severity} {diagnostic.Id} {file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The test project's folder: the nearest folder above the test file that holds a .csproj.</summary>
    private static string ProjectDirectory(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile)!;
        while (Directory.GetFiles(directory, "*.csproj").Length == 0)
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("No .csproj above " + callerFile);
        }

        return directory;
    }

    private static void Compare(string folder, string name, string extension, string actual, List<string> failures)
    {
        actual = actual.Replace("\r\n", "\n");
        var verified = Path.Combine(folder, name + ".verified" + extension);
        var received = Path.Combine(folder, name + ".received" + extension);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        failures.Add(expected is null
            ? $"No verified snapshot {Path.GetFileName(verified)}; wrote {Path.GetFileName(received)}."
            : $"{Path.GetFileName(verified)} differs (actual in {Path.GetFileName(received)}):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < diff.Lines.Count && shown < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}
