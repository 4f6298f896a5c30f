using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Sorts a seed's classified blocks into body paragraphs, sections (runs of paragraphs under a subheading)
/// and related-article teasers (count and headline), and finds the title (the lede's first sentence).
/// </summary>
internal static class DocumentLayout
{
    public static SeedDocument Of(string text, DateHeader header, List<TextBlock> blocks, CancellationToken cancellationToken)
    {
        var paragraphs = new List<TextSlice>(blocks.Count);
        var sections = new List<SectionModel>();
        var teasers = new List<Teaser>();
        TextSlice? heading = null;
        var sectionStart = 0;
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    if (paragraphs.Count > sectionStart || heading is not null)
                    {
                        sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));
                    }

                    heading = block.Slice;
                    sectionStart = paragraphs.Count;
                    break;
                case BlockKind.Teaser:
                    BlockClassifier.TryReadTeaser(block.Slice.Of(text), out var count, out var headlineStart);
                    teasers.Add(new Teaser(count, new TextSlice(block.Slice.Start + headlineStart, block.Slice.Length - headlineStart)));
                    break;
                default:
                    paragraphs.Add(block.Slice);
                    break;
            }
        }

        sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));
        var title = paragraphs.Count == 0 ? default : new TextSlice(paragraphs[0].Start, SentenceSplitter.FirstSentenceLength(paragraphs[0].Of(text)));
        return new SeedDocument(text, header, EquatableArray.From(blocks), EquatableArray.From(paragraphs), EquatableArray.From(sections), EquatableArray.From(teasers), title);
    }
}
