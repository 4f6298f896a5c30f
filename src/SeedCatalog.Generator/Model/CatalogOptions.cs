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
    /// <summary>Always, at any size (the default): adding a seed never takes away a member that code uses.</summary>
    Always,

    /// <summary>Never: articles are reached through <c>All</c> and <c>ById</c>.</summary>
    Never,
}

/// <summary>
/// The consumer's settings that shape the generated code. <see cref="DataSectionThreshold"/> is the length past
/// which the compiler puts a string literal in the data section instead of the #US heap
/// (<c>experimental-data-section-string-literals</c>), or <see cref="NoDataSection"/>.
/// </summary>
internal sealed record CatalogOptions(
    string Namespace,
    string ClassName,
    bool IsPublic,
    TextStorage Storage,
    bool NullableAnnotations,
    NamedMembers NamedMembers = NamedMembers.Always,
    int DataSectionThreshold = CatalogOptions.NoDataSection)
{
    /// <summary>
    /// The most articles that get named members: each is a property getter of the one catalog class, and the
    /// runtime refuses a type of more than 65,535 methods (TypeLoadException, seen at 100,000 articles).
    /// </summary>
    public const int MaxNamedMembers = 60_000;

    /// <summary><see cref="DataSectionThreshold"/> when the compiler keeps every string literal in the #US heap.</summary>
    public const int NoDataSection = -1;

    public const string DefaultNamespace = "SeedCatalog";
    public const string DefaultClassName = "Seeds";

    public static readonly CatalogOptions Default = new(DefaultNamespace, DefaultClassName, IsPublic: false, TextStorage.Inline, NullableAnnotations: true);
}
