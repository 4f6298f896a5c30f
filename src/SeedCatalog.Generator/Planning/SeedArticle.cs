using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// An article with the path of the seed it came from (used only to locate diagnostics) and the member
/// name its id asks for, worked out per seed (and cached with it) so the plan, which runs on every
/// change, does not normalize every id again.
/// </summary>
internal sealed record SeedArticle(string Path, ArticleModel Article, string? WantedName = null)
{
    public static SeedArticle Of(string path, ArticleModel article) => new(path, article, MemberNameRule.NameFor(article.Id));
}
