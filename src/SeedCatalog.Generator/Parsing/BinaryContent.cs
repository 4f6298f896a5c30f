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
        if (text.IndexOfAny(DataControlCharacters) < 0)
        {
            return null;
        }

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

    /// <summary>What <see cref="IsDataControl"/> is true for: a search for any of them runs vectorized over ordinary text.</summary>
    private static readonly char[] DataControlCharacters = AllDataControls();

    private static char[] AllDataControls()
    {
        var controls = new System.Collections.Generic.List<char>();
        for (var c = '\0'; c < 128; c++)
        {
            if (IsDataControl(c))
            {
                controls.Add(c);
            }
        }

        return controls.ToArray();
    }

    /// <summary>The C0 controls that are data: all but tab, line feed, vertical tab, form feed and carriage return (9-13).</summary>
    private const uint DataControls = 0xFFFFC1FF;

    /// <summary>C0 controls and DEL, except the white space text uses (tab, line feed, vertical tab, form feed, carriage return).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDataControl(char c) => c < 0x20 ? ((DataControls >> c) & 1) != 0 : c == 0x7F;
}
