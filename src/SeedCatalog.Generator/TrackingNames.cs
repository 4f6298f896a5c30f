namespace SeedCatalog.Generator;

/// <summary>Names of the pipeline's steps, so tests can assert which ones ran and which were cached.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string OptionProblems = nameof(OptionProblems);
    public const string Manifest = nameof(Manifest);
    public const string SeedFiles = nameof(SeedFiles);
    public const string Articles = nameof(Articles);
    public const string SeedKeys = nameof(SeedKeys);
    public const string Layout = nameof(Layout);
    public const string Plan = nameof(Plan);
    public const string Entries = nameof(Entries);
    public const string Shards = nameof(Shards);
    public const string LookupSpeakers = nameof(LookupSpeakers);
    public const string LookupTable = nameof(LookupTable);
}
