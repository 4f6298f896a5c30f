using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Reads a seed's text (any line ends, with or without BOM) into a <see cref="SeedDocument"/>.</summary>
internal static class SeedParser
{
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

        return new SeedDocument(text, header, EquatableArray.From(blocks));
    }
}
