using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>Emits the catalog's fixed types and the packed records' layout: one file, depending on the options only.</summary>
internal static class TypesEmitter
{
    private static readonly string[] Templates =
    {
        "PartialDate.cs.template",
        "Article.cs.template",
        "Parts.cs.template",
        "Quote.cs.template",
        "TimeExpression.cs.template",
        "Support.cs.template",
        "Shards.cs.template",
        "Catalog.cs.template",
    };

    public static GeneratedFile Emit(CatalogOptions options)
    {
        var writer = new SourceWriter();
        FilePreamble.Write(writer, options, "the catalog's types and lookups");
        writer.Open("namespace " + options.Namespace);
        for (var i = 0; i < Templates.Length; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            writer.Verbatim(TemplateSource.Fill(Templates[i], options));
        }

        writer.Line();
        LayoutEmitter.Write(writer);

        writer.Close();
        return new GeneratedFile(HintNames.Types(options), writer.ToString());
    }
}
