using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Emits the catalog's ordered list: <c>Count</c>, <c>CreateAll</c> (a table of (shard, slot) pairs in
/// catalog order, packed in one literal and read in a loop) and <c>ShardAt</c>, which finds a shard's articles by number.
/// It depends on the ids, dates and shard places only, so editing a seed's text leaves it as it was.
/// </summary>
internal static class CatalogEmitter
{
    public static GeneratedFile Emit(CatalogPlan plan)
    {
        var options = plan.Options;
        var entries = plan.Entries;
        var article = "global::" + options.Namespace + ".Article";
        var writer = new SourceWriter();
        FilePreamble.Write(writer, options, "the ordered list of " + CSharpLiteral.Int(entries.Count) + " articles");
        writer.Open("namespace " + options.Namespace);
        writer.Open((options.IsPublic ? "public" : "internal") + " static partial class " + options.ClassName);
        writer.Line("/// <summary>The number of articles in the catalog.</summary>");
        writer.Line("public const int Count = " + CSharpLiteral.Int(entries.Count) + ";");
        writer.Line();
        writer.Open("private static " + article + "[] CreateAll()");
        writer.StartLine("var order = ");
        if (entries.Count == 0)
        {
            writer.EndLine("global::System.Array.Empty<int>();");
        }
        else
        {
            // One packed literal (like the shards' tables), not an initializer of 2 x Count int literals.
            var order = new System.Collections.Generic.List<int>(2 * entries.Count);
            foreach (var entry in entries)
            {
                order.Add(entry.Shard);
                order.Add(entry.Slot);
            }

            writer.Append("global::").Append(options.Namespace).Append(".SeedCatalogShard.Numbers(");
            CSharpLiteral.AppendLong(writer, PackedNumbers.Pack(order, PackedNumbers.AlphabetFor(options.DataSectionThreshold)), raw: true);
            writer.Append(", ").Append(CSharpLiteral.Int(order.Count)).EndLine(");");
        }

        writer.Line("var all = new " + article + "[" + CSharpLiteral.Int(entries.Count) + "];");
        writer.Line("for (var i = 0; i < all.Length; i++) all[i] = ShardAt(order[2 * i])[order[(2 * i) + 1]];");
        writer.Line("return all;");
        writer.Close();
        writer.Line();
        writer.Open("private static " + article + "[] ShardAt(int index)");
        writer.Open("switch (index)");
        for (var i = 0; i < plan.ShardCount; i++)
        {
            writer.Line("case " + CSharpLiteral.Int(i) + ": return " + ShardEmitter.ShardMethodName(i) + "();");
        }

        writer.Line("default: return new " + article + "[0];");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return new GeneratedFile(HintNames.Catalog(options), writer.ToString());
    }
}
