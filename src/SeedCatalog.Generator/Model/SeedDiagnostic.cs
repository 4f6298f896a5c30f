namespace SeedCatalog.Generator.Model;

/// <summary>
/// A problem found in a seed, located by a span of its normalized text and by line and column
/// (zero-based), with the arguments its message needs. Turned into a Roslyn diagnostic only at
/// the pipeline's edge.
/// </summary>
internal sealed record SeedDiagnostic(
    string Id,
    TextSlice Span,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    EquatableArray<string> Arguments);
