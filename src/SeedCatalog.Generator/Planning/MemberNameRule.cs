using System.Text;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The stable rule that names each article's member of the catalog class: <c>Article</c>, then every
/// run of letters and digits of the id (NFC-normalized) with its first letter upper-cased; all other
/// characters separate runs. <c>000_db6bec3f799fe721</c> becomes <c>Article000Db6bec3f799fe721</c>,
/// <c>2022/feb/rutte</c> becomes <c>Article2022FebRutte</c>, <c>class</c> becomes <c>ArticleClass</c>.
/// Only ASCII letters and digits and Latin, Greek and Cyrillic letters are kept, so the name is the
/// same on every machine. Collisions are settled by <see cref="CatalogPlanner"/>.
/// </summary>
internal static class MemberNameRule
{
    public const string Prefix = "Article";

    public static string NameFor(string id)
    {
        var normalized = id.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(Prefix, Prefix.Length + normalized.Length);
        var startOfRun = true;
        foreach (var c in normalized)
        {
            if (!IsNameCharacter(c))
            {
                startOfRun = true;
                continue;
            }

            builder.Append(startOfRun ? char.ToUpperInvariant(c) : c);
            startOfRun = false;
        }

        return builder.ToString();
    }

    private static bool IsNameCharacter(char c)
        => (c >= '0' && c <= '9')
           || (c >= 'a' && c <= 'z')
           || (c >= 'A' && c <= 'Z')
           || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
           || (c >= 0x386 && c <= 0x3FF && char.IsLetter(c))
           || (c >= 0x400 && c <= 0x481);
}
