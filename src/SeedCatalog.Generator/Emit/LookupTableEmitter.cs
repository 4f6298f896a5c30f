using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Emit;

/// <summary>
/// Emits the analyzer's lookup table (<see cref="LookupTable"/>) as one conditional assembly attribute and
/// its attribute class. The compiler binds the attribute (so the analyzer reads it from the symbols, without
/// ever seeing a seed) and leaves it out of the assembly.
/// </summary>
internal static class LookupTableEmitter
{
    public static GeneratedFile Emit(LookupTable table)
    {
        var options = table.Options;
        var attribute = "global::" + options.Namespace + "." + LookupTableFormat.AttributeName;
        var writer = new SourceWriter();
        FilePreamble.Write(writer, options, "the ids and speakers the SeedCatalog analyzer checks constant lookups against");
        writer.Line("[assembly: " + attribute + "(");
        Argument(writer, options.Namespace + "." + options.ClassName, ",");
        Argument(writer, LookupTableFormat.Join(table.Ids), ",");
        Argument(writer, LookupTableFormat.Join(table.RenamedMembers), ",");
        writer.Line("    " + (table.NamedMembers ? "true" : "false") + ",");
        Argument(writer, LookupTableFormat.Join(table.Speakers), ")]");
        writer.Line();
        writer.Open("namespace " + options.Namespace);
        writer.Line("/// <summary>The catalog's ids and speakers, for the SeedCatalog analyzer; never emitted into the assembly.</summary>");
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Assembly)]");
        writer.StartLine("[global::System.Diagnostics.Conditional(");
        CSharpLiteral.AppendLong(writer, LookupTableFormat.ConditionSymbol);
        writer.EndLine(")]");
        writer.Open("internal sealed class " + LookupTableFormat.AttributeName + " : global::System.Attribute");
        writer.Line("public " + LookupTableFormat.AttributeName + "(string catalog, string ids, string renamedMembers, bool namedMembers, string speakers)");
        writer.Line("{");
        writer.Line("}");
        writer.Close();
        writer.Close();
        return new GeneratedFile(HintNames.LookupTable(options), writer.ToString());
    }

    /// <summary>One argument on its own line: a string literal, split over lines when long.</summary>
    private static void Argument(SourceWriter writer, string value, string end)
    {
        writer.StartLine("    ");
        CSharpLiteral.AppendLong(writer, value);
        writer.EndLine(end);
    }
}
