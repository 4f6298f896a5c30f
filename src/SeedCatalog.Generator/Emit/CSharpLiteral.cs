using System.Globalization;

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
        for (var start = 0; start < value.Length; start += LongLiteralLine)
        {
            if (start > 0)
            {
                writer.Append('"').ContinueLine().Append("+ \"");
            }

            var end = System.Math.Min(start + LongLiteralLine, value.Length);
            if (raw)
            {
                writer.Append(value, start, end - start);
                continue;
            }

            for (var i = start; i < end; i++)
            {
                AppendEscaped(writer, value[i]);
            }
        }

        writer.Append('"');
    }

    private static void AppendEscaped(SourceWriter writer, char c)
    {
        switch (c)
        {
            case '"': writer.Append("\\\""); break;
            case '\\': writer.Append("\\\\"); break;
            case '\n': writer.Append("\\n"); break;
            case '\r': writer.Append("\\r"); break;
            case '\t': writer.Append("\\t"); break;
            case '\0': writer.Append("\\0"); break;
            default:
                if (SafeCharacters.IsSafe(c))
                {
                    writer.Append(c);
                }
                else
                {
                    writer.Append(SafeCharacters.Escape(c));
                }

                break;
        }
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
