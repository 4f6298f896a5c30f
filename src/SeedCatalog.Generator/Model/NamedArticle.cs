namespace SeedCatalog.Generator.Model;

/// <summary>An article with the member name the catalog gives it.</summary>
internal sealed record NamedArticle(string MemberName, ArticleModel Article);
