using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>Reads a seed's text (any line ends, with or without BOM) into a <see cref="SeedDocument"/>.</summary>
internal static class SeedParser
{
    public static SeedDocument Parse(string raw)
    {
        var text = TextNormalizer.Normalize(raw);
        var header = DateHeaderParser.Parse(text);
        var bodyStart = header.Status == DateHeaderStatus.Missing ? 0 : header.BodyStart;

        var slices = BlockSplitter.Split(text, bodyStart);
        var blocks = new List<TextBlock>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var kind = BlockClassifier.Classify(slices[i].Of(text), isFirst: i == 0);
            blocks.Add(new TextBlock(kind, slices[i]));
        }

        return new SeedDocument(text, header, EquatableArray.From(blocks));
    }
}
