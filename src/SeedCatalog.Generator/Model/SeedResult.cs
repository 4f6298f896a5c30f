namespace SeedCatalog.Generator.Model;

/// <summary>
/// What one seed gives the catalog, cached with the seed: its path (to locate diagnostics), its article
/// (null when the seed is left out), the problems found in it, and the member name its id asks for,
/// worked out per seed so that planning, which runs on every change, does not normalize every id again.
/// </summary>
internal sealed record SeedResult(string Path, ArticleModel? Article, EquatableArray<SeedDiagnostic> Diagnostics, string? WantedName = null)
{
    /// <summary>The article under its wanted name, made once: what a shard holds unless the name or id had to change.</summary>
    public NamedArticle? Named { get; } = Article is null || WantedName is null ? null : new NamedArticle(WantedName, Article);
}
