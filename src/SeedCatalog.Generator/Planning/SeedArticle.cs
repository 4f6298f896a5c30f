using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// An article with the path of the seed it came from (used only to locate diagnostics) and the member
/// name its id asks for, worked out per seed (and cached with it) so the plan, which runs on every
/// change, neither normalizes every id again nor allocates a named slot per article.
/// </summary>
internal sealed record SeedArticle(string Path, ArticleModel Article, string? WantedName = null)
{
    /// <summary>The article under its wanted name, made once: what a shard holds unless the name or id had to change.</summary>
    public NamedArticle? Named { get; } = WantedName is null ? null : new NamedArticle(WantedName, Article);

    public static SeedArticle Of(string path, ArticleModel article) => new(path, article, MemberNameRule.NameFor(article.Id));
}
