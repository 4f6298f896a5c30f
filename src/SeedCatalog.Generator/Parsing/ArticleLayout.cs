using System.Collections.Generic;
using System.Threading;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// The article's blocks sorted into body paragraphs, sections (runs of paragraphs under a
/// subheading) and related-article teasers (count and headline).
/// </summary>
internal sealed class ArticleLayout
{
    public List<TextSlice> Paragraphs { get; } = new();

    public List<SectionModel> Sections { get; } = new();

    public List<(int Count, TextSlice Headline)> Teasers { get; } = new();

    public static ArticleLayout Of(SeedDocument document, CancellationToken cancellationToken)
    {
        var layout = new ArticleLayout();
        var paragraphs = layout.Paragraphs;
        TextSlice? heading = null;
        var sectionStart = 0;
        foreach (var block in document.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    if (paragraphs.Count > sectionStart || heading is not null)
                    {
                        layout.Sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));
                    }

                    heading = block.Slice;
                    sectionStart = paragraphs.Count;
                    break;
                case BlockKind.Teaser:
                    BlockClassifier.TryReadTeaser(block.Slice.Of(document.Text), out var count, out var headlineStart);
                    layout.Teasers.Add((count, new TextSlice(block.Slice.Start + headlineStart, block.Slice.Length - headlineStart)));
                    break;
                default:
                    paragraphs.Add(block.Slice);
                    break;
            }
        }

        layout.Sections.Add(new SectionModel(heading, sectionStart, paragraphs.Count - sectionStart));
        return layout;
    }
}
