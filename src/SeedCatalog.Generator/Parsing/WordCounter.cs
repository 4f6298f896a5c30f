using System.Collections.Generic;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Counts words: maximal runs of letters and digits (with inner apostrophes and hyphens).</summary>
internal static class WordCounter
{
    public static int Count(IEnumerable<string> paragraphs)
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            count += Count(paragraph);
        }

        return count;
    }

    /// <summary>
    /// The words of one text. A word starts at a letter or digit and runs on over letters, digits,
    /// apostrophes (' and ’) and hyphens, so "de-escalatie" and "auto's" are one word each. Branch-free
    /// over ASCII (a class table): word boundaries come every few characters and would be mispredicted.
    /// </summary>
    public static int Count(string text)
    {
        var classes = AsciiClasses;
        var count = 0;
        var inWord = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cls = c < 128 ? classes[c & 127] : ClassOf(c);
            var wordChar = cls & WordChar;
            count += wordChar & ~inWord;
            inWord = wordChar | (inWord & (cls >> 1));
        }

        return count;
    }

    private const int WordChar = 1;

    private const int Joiner = 2;

    /// <summary>Per ASCII char: <see cref="WordChar"/> for letters and digits, <see cref="Joiner"/> for ' and -.</summary>
    private static readonly int[] AsciiClasses = BuildAsciiClasses();

    private static int[] BuildAsciiClasses()
    {
        var classes = new int[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = ClassOf((char)c);
        }

        return classes;
    }

    private static int ClassOf(char c) => char.IsLetterOrDigit(c) ? WordChar : c is '\'' or '’' or '-' ? Joiner : 0;
}
