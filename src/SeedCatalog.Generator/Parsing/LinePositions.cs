using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Zero-based line and column of offsets in normalized (LF) text, and diagnostics located by them.</summary>
internal static class LinePositions
{
    public static (int Line, int Column) Of(string text, int offset)
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

    public static SeedDiagnostic Diagnostic(string id, string text, TextSlice span, params string[] arguments)
    {
        var (startLine, startColumn) = Of(text, span.Start);
        var (endLine, endColumn) = Of(text, span.End);
        return new SeedDiagnostic(id, span, startLine, startColumn, endLine, endColumn, new EquatableArray<string>(arguments));
    }
}
