using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Reads a seed's text (any line ends, with or without BOM) into a <see cref="SeedDocument"/>: header,
/// blocks, paragraphs, sections, teasers and title. <see cref="Read"/> also checks that the seed can be in
/// the catalog and says why not, with a located diagnostic (see docs/diagnostics.md). Never throws for any
/// input; honours cancellation between blocks.
/// </summary>
internal static class SeedParser
{
    /// <summary>The document of seed <paramref name="id"/>, with its <see cref="SeedDocument.Problem"/> when it is left out.</summary>
    public static SeedDocument Read(string id, string raw, CancellationToken cancellationToken = default)
    {
        if (BinaryContent.Find(raw) is { } control)
        {
            return Empty(raw, SeedDiagnostic.At(DiagnosticIds.NotText, raw, control, id, BinaryContent.Describe(raw)));
        }

        var document = Parse(raw, cancellationToken);
        var problem = SeedProblems.Find(id, document);
        return problem is null ? document : document with { Problem = problem };
    }

    /// <summary>The parts of a seed, whether or not it can be in the catalog.</summary>
    public static SeedDocument Parse(string raw, CancellationToken cancellationToken = default)
    {
        var text = TextNormalizer.Normalize(raw);
        var header = DateHeaderParser.Parse(text);
        var bodyStart = header.Status == DateHeaderStatus.Missing ? 0 : header.BodyStart;

        var slices = BlockSplitter.Split(text, bodyStart, cancellationToken);
        var blocks = new List<TextBlock>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = BlockClassifier.Classify(text, slices[i], isFirst: i == 0);
            blocks.Add(new TextBlock(kind, slices[i]));
        }

        return DocumentLayout.Of(text, header, blocks, cancellationToken);
    }

    private static SeedDocument Empty(string text, SeedDiagnostic problem)
        => new(text, default, EquatableArray<TextBlock>.Empty, EquatableArray<TextSlice>.Empty, EquatableArray<SectionModel>.Empty, EquatableArray<Teaser>.Empty, default, problem);
}
