namespace SeedCatalog.Generator.Model;

/// <summary>The SEED diagnostic IDs, shared by the parser (which has no Roslyn types) and the descriptors.</summary>
internal static class DiagnosticIds
{
    public const string MissingDateHeader = "SEED001";
    public const string ImpossibleDate = "SEED002";
    public const string EmptySeed = "SEED003";
    public const string HeaderOnly = "SEED004";
    public const string NotText = "SEED005";
    public const string TooLarge = "SEED006";
    public const string UnbalancedQuote = "SEED007";
    public const string DuplicateName = "SEED008";
    public const string DuplicateId = "SEED009";
    public const string ExtractionFailed = "SEED010";

    // Catalog shape (SEED030–SEED039).
    public const string NamedMembersOmitted = "SEED030";

    // Build options (SEED020–SEED029): a property value the generator cannot use.
    public const string InvalidNamespaceOption = "SEED020";
    public const string InvalidClassNameOption = "SEED021";
    public const string UnknownVisibilityOption = "SEED022";
    public const string UnknownTextStorageOption = "SEED023";

    // Code that uses the catalog (SEED101–SEED199), reported by the analyzer.
    public const string UnknownId = "SEED101";
    public const string UnknownSpeaker = "SEED102";
    public const string ImpossibleDateArgument = "SEED103";
    public const string UseNamedMember = "SEED104";
}
