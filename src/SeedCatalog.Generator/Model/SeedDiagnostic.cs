namespace SeedCatalog.Generator.Model;

/// <summary>
/// A problem found in a seed, located by a span of its normalized text and by line and column
/// (zero-based), with the arguments its message needs. Turned into a Roslyn diagnostic only at
/// the pipeline's edge.
/// </summary>
internal sealed record SeedDiagnostic(
    string Id,
    TextSlice Span,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    EquatableArray<string> Arguments)
{
    /// <summary>The diagnostic <paramref name="id"/> at <paramref name="span"/> of <paramref name="text"/> (normalized, LF line ends).</summary>
    public static SeedDiagnostic At(string id, string text, TextSlice span, params string[] arguments)
    {
        var (startLine, startColumn) = LineAndColumn(text, span.Start);
        var (endLine, endColumn) = LineAndColumn(text, span.End);
        return new SeedDiagnostic(id, span, startLine, startColumn, endLine, endColumn, new EquatableArray<string>(arguments));
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        if (offset > text.Length)
        {
            offset = text.Length;
        }

        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
