using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace SeedCatalog.PackageTests.Infrastructure;

/// <summary>
/// A consumer project made the way a new user makes one: <c>dotnet new</c>, <c>dotnet add package</c>,
/// files in <c>seeds/</c>, <c>dotnet build</c>; then small edits to its csproj for the scenario.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _fixture;

    private ConsumerProject(PackageFixture fixture, string directory, string name)
    {
        _fixture = fixture;
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary>
    /// <c>dotnet new template -n name</c> in <paramref name="parent"/>: with <c>-f</c> for the frameworks
    /// the SDK's templates offer (net10.0, netstandard2.x), else the default one replaced in the csproj.
    /// </summary>
    public static ConsumerProject New(PackageFixture fixture, string parent, string template, string name, string targetFramework)
    {
        var offered = targetFramework is "net10.0" || targetFramework.StartsWith("netstandard", StringComparison.Ordinal);
        var arguments = offered
            ? new[] { "new", template, "-n", name, "-o", name, "--no-restore", "-f", targetFramework }
            : new[] { "new", template, "-n", name, "-o", name, "--no-restore" };
        fixture.DotNet.Run(parent, arguments).ShouldSucceed();
        var project = new ConsumerProject(fixture, Path.Combine(parent, name), name);
        if (!offered)
        {
            project.EditProject(text => Regex.Replace(text, "<TargetFramework>[^<]*</TargetFramework>", "<TargetFramework>" + targetFramework + "</TargetFramework>"));
        }

        return project;
    }

    /// <summary><c>dotnet add package SeedCatalog.Generator</c>, from the local feed (NuGet.Config of the work folder).</summary>
    public ConsumerProject AddPackage()
    {
        _fixture.DotNet.Run(Directory, "add", ProjectFile, "package", PackageFixture.PackageId, "--version", _fixture.Version).ShouldSucceed();
        return this;
    }

    public ConsumerProject AddReference(ConsumerProject other)
    {
        _fixture.DotNet.Run(Directory, "add", ProjectFile, "reference", other.ProjectFile).ShouldSucceed();
        return this;
    }

    /// <summary>Adds properties to the project's first PropertyGroup.</summary>
    public ConsumerProject SetProperties(string properties)
        => EditProject(text => ReplaceFirst(text, "</PropertyGroup>", properties + "\n  </PropertyGroup>"));

    /// <summary>Adds an ItemGroup (or anything else) at the end of the project.</summary>
    public ConsumerProject AddToProject(string xml)
        => EditProject(text => ReplaceFirst(text, "</Project>", xml + "\n</Project>"));

    public ConsumerProject WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public ConsumerProject DeleteFile(string relativePath)
    {
        File.Delete(Path.Combine(Directory, relativePath));
        return this;
    }

    public ConsumerProject DeleteDefaultClass()
    {
        var path = Path.Combine(Directory, "Class1.cs");
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return this;
    }

    /// <summary>A seed in the format the generator reads: a date header, then the article.</summary>
    public ConsumerProject WriteSeed(string relativePath, string date, string title, string body = "More of the story follows here.")
        => WriteFile(relativePath, " date " + date + " " + title + " " + body + "\n\nA second paragraph with more detail.\n");

    public CommandResult Build(params string[] extra) => Build(null, extra);

    /// <summary><c>dotnet build</c> with these environment variables set for it.</summary>
    public CommandResult Build(IReadOnlyDictionary<string, string>? environment, params string[] extra)
    {
        var arguments = new string[extra.Length + 3];
        arguments[0] = "build";
        arguments[1] = ProjectFile;
        arguments[2] = "-nodeReuse:false";
        Array.Copy(extra, 0, arguments, 3, extra.Length);
        return _fixture.DotNet.Run(Directory, environment, arguments);
    }

    /// <summary>Runs the built app (Debug) with the installed runtime.</summary>
    public CommandResult RunBuiltApp(string targetFramework)
        => _fixture.DotNet.Run(Directory, Path.Combine(Directory, "bin", "Debug", targetFramework, Name + ".dll")).ShouldSucceed();

    /// <summary>The files the generator wrote (the project must set EmitCompilerGeneratedFiles).</summary>
    public string[] GeneratedFiles(string targetFramework)
    {
        var folder = Path.Combine(Directory, "obj", "Debug", targetFramework, "generated");
        return System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.g.cs", SearchOption.AllDirectories) : Array.Empty<string>();
    }

    private ConsumerProject EditProject(Func<string, string> edit)
    {
        File.WriteAllText(ProjectFile, edit(File.ReadAllText(ProjectFile)));
        return this;
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var index = text.IndexOf(what, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException("'" + what + "' not found in the project file:\n" + text);
        }

        return text.Substring(0, index) + with + text.Substring(index + what.Length);
    }
}
