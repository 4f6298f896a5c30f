using Microsoft.CodeAnalysis;

namespace SeedCatalog.Benchmarks.Infrastructure;

/// <summary>The baseline: a generator that reads every AdditionalFile's text and emits nothing.</summary>
public sealed class EmptyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select(static (file, ct) => file.GetText(ct)?.Length ?? 0);
        context.RegisterSourceOutput(lengths, static (_, _) => { });
    }
}
