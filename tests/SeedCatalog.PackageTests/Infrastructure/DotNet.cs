using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace SeedCatalog.PackageTests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and the combined output.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public CommandResult ShouldSucceed()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException("'" + CommandLine + "' failed with exit code " + ExitCode + ":\n" + Output);
        }

        return this;
    }
}

/// <summary>
/// Runs the <c>dotnet</c> CLI in a clean environment: a private NuGet packages folder, no telemetry,
/// no MSBuild node reuse (nothing left running), and none of the MSBuild variables <c>dotnet test</c>
/// sets for itself.
/// </summary>
public sealed class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string? _packagesFolder;

    /// <param name="packagesFolder">The NuGet packages folder; null keeps the user's (for packing the repository's own project).</param>
    public DotNet(string? packagesFolder) => _packagesFolder = packagesFolder;

    public CommandResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    /// <param name="environment">Variables set for this command only, on top of the clean environment.</param>
    public CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Configure(start.Environment);
        foreach (var variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var commandLine = "dotnet " + string.Join(" ", arguments);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("'" + commandLine + "' did not finish within " + Timeout + ":\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new CommandResult(commandLine, process.ExitCode, output.ToString());
        }
    }

    private void Configure(IDictionary<string, string?> environment)
    {
        var inherited = new List<string>(environment.Keys);
        foreach (var key in inherited)
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        if (_packagesFolder is not null)
        {
            environment["NUGET_PACKAGES"] = _packagesFolder;
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
