using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Configuration;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Emit;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;
using Microsoft.CodeAnalysis.Text;
using System.Text;

namespace SeedCatalog.Generator;

/// <summary>
/// Compiles the project's seed files (AdditionalFiles marked by SeedCatalog's targets) into a typed,
/// static catalog. Each seed is read and parsed on its own and cached; ordering and naming run over
/// the whole set only when a seed's path, id, date or name changed; each shard of articles is emitted on its own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedCatalogGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => CatalogOptionsReader.Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var optionProblems = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => CatalogOptionsReader.Problems(provider))
            .WithTrackingName(TrackingNames.OptionProblems);
        context.RegisterSourceOutput(optionProblems, static (spc, problems) => ReportOptionProblems(spc, problems));

        // The targets' list of seeds: one AdditionalFile, named by a build property.
        var manifest = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => CatalogOptionsReader.ManifestPath(provider.GlobalOptions)))
            .Where(static pair => pair.Right is not null && string.Equals(pair.Left.Path, pair.Right, System.StringComparison.Ordinal))
            .Select(static (pair, cancellationToken) => SeedManifest.Parse(pair.Left.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (all, _) => all.IsDefaultOrEmpty ? SeedManifest.Empty : all[0])
            .WithTrackingName(TrackingNames.Manifest);

        // One entry per AdditionalFile, null for those that are not seeds: no Where over every file.
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => (Provider: provider, Limit: SeedFileReader.MaxSeedBytes(provider.GlobalOptions)))
                .Combine(manifest))
            .Select(static (pair, cancellationToken) => SeedFileReader.Read(pair.Left, pair.Right.Left.Provider, pair.Right.Left.Limit, pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SeedFiles);

        var results = seedFiles
            .Select(static (file, cancellationToken) => file is null ? null : SeedPath.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        context.RegisterSourceOutput(results, static (spc, result) => ReportSeedDiagnostics(spc, result));

        var collected = results.Collect();
        var layout = collected
            .Select(static (all, _) => SeedKeys.Of(all))
            .WithTrackingName(TrackingNames.SeedKeys)
            .Combine(options)
            .Select(static (pair, _) => CatalogLayout.Of(pair.Left.Seeds, pair.Right, CatalogOptions.MaxNamedMembers))
            .WithTrackingName(TrackingNames.Layout);

        var plan = layout
            .Combine(collected)
            .Select(static (pair, _) => CatalogPlanner.Assemble(pair.Left, SeedKeys.Of(pair.Right).Seeds))
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(options, static (spc, o) => AddSource(spc, TypesEmitter.Emit(o)));

        var entries = plan
            .Select(static (p, _) => p with { Shards = EquatableArray<ShardPlan>.Empty })
            .WithTrackingName(TrackingNames.Entries);
        context.RegisterSourceOutput(entries, static (spc, p) =>
        {
            foreach (var collision in p.Collisions)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(collision));
            }

            foreach (var collision in p.IdCollisions)
            {
                spc.ReportDiagnostic(DiagnosticFactory.Create(collision));
            }

            if (p.NamedMembersOmitted)
            {
                spc.ReportDiagnostic(DiagnosticFactory.NamedMembersOmitted(p.Entries.Count));
            }

            AddSource(spc, CatalogEmitter.Emit(p));
        });

        // The ids and speakers the analyzer checks constant lookups against; re-emitted only when they change.
        // Ids come from the entries (which change only with an id or a date), speakers from the articles.
        var lookupSpeakers = plan
            .Select(static (p, _) => LookupTable.SpeakersOf(p))
            .WithTrackingName(TrackingNames.LookupSpeakers);
        var lookupTable = entries
            .Combine(lookupSpeakers)
            .Select(static (pair, _) => LookupTable.WithIds(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LookupTable);
        context.RegisterSourceOutput(lookupTable, static (spc, table) => AddSource(spc, LookupTableEmitter.Emit(table)));

        var shards = plan
            .SelectMany(static (p, _) => p.Shards)
            .WithTrackingName(TrackingNames.Shards);
        context.RegisterSourceOutput(shards, static (spc, shard) => AddSource(spc, ShardEmitter.Emit(shard)));
    }

    private static void ReportSeedDiagnostics(SourceProductionContext context, SeedResult? result)
    {
        if (result is null)
        {
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            var created = DiagnosticFactory.Create(result.Path, diagnostic);
            if (created is not null)
            {
                context.ReportDiagnostic(created);
            }
        }
    }

    private static void ReportOptionProblems(SourceProductionContext context, EquatableArray<OptionProblem> problems)
    {
        foreach (var problem in problems)
        {
            var created = OptionDiagnosticFactory.Create(problem);
            if (created is not null)
            {
                context.ReportDiagnostic(created);
            }
        }
    }

    private static void AddSource(SourceProductionContext context, GeneratedFile file)
        => context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
}
