using Microsoft.CodeAnalysis.CSharp;

namespace SeedCatalog.Generator.Configuration;

/// <summary>Checks names that options supply for the generated namespace and class.</summary>
internal static class Identifiers
{
    public static bool IsValidIdentifier(string name)
        => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && IsAscii(name);

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }
}
