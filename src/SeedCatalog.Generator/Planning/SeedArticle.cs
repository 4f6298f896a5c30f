using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>An article with the path of the seed it came from (used only to locate diagnostics).</summary>
internal sealed record SeedArticle(string Path, ArticleModel Article);
