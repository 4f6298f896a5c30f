using System.Globalization;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Emits the catalog's ordered list: <c>Count</c> and <c>CreateAll</c>, which reads the named members
/// in catalog order, split into methods of <see cref="EntriesPerMethod"/> so none grows huge.
/// </summary>
internal static class CatalogEmitter
{
    public const int EntriesPerMethod = 256;

    public static GeneratedFile Emit(CatalogPlan plan)
    {
        var options = plan.Options;
        var entries = plan.Entries;
        var writer = new SourceWriter();
        FilePreamble.Write(writer, options, "the ordered list of " + CSharpLiteral.Int(entries.Count) + " articles");
        writer.Open("namespace " + options.Namespace);
        writer.Open((options.IsPublic ? "public" : "internal") + " static partial class " + options.ClassName);
        writer.Line("/// <summary>The number of articles in the catalog.</summary>");
        writer.Line("public const int Count = " + CSharpLiteral.Int(entries.Count) + ";");
        writer.Line();
        writer.Open("private static global::" + options.Namespace + ".Article[] CreateAll()");
        writer.Line("var all = new global::" + options.Namespace + ".Article[" + CSharpLiteral.Int(entries.Count) + "];");
        var methods = (entries.Count + EntriesPerMethod - 1) / EntriesPerMethod;
        for (var m = 0; m < methods; m++)
        {
            writer.Line("FillAll" + CSharpLiteral.Int(m) + "(all);");
        }

        writer.Line("return all;");
        writer.Close();
        for (var m = 0; m < methods; m++)
        {
            writer.Line();
            writer.Open("private static void FillAll" + CSharpLiteral.Int(m) + "(global::" + options.Namespace + ".Article[] all)");
            var end = System.Math.Min(entries.Count, (m + 1) * EntriesPerMethod);
            for (var i = m * EntriesPerMethod; i < end; i++)
            {
                writer.Line("all[" + i.ToString(CultureInfo.InvariantCulture) + "] = " + entries[i].MemberName + ";");
            }

            writer.Close();
        }

        writer.Close();
        writer.Close();
        return new GeneratedFile(HintNames.Catalog(options), writer.ToString());
    }
}
