using System.Globalization;
using System.Text;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Makes seed text safe inside <c>//</c> and <c>///</c> comments: one line, XML-escaped, and every
/// character outside <see cref="SafeCharacters"/> written as a visible <c>\uXXXX</c>.
/// </summary>
internal static class CommentText
{
    public static string Sanitize(string text, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            if (c is '\n' or '\r' or '\t' or ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    SafeCharacters.Append(builder, c);
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
