using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Why a parsed seed cannot be in the catalog: empty, undated, an impossible date, or a header with no body.</summary>
internal static class SeedProblems
{
    public static SeedDiagnostic? Find(string id, SeedDocument document)
    {
        var text = document.Text;
        if (IsBlank(text))
        {
            return SeedDiagnostic.At(DiagnosticIds.EmptySeed, text, new TextSlice(0, 0), id);
        }

        var header = document.Header;
        switch (header.Status)
        {
            case DateHeaderStatus.Missing:
                return SeedDiagnostic.At(DiagnosticIds.MissingDateHeader, text, FirstWord(text), id);
            case DateHeaderStatus.Impossible:
                return SeedDiagnostic.At(DiagnosticIds.ImpossibleDate, text, header.ValueSlice, id, header.ValueSlice.Of(text));
        }

        return document.Blocks.IsEmpty ? SeedDiagnostic.At(DiagnosticIds.HeaderOnly, text, header.ValueSlice, id) : null;
    }

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
