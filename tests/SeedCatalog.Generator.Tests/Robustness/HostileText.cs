using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SeedCatalog.Generator.Tests.Robustness;

/// <summary>Text that tries to break generated code, and the check that generated code holds none of it raw.</summary>
public static class HostileText
{
    /// <summary>Pieces of text a seed may hold; each must compile and round-trip exactly.</summary>
    public static readonly string[] Pieces =
    {
        "\"", "\\", "\\\"", "\"\"\"", "{", "}", "{{0}}", "$\"{x}\"", "*/", "/*", "//", "///", "<!--", "-->",
        "\n#line 1 \"evil.cs\"\n", "\n#error boom\n", "\n#if false\n", "\n#endif\n", "\n#pragma warning disable\n", "\n#region\n",
        "\0", "\u0001", "\a", "\b", "\t", "\v", "\f", "\u001b", "\u007f", "\u0085", "\u009b",
        "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad", "\u061c",
        "\u2028", "\u2029", "\ud800", "\udc00", "\udbff\udfff", "\ud83c\udf89", "\ufffd", "\uffff", "\ufffe",
        "</summary>", "<summary>", "<b>", "&amp;", "&", "<", ">", "]]>", "<![CDATA[", "<script>alert(1)</script>",
        "\u0000\u0000\u0000", "\u0301", "e\u0301", "\u05d0\u05d1", "\u0627\u0644", "\u65e5\u672c", "\u0939\u093f",
        "\r", "\r\n", "\n\n", "u8", "\"u8", "\\u0022", "\\u000A", "@\"", "'", "''", ",,",
    };

    /// <summary>One seed that holds every piece, between ordinary sentences.</summary>
    public static string AllInOneSeed()
    {
        var builder = new StringBuilder("date 2022-02-03 A lede with hostile text: ");
        foreach (var piece in Pieces)
        {
            builder.Append(piece).Append(" x. ");
        }

        builder.Append("\n\nA second paragraph ").Append(string.Concat(Pieces)).Append(" end.");
        return builder.ToString();
    }

    /// <summary>
    /// Characters that must never appear raw in generated code: controls other than line feed,
    /// surrogates, format characters (bidi controls, zero-width characters, BOM), line and paragraph
    /// separators, and noncharacters.
    /// </summary>
    public static bool IsForbiddenRaw(char c)
    {
        if (c == '\n')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return char.IsControl(c)
               || char.IsSurrogate(c)
               || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned
               || c is '\ufeff' or '\ufffe' or '\uffff';
    }

    /// <summary>Every raw forbidden character in the text, as "U+XXXX at line:column".</summary>
    public static List<string> FindForbidden(string generated)
    {
        var found = new List<string>();
        var line = 1;
        var column = 1;
        foreach (var c in generated)
        {
            if (IsForbiddenRaw(c))
            {
                found.Add($"U+{(int)c:X4} at {line}:{column}");
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return found;
    }

    /// <summary>A seed's text as the catalog holds it: no leading BOM, LF line ends.</summary>
    public static string Normalize(string raw)
    {
        var text = raw.Length > 0 && raw[0] == '\ufeff' ? raw.Substring(1) : raw;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    public static IEnumerable<string> Sources(Microsoft.CodeAnalysis.GeneratorDriverRunResult result)
        => result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString());
}
