namespace SeedCatalog.Generator.Model;

/// <summary>Where the generated catalog keeps each seed's text.</summary>
internal enum TextStorage
{
    /// <summary>As a string literal in the generated code (small catalogs, and builds without SeedCatalog's targets).</summary>
    Inline,

    /// <summary>As the seed file itself, embedded as a manifest resource by SeedCatalog's targets and read on first use.</summary>
    Resource,
}

/// <summary>The consumer's settings that shape the generated code.</summary>
internal sealed record CatalogOptions(
    string Namespace,
    string ClassName,
    bool IsPublic,
    TextStorage Storage,
    bool NullableAnnotations)
{
    public const string DefaultNamespace = "SeedCatalog";
    public const string DefaultClassName = "Seeds";

    public static readonly CatalogOptions Default = new(DefaultNamespace, DefaultClassName, IsPublic: false, TextStorage.Inline, NullableAnnotations: true);
}
