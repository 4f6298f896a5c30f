using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Emits one shard: a documented member per article that reads the shard's table, and the table:
/// string literals for all its articles (packed headers, joined strings, and the runs behind a method of
/// their own; see <see cref="ShardData"/>), decoded on first use by <c>SeedCatalogShard.Read</c>. One method per shard instead of one per article keeps the
/// generated code cheap to compile and to JIT. A shard's text depends only on its own articles,
/// so editing one seed re-emits one shard.
/// </summary>
internal static class ShardEmitter
{
    private const int LedePreviewLength = 240;

    public static GeneratedFile Emit(ShardPlan shard)
    {
        var options = shard.Options;
        var ns = "global::" + options.Namespace;
        var nullable = options.NullableAnnotations ? "?" : string.Empty;
        var method = ShardMethodName(shard.Index);
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
        if (shard.NamedMembers)
        {
            WriteNamedMembers(writer, shard, ns, method);
        }

        var data = ShardBudget.Fill(shard);

        var field = "s_shard" + CSharpLiteral.Int(shard.Index);
        writer.Line("private static " + ns + ".Article[]" + nullable + " " + field + ";");
        writer.Line();
        writer.Open("private static " + ns + ".Article[] " + method + "()");
        writer.Line("if (" + field + " != null) return " + field + ";");
        writer.StartLine("return ").Append(ns).Append(".SeedCatalogList.Publish(ref ").Append(field).Append(", ");
        var runsMethod = method + "Runs";
        data.AppendRead(writer, ns, shard.Articles.Count, runsMethod);
        writer.EndLine(");");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The runs of numbers of the shard's articles, read when an article first needs them.</summary>");
        writer.Open("private static string " + runsMethod + "()");
        writer.StartLine("return ");
        data.AppendRuns(writer);
        writer.EndLine(";");
        writer.Close();
        writer.Close();
        writer.Close();
        return new GeneratedFile(HintNames.Shard(options, shard.Index, shard.Count), writer.ToString());
    }

    /// <summary>
    /// One documented property per article. Expression-bodied: the compiler binds 10,000 of these in less
    /// than half the time of <c>{ get { return ...; } }</c>. Outside the nullable context: each one's nullable
    /// analysis cost about a third of its compile time, and its type says no more than oblivious
    /// <c>Article</c> (it is never null).
    /// </summary>
    private static void WriteNamedMembers(SourceWriter writer, ShardPlan shard, string ns, string method)
    {
        var nullable = shard.Options.NullableAnnotations;
        if (nullable)
        {
            writer.Directive("#nullable disable");
        }

        for (var slot = 0; slot < shard.Articles.Count; slot++)
        {
            var named = shard.Articles[slot];
            WriteDocumentation(writer, named.Article);
            writer.Line("public static " + ns + ".Article " + named.MemberName + " => " + method + "()[" + CSharpLiteral.Int(slot) + "];");
            writer.Line();
        }

        if (nullable)
        {
            writer.Directive("#nullable enable");
        }
    }

    /// <summary>The catalog's private method that returns shard <paramref name="index"/>'s articles.</summary>
    public static string ShardMethodName(int index) => "Shard" + CSharpLiteral.Int(index);

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

        writer.Line("/// <para>Seed <c>" + CommentText.Sanitize(article.Id) + "</c> (" + article.Language.Code() + "): "
            + Count(article.Paragraphs.Count, "paragraph") + ", " + Count(article.Quotes.Count, "quote") + ", " + Count(article.WordCount, "word") + ".</para>");
        writer.Line("/// </summary>");
    }
}
