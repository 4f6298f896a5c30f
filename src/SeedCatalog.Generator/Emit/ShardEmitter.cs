using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Emits one shard: for each of its articles a named, documented, lazily created member of the
/// catalog class. A shard's text depends only on its own articles, so editing one seed re-emits one shard.
/// </summary>
internal static class ShardEmitter
{
    private const int LedePreviewLength = 240;

    public static GeneratedFile Emit(ShardPlan shard)
    {
        var options = shard.Options;
        var ns = "global::" + options.Namespace;
        var writer = new SourceWriter();
        FilePreamble.Write(writer, options, "articles shard " + CSharpLiteral.Int(shard.Index + 1) + " of " + CSharpLiteral.Int(shard.Count));
        writer.Line("// Seeds in this file:");
        foreach (var named in shard.Articles)
        {
            writer.Line("//   " + CommentText.Sanitize(named.Article.Id));
        }

        writer.Line();
        writer.Open("namespace " + options.Namespace);
        writer.Open((options.IsPublic ? "public" : "internal") + " static partial class " + options.ClassName);
        var first = true;
        foreach (var named in shard.Articles)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteMember(writer, named, options, ns);
        }

        writer.Close();
        writer.Close();
        return new GeneratedFile(HintNames.Shard(options, shard.Index, shard.Count), writer.ToString());
    }

    private static void WriteMember(SourceWriter writer, NamedArticle named, CatalogOptions options, string ns)
    {
        var article = named.Article;
        var name = named.MemberName;
        var field = "s_" + name;
        var nullable = options.NullableAnnotations ? "?" : string.Empty;

        WriteDocumentation(writer, article);
        writer.Open("public static " + ns + ".Article " + name);
        writer.Line("get { return " + field + " ?? " + ns + ".SeedCatalogList.Publish(ref " + field + ", Create" + name + "()); }");
        writer.Close();
        writer.Line();
        writer.Line("private static " + ns + ".Article" + nullable + " " + field + ";");
        writer.Line();
        writer.Open("private static " + ns + ".Article Create" + name + "()");
        writer.StartLine().Append("return ");
        ArticleDataWriter.Write(writer.Raw, article, options, "                    ");
        writer.Raw.Append(";\n");
        writer.Close();
    }

    private static string Count(int count, string noun) => CSharpLiteral.Int(count) + " " + noun + (count == 1 ? string.Empty : "s");

    private static void WriteDocumentation(SourceWriter writer, ArticleModel article)
    {
        var title = article.Title.Of(article.Text);
        var lede = article.Paragraphs[0];
        var rest = lede.Of(article.Text).Substring(article.Title.Length);
        writer.Line("/// <summary>");
        writer.Line("/// <b>" + article.Date + "</b> " + CommentText.Sanitize(title));
        if (rest.Trim().Length > 0)
        {
            writer.Line("/// <para>" + CommentText.Sanitize(rest, LedePreviewLength) + "</para>");
        }

        writer.Line("/// <para>Seed <c>" + CommentText.Sanitize(article.Id) + "</c> (" + article.Language + "): "
            + Count(article.Paragraphs.Count, "paragraph") + ", " + Count(article.Quotes.Count, "quote") + ", " + Count(article.WordCount, "word") + ".</para>");
        writer.Line("/// </summary>");
    }
}
