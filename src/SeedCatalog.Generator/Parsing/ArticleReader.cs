using System.Threading;
using SeedCatalog.Generator.Diagnostics;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Turns one seed's text into its <see cref="ArticleModel"/>: parses the format and checks it, then
/// hands a usable seed to <see cref="ArticleBuilder"/>. A seed that cannot be dated or has
/// no text is left out, with a located diagnostic; so is one that is not text (see docs/diagnostics.md).
/// Never throws for any input; honours cancellation between blocks.
/// </summary>
internal static class ArticleReader
{
    public static ArticleReadResult Read(SeedFile file, CancellationToken cancellationToken = default)
    {
        if (file.Problem is { } problem)
        {
            return LeftOut(problem);
        }

        var result = Read(file.Id, file.Text, cancellationToken);
        return file.ResourceName is null || result.Article is null
            ? result
            : result with { Article = result.Article with { ResourceName = file.ResourceName } };
    }

    public static ArticleReadResult Read(string id, string raw, CancellationToken cancellationToken = default)
    {
        if (BinaryContent.Find(raw) is { } control)
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.NotText, raw, control, id, BinaryContent.Describe(raw)));
        }

        var document = SeedParser.Parse(raw, cancellationToken);
        var text = document.Text;
        if (IsBlank(text))
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.EmptySeed, text, new TextSlice(0, 0), id));
        }

        var header = document.Header;
        switch (header.Status)
        {
            case DateHeaderStatus.Missing:
                return LeftOut(LinePositions.Diagnostic(DiagnosticIds.MissingDateHeader, text, FirstWord(text), id));
            case DateHeaderStatus.Impossible:
                return LeftOut(LinePositions.Diagnostic(DiagnosticIds.ImpossibleDate, text, header.ValueSlice, id, header.ValueSlice.Of(text)));
        }

        if (document.Blocks.IsEmpty)
        {
            return LeftOut(LinePositions.Diagnostic(DiagnosticIds.HeaderOnly, text, header.ValueSlice, id));
        }

        return ArticleBuilder.Build(id, document, cancellationToken);
    }

    private static ArticleReadResult LeftOut(SeedDiagnostic diagnostic)
        => new(null, new EquatableArray<SeedDiagnostic>(new[] { diagnostic }));

    private static TextSlice FirstWord(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return new TextSlice(start, end - start);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
