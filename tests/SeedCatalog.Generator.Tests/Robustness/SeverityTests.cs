using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Tests.Infrastructure;
using Xunit;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>
/// SEED diagnostics are warnings by default and follow the compiler's severity settings: a
/// <c>.globalconfig</c> (or an .editorconfig with <c>is_global = true</c>) raises them to errors, as
/// docs/diagnostics.md says. Diagnostics located in seed files are not in a C# syntax tree, so the
/// compiler takes their severity from the global configuration, as this test does.
/// </summary>
public class SeverityTests
{
    [Fact]
    public void Seed_diagnostics_are_warnings_by_default()
    {
        var run = new GeneratorHarness().Seed("bad", "no header").Run();

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("is_global = true\ndotnet_diagnostic.SEED001.severity = error\n", DiagnosticSeverity.Error)]
    [InlineData("is_global = true\ndotnet_diagnostic.SEED002.severity = error\n", DiagnosticSeverity.Warning)]
    [InlineData("is_global = true\ndotnet_diagnostic.SEED001.severity = none\n", null)]
    public void A_global_config_changes_their_severity(string config, DiagnosticSeverity? expected)
    {
        var run = new GeneratorHarness { SyntaxTreeOptions = GlobalConfig.Provider(config) }.Seed("bad", "no header").Run();

        var diagnostics = run.Diagnostics.Where(d => d.Id == "SEED001").ToList();
        if (expected is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(diagnostics).Severity);
        }
    }

    /// <summary>What csc builds from the project's global analyzer config files.</summary>
    private sealed class GlobalConfig : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigOptionsResult _options;

        private GlobalConfig(AnalyzerConfigOptionsResult options) => _options = options;

        public static GlobalConfig Provider(string text)
        {
            var config = AnalyzerConfig.Parse(text, "/project/.globalconfig");
            return new GlobalConfig(AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions);
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _options.TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _options.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
