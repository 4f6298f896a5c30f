using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Tells binary data that happens to decode as UTF-8 (a UTF-16 file without byte-order mark, a
/// database dump) from text that merely holds a few control characters. Text may hold any character
/// (the catalog escapes them all); only a high density of control characters marks data.
/// </summary>
internal static class BinaryContent
{
    /// <summary>Fewer control characters than this never make a seed binary.</summary>
    public const int MinimumControls = 16;

    /// <summary>A seed is binary when more than one character in this many is a control character.</summary>
    public const int OneIn = 10;

    /// <summary>The first control character of a binary seed, or null when the seed is text.</summary>
    public static TextSlice? Find(string text)
    {
        var count = 0;
        var first = -1;
        foreach (var c in text)
        {
            if (IsDataControl(c))
            {
                count++;
            }
        }

        if (count < MinimumControls || (long)count * OneIn <= text.Length)
        {
            return null;
        }

        for (var i = 0; i < text.Length && first < 0; i++)
        {
            if (IsDataControl(text[i]))
            {
                first = i;
            }
        }

        return new TextSlice(first, 1);
    }

    public static string Describe(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsDataControl(c))
            {
                count++;
            }
        }

        return "it looks like binary data: " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of its "
            + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters are control characters";
    }

    /// <summary>C0 controls and DEL, except the white space text uses (tab, line feed, vertical tab, form feed, carriage return).</summary>
    private static bool IsDataControl(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c == 0x7F;
}
