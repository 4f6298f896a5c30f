using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// One seed's contribution to the catalog: its article (null when the seed is left out) and the
/// problems found in it.
/// </summary>
internal sealed record ArticleReadResult(ArticleModel? Article, EquatableArray<SeedDiagnostic> Diagnostics);
