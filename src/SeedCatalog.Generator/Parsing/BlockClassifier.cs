using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Decides whether a block is body text, a subheading or a related-article teaser, from its shape
/// alone (design notes §1).
/// </summary>
internal static class BlockClassifier
{
    /// <summary>Longest line taken for a subheading or teaser headline.</summary>
    public const int MaxHeadingLength = 120;

    /// <summary>Most words a subheading may have.</summary>
    public const int MaxHeadingWords = 16;

    /// <summary>
    /// <see cref="Classify(string, bool)"/> for the block at <paramref name="slice"/> of <paramref name="text"/>,
    /// copying it out only when it is short enough to be a heading or a teaser.
    /// </summary>
    public static BlockKind Classify(string text, TextSlice slice, bool isFirst)
        => isFirst || slice.Length > MaxHeadingLength + 8 ? BlockKind.Paragraph : Classify(slice.Of(text), isFirst);

    public static BlockKind Classify(string block, bool isFirst)
    {
        if (isFirst || block.IndexOf('\n') >= 0 || block.Length > MaxHeadingLength + 8)
        {
            return BlockKind.Paragraph;
        }

        if (TryReadTeaser(block, out _, out _))
        {
            return BlockKind.Teaser;
        }

        return IsHeading(block) ? BlockKind.Heading : BlockKind.Paragraph;
    }

    /// <summary>
    /// A teaser is one line: a count of 1 to 6 digits, white space, then a headline that starts with a
    /// letter or a quote mark and is not a sentence (no final full stop).
    /// </summary>
    public static bool TryReadTeaser(string block, out int count, out int headlineStart)
    {
        count = 0;
        headlineStart = 0;
        var i = 0;
        while (i < block.Length && i < 7 && block[i] >= '0' && block[i] <= '9')
        {
            count = (count * 10) + (block[i] - '0');
            i++;
        }

        if (i == 0 || i > 6 || i >= block.Length || (block[i] != ' ' && block[i] != '\t'))
        {
            return false;
        }

        while (i < block.Length && (block[i] == ' ' || block[i] == '\t'))
        {
            i++;
        }

        if (i >= block.Length || !(char.IsUpper(block[i]) || TextConventions.IsOpeningMarkOrComma(block[i])))
        {
            return false;
        }

        var last = block[block.Length - 1];
        if (last == '.' || last == ',' || last == ';' || block.Length - i > MaxHeadingLength)
        {
            return false;
        }

        headlineStart = i;
        return true;
    }

    private static bool IsHeading(string block)
    {
        if (block.Length == 0 || block.Length > MaxHeadingLength || !(char.IsUpper(block[0]) || char.IsDigit(block[0])))
        {
            return false;
        }

        var last = block[block.Length - 1];
        if (TextConventions.IsSentenceEnd(last) || last is ':' or ';' or ',' || TextConventions.IsClosingMark(last))
        {
            return false;
        }

        var words = 1;
        foreach (var c in block)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= MaxHeadingWords;
    }

}
