using System.Globalization;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>Writes C# literals that compile to exactly the given value, in any language version.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
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

        builder.Append('"');
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
