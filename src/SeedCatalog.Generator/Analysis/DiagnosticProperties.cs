namespace SeedCatalog.Generator.Analysis;

/// <summary>Keys of the properties the analyzer's diagnostics carry to the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The suggested replacements of a constant (ids or speakers), closest first, joined by a line feed.</summary>
    public const string Suggestions = nameof(Suggestions);

    /// <summary>The named member that reads the article a <c>ById[...]</c> lookup finds.</summary>
    public const string Member = nameof(Member);

    public const char SuggestionSeparator = '\n';
}
