using System.Threading;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Model;

/// <summary>
/// What reading one seed gave, with the seed's path to locate its diagnostics, and (when it is in the
/// catalog) its article with the member name it asks for, worked out here so it is cached with the seed.
/// </summary>
internal sealed record SeedResult(string Path, ArticleReadResult Result, SeedArticle? Seed)
{
    public static SeedResult Read(SeedFile file, CancellationToken cancellationToken)
    {
        var result = ArticleReader.Read(file, cancellationToken);
        return new SeedResult(file.Path, result, result.Article is { } article ? SeedArticle.Of(file.Path, article) : null);
    }
}
