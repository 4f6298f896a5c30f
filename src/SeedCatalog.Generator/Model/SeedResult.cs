using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Model;

/// <summary>What reading one seed gave, with the seed's path to locate its diagnostics.</summary>
internal sealed record SeedResult(string Path, ArticleReadResult Result);
