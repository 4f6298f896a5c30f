using System.Text;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Brings a seed's text to the one form every offset refers to: no leading byte-order mark, and
/// LF line ends (CRLF and lone CR become LF). The generated catalog applies the same rule when it
/// reads an embedded seed, so offsets agree.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        var start = raw.Length > 0 && raw[0] == '\uFEFF' ? 1 : 0;
        if (raw.IndexOf('\r') < 0)
        {
            return start == 0 ? raw : raw.Substring(start);
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = start; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
