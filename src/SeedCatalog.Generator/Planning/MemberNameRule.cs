using System.Globalization;
using System.Text;

namespace SeedCatalog.Generator.Planning;

/// <summary>
/// The stable rule that names each article's member of the catalog class: <c>Article</c>, then every
/// run of letters and digits of the id (NFC-normalized) with its first letter upper-cased; ASCII
/// punctuation, white space and general punctuation separate runs. <c>000_db6bec3f799fe721</c> becomes
/// <c>Article000Db6bec3f799fe721</c>, <c>2022/feb/rutte</c> becomes <c>Article2022FebRutte</c>,
/// <c>class</c> becomes <c>ArticleClass</c>, <c>naïve café</c> becomes <c>ArticleNaïveCafé</c>.
/// Only ASCII letters and digits and Latin, Greek and Cyrillic letters are kept as they are; any other
/// character (other scripts, symbols, emoji) is written as <c>U</c> and its code point in hex
/// (<c>日本</c> becomes <c>ArticleU65E5U672C</c>), so the name is a valid identifier and the same on
/// every machine. Collisions are settled by <see cref="CatalogPlanner"/>.
/// </summary>
internal static class MemberNameRule
{
    public const string Prefix = "Article";

    /// <summary>The name of an id with no name characters at all; never the bare prefix, which is the article type's name.</summary>
    public const string Unnamed = Prefix + "_";

    public static string NameFor(string id)
    {
        var normalized = IsWellFormed(id) ? id.Normalize(NormalizationForm.FormC) : id;
        var builder = new StringBuilder(Prefix, Prefix.Length + normalized.Length);
        var startOfRun = true;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (IsNameCharacter(c))
            {
                builder.Append(startOfRun ? char.ToUpperInvariant(c) : c);
                startOfRun = false;
                continue;
            }

            startOfRun = true;
            if (IsSeparator(c))
            {
                continue;
            }

            var codePoint = (int)c;
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, normalized[i + 1]);
                i++;
            }

            builder.Append('U').Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Length == Prefix.Length ? Unnamed : builder.ToString();
    }

    private static bool IsNameCharacter(char c)
        => (c >= '0' && c <= '9')
           || (c >= 'a' && c <= 'z')
           || (c >= 'A' && c <= 'Z')
           || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
           || (c >= 0x386 && c <= 0x3FF && char.IsLetter(c))
           || (c >= 0x400 && c <= 0x481);

    /// <summary>ASCII and Latin-1 punctuation, combining marks left over after NFC, general punctuation (spaces, zero-width and bidi controls), variation selectors, BOM.</summary>
    private static bool IsSeparator(char c)
        => c <= 0xBF
           || c == 0xD7
           || c == 0xF7
           || (c >= 0x300 && c <= 0x36F)
           || (c >= 0x2000 && c <= 0x206F)
           || c == 0x3000
           || (c >= 0xFE00 && c <= 0xFE0F)
           || c == 0xFEFF;

    /// <summary>No lone surrogates: <see cref="string.Normalize(NormalizationForm)"/> throws on them.</summary>
    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
