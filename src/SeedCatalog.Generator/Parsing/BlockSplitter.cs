using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Splits normalized seed text into blocks separated by blank (or white-space-only) lines.</summary>
internal static class BlockSplitter
{
    public static List<TextSlice> Split(string text, int start, CancellationToken cancellationToken = default)
    {
        var blocks = new List<TextSlice>();
        var blockStart = -1;
        var blockEnd = -1;
        var lineStart = start;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (IsBlank(text, lineStart, lineEnd))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Flush(text, blocks, ref blockStart, blockEnd);
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }

                blockEnd = lineEnd;
            }

            lineStart = lineEnd + 1;
        }

        Flush(text, blocks, ref blockStart, blockEnd);
        return blocks;
    }

    private static void Flush(string text, List<TextSlice> blocks, ref int blockStart, int blockEnd)
    {
        if (blockStart < 0)
        {
            return;
        }

        var s = blockStart;
        var e = blockEnd;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        blocks.Add(new TextSlice(s, e - s));
        blockStart = -1;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
