using Microsoft.CodeAnalysis.CSharp;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Configuration;

/// <summary>
/// The project's RootNamespace as the default namespace of the catalog, made valid if it is not: the
/// SDK derives it from the project's file name, so 'my-app' or '3d.Tools' happen. Not reported as a
/// problem, since the project did not choose it for SeedCatalog.
/// </summary>
internal static class RootNamespaceName
{
    public static string From(string? rootNamespace)
    {
        if (rootNamespace is null)
        {
            return CatalogOptions.DefaultNamespace;
        }

        if (Identifiers.IsValidNamespace(rootNamespace))
        {
            return rootNamespace;
        }

        var sanitized = Sanitize(rootNamespace);
        return Identifiers.IsValidNamespace(sanitized) ? sanitized : CatalogOptions.DefaultNamespace;
    }

    /// <summary>
    /// Each part's characters other than ASCII letters, digits and '_' become '_'; a part that is empty,
    /// starts with a digit or is a keyword gets a leading '_' (as Visual Studio does for RootNamespace).
    /// </summary>
    private static string Sanitize(string name)
    {
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var chars = parts[i].ToCharArray();
            for (var j = 0; j < chars.Length; j++)
            {
                var c = chars[j];
                chars[j] = c <= 0x7E && (char.IsLetterOrDigit(c) || c == '_') ? c : '_';
            }

            var part = new string(chars);
            if (part.Length == 0 || char.IsDigit(part[0]) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                part = "_" + part;
            }

            parts[i] = part;
        }

        return string.Join(".", parts);
    }
}
