namespace SeedCatalog.Generator.Model;

/// <summary>Where the generated catalog keeps each seed's text.</summary>
internal enum TextStorage
{
    /// <summary>As a string literal in the generated code (small catalogs, and builds without SeedCatalog's targets).</summary>
    Inline,

    /// <summary>As the seed file itself, embedded as a manifest resource by SeedCatalog's targets and read on first use.</summary>
    Resource,
}

/// <summary>Whether each article gets a named member of the catalog class (<c>Seeds.Article000Db6bec3f799fe721</c>).</summary>
internal enum NamedMembers
{
    /// <summary>Up to <see cref="CatalogOptions.NamedMembersUpTo"/> articles: each named member costs the consumer's compile (~0.4 ms cold).</summary>
    Auto,

    /// <summary>Always, at any size.</summary>
    Always,

    /// <summary>Never: articles are reached through <c>All</c> and <c>ById</c>.</summary>
    Never,
}

/// <summary>The consumer's settings that shape the generated code.</summary>
internal sealed record CatalogOptions(
    string Namespace,
    string ClassName,
    bool IsPublic,
    TextStorage Storage,
    bool NullableAnnotations,
    NamedMembers NamedMembers = NamedMembers.Auto)
{
    /// <summary>The largest catalog that gets named members by default (measured in docs/benchmarks.md).</summary>
    public const int NamedMembersUpTo = 2000;

    public const string DefaultNamespace = "SeedCatalog";
    public const string DefaultClassName = "Seeds";

    public static readonly CatalogOptions Default = new(DefaultNamespace, DefaultClassName, IsPublic: false, TextStorage.Inline, NullableAnnotations: true);
}
