using System.IO;
using System.Text;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// The fixed runtime types (Article, Quote, PartialDate, …) kept as C# templates embedded in the
/// generator, filled with the consumer's names and language features.
/// </summary>
internal static class TemplateSource
{
    public static string Fill(string templateName, CatalogOptions options)
    {
        var text = Read(templateName);
        return text
            .Replace("$VISIBILITY$", options.IsPublic ? "public" : "internal")
            .Replace("$CATALOG$", options.ClassName)
            .Replace("$VERSION$", FilePreamble.Version)
            .Replace("$Q$", options.NullableAnnotations ? "?" : string.Empty)
            .Replace("$BANG$", options.NullableAnnotations ? "!" : string.Empty)
            .Replace("$RESOURCE_NAME_OF_ID$", ResourceNameExpression("id"))
            .Replace("\r\n", "\n");
    }

    /// <summary>
    /// The C# expression that builds, at run time, the resource name of the seed whose id is in
    /// <paramref name="idVariable"/>: <see cref="ArticleModel.DefaultResourceName"/> itself, given the id as
    /// code, so the generator and the catalog name resources in one place (<c>"SeedCatalog/" + id + ".txt"</c>).
    /// </summary>
    private static string ResourceNameExpression(string idVariable)
        => "\"" + ArticleModel.DefaultResourceName("\" + " + idVariable + " + \"") + "\"";

    private static string Read(string templateName)
    {
        var assembly = typeof(TemplateSource).Assembly;
        using var stream = assembly.GetManifestResourceStream("SeedCatalog.Templates." + templateName)
            ?? throw new FileNotFoundException("Missing generator template " + templateName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
