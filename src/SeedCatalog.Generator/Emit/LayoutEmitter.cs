using System;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Writes the catalog's <c>SeedCatalogLayout</c>: the enums of Emit/PackedLayout.cs as constants
/// (<c>QuoteSpeaker = 3</c>, <c>QuoteFields = 9</c>), which the templates read the packed numbers by.
/// </summary>
internal static class LayoutEmitter
{
    /// <summary>The name of the generated class.</summary>
    public const string ClassName = "SeedCatalogLayout";

    /// <summary>Each layout enum and the prefix of its constants' names.</summary>
    public static readonly (Type Layout, string Prefix)[] Records =
    {
        (typeof(ArticleHeader), "Header"),
        (typeof(ArticleRun), "Run"),
        (typeof(ParagraphRecord), "Paragraph"),
        (typeof(SectionRecord), "Section"),
        (typeof(RelatedRecord), "Related"),
        (typeof(QuoteRecord), "Quote"),
        (typeof(PersonRecord), "Person"),
        (typeof(TimeRecord), "Time"),
    };

    public static void Write(SourceWriter writer)
    {
        writer.Line("/// <summary>Where each number sits in a shard's packed records (the generator's Emit/PackedLayout.cs).</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedCatalog\", \"" + FilePreamble.Version + "\")]");
        writer.Open("internal static class " + ClassName);
        for (var r = 0; r < Records.Length; r++)
        {
            if (r > 0)
            {
                writer.Line();
            }

            var (layout, prefix) = Records[r];
            foreach (var name in Enum.GetNames(layout))
            {
                var value = (int)Enum.Parse(layout, name);
                writer.Line("internal const int " + prefix + name + " = " + CSharpLiteral.Int(value) + ";");
            }
        }

        writer.Close();
    }
}
