using System.Collections.Generic;

namespace SeedCatalog.Generator.Model;

/// <summary>
/// The contract between the generator, which writes the lookup table as an assembly attribute, and the
/// analyzer, which reads it back from the compilation's symbols. The attribute is conditional
/// (<see cref="ConditionSymbol"/> is never defined), so the compiler binds it but never emits it: the
/// table costs nothing in the consumer's assembly. Lists are joined with <see cref="Separator"/>.
/// </summary>
internal static class LookupTableFormat
{
    public const string AttributeName = "SeedCatalogLookupTableAttribute";

    public const string ConditionSymbol = "SEEDCATALOG_LOOKUP_TABLE";

    /// <summary>Joins ids and names: no file name or MSBuild metadata holds a line feed.</summary>
    public const char Separator = '\n';

    /// <summary>Joins an id and the member name it got instead of the rule's (after a collision).</summary>
    public const char Pair = '\t';

    public static string Join(IReadOnlyList<string> items) => string.Join(Separator.ToString(), items);

    public static string[] Split(string? joined)
        => string.IsNullOrEmpty(joined) ? System.Array.Empty<string>() : joined!.Split(Separator);
}
