using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Tests.Infrastructure;

namespace SeedCatalog.Analyzer.Tests.Infrastructure;

/// <summary>
/// The catalog the analyzer is tested against, made by the real generator once per run: the repository's
/// seed (speakers Mark Rutte and het kabinet) and two seeds whose member names collide
/// (<c>Dup_</c> keeps <c>ArticleDup</c>, <c>dup</c> gets <c>ArticleDup_2</c>).
/// </summary>
public static class GeneratedCatalog
{
    public const string SeedId = "000_db6bec3f799fe721";

    private static readonly Lazy<ImmutableArray<(string HintName, string Text)>> s_sources = new(Generate);

    public static ImmutableArray<(string HintName, string Text)> Sources => s_sources.Value;

    private static ImmutableArray<(string HintName, string Text)> Generate()
    {
        var seeds = new Dictionary<string, string>
        {
            [SeedId] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RepoSeeds", SeedId + ".txt")),
            ["Dup_"] = "date 2022-03 De eerste van twee.",
            ["dup"] = "date 2022-04 De tweede van twee.",
        };
        var files = new Dictionary<string, TestAnalyzerConfigOptions>();
        var texts = new List<AdditionalText>();
        foreach (var (id, text) in seeds)
        {
            var path = "/project/seeds/" + id + ".txt";
            texts.Add(new InMemoryAdditionalText(path, text));
            files[path] = new TestAnalyzerConfigOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.SeedCatalogSeed"] = "true",
                ["build_metadata.AdditionalFiles.SeedCatalogId"] = id,
            });
        }

        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>(), files);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new Generator.SeedCatalogGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            options);
        var compilation = CSharpCompilation.Create("Catalog", references: Basic.Reference.Assemblies.Net100.References.All);
        var result = driver.RunGenerators(compilation).GetRunResult();
        return result.Results.Single().GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
    }
}
