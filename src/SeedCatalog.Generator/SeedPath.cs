using System.Threading;
using SeedCatalog.Generator.Extraction;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator;

/// <summary>
/// The way one seed goes, one step per folder: the <see cref="SeedFile"/> that Configuration read is parsed
/// into a <see cref="SeedDocument"/> (Parsing), which becomes an <see cref="ArticleModel"/> (Extraction),
/// which gets the member name its id asks for (Planning); the <see cref="SeedResult"/> is cached per seed.
/// A seed that cannot be in the catalog stops at the first step that says why. Never throws for any input.
/// </summary>
internal static class SeedPath
{
    public static SeedResult Read(SeedFile file, CancellationToken cancellationToken = default)
    {
        if (file.Problem is { } problem)
        {
            return LeftOut(file.Path, problem);
        }

        var document = SeedParser.Read(file.Id, file.Text, cancellationToken);
        if (document.Problem is { } parseProblem)
        {
            return LeftOut(file.Path, parseProblem);
        }

        var (article, diagnostics) = ArticleExtractor.Extract(file.Id, document, cancellationToken);
        if (file.ResourceName is { } resourceName)
        {
            article = article with { ResourceName = resourceName };
        }

        return new SeedResult(file.Path, article, diagnostics, MemberNameRule.NameFor(article.Id));
    }

    /// <summary>The seed <paramref name="id"/> with text <paramref name="raw"/>, its path taken to be its id.</summary>
    public static SeedResult Read(string id, string raw, CancellationToken cancellationToken = default)
        => Read(new SeedFile(id, id, raw), cancellationToken);

    private static SeedResult LeftOut(string path, SeedDiagnostic problem)
        => new(path, null, new EquatableArray<SeedDiagnostic>(new[] { problem }));
}
