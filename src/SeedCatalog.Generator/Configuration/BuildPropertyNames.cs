namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// The MSBuild properties and item metadata the generator reads (made visible to the compiler by
/// SeedCatalog's props), as they appear in the analyzer config.
/// </summary>
internal static class BuildPropertyNames
{
    public const string Namespace = "build_property.SeedCatalogNamespace";
    public const string RootNamespace = "build_property.RootNamespace";
    public const string ClassName = "build_property.SeedCatalogClassName";
    public const string Visibility = "build_property.SeedCatalogVisibility";
    public const string TextStorage = "build_property.SeedCatalogTextStorage";
    public const string NamedMembers = "build_property.SeedCatalogNamedMembers";
    public const string MaxSeedBytes = "build_property.SeedCatalogMaxSeedBytes";

    public const string Manifest = "build_property.SeedCatalogManifest";

    public const string IsSeed = "build_metadata.AdditionalFiles.SeedCatalogSeed";
    public const string SeedId = "build_metadata.AdditionalFiles.SeedCatalogId";
    public const string Id = "build_metadata.AdditionalFiles.Id";
    public const string RecursiveDir = "build_metadata.AdditionalFiles.RecursiveDir";
}
