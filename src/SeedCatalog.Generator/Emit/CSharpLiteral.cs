using System.Globalization;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>Writes C# literals that compile to exactly the given value, in any language version.</summary>
internal static class CSharpLiteral
{
    /// <summary>Chars of a long literal per line.</summary>
    private const int LongLiteralLine = 4000;

    /// <summary>
    /// A long string as one constant, split over lines every few thousand chars (<c>"..." + "..."</c>,
    /// which the compiler folds): a few tokens, and lines an editor can still show. <paramref name="raw"/>
    /// writes the chars unescaped (for packed numbers, whose chars never need it).
    /// </summary>
    public static void AppendLong(SourceWriter writer, string value, bool raw = false)
    {
        writer.Append('"');
        var escaped = raw ? null : new StringBuilder();
        for (var start = 0; start < value.Length; start += LongLiteralLine)
        {
            if (start > 0)
            {
                writer.Append('"').ContinueLine().Append("+ \"");
            }

            var length = System.Math.Min(LongLiteralLine, value.Length - start);
            if (escaped is null)
            {
                writer.Append(value, start, length);
                continue;
            }

            escaped.Clear();
            for (var i = start; i < start + length; i++)
            {
                AppendEscaped(escaped, value[i]);
            }

            writer.Append(escaped.ToString());
        }

        writer.Append('"');
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case '\0': builder.Append("\\0"); break;
            default:
                SafeCharacters.Append(builder, c);
                break;
        }
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
