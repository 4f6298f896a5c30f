namespace SeedCatalog.Generator.Model;

/// <summary>The languages the extractors know: each has its own word lists and rules.</summary>
internal enum Language
{
    Dutch,
    English,
}

/// <summary>The ISO 639-1 codes the generated catalog and the demo show (<c>nl</c>, <c>en</c>).</summary>
internal static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.English ? "en" : "nl";
}
