using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Analysis;

/// <summary>
/// The generated catalog's members that the analyzer checks, found once per compilation from the
/// lookup-table attribute the generator emitted (no attribute: no catalog, nothing to check).
/// </summary>
internal sealed class CatalogSymbols
{
    /// <summary>Tables by the generated file that holds them: the generator hands an unchanged file to the next compilation as is.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, CatalogTable> s_tables = new();

    private CatalogSymbols(CatalogTable table, INamedTypeSymbol catalog, INamedTypeSymbol? partialDate, INamedTypeSymbol dateTime)
    {
        Table = table;
        Catalog = catalog;
        PartialDate = partialDate;
        DateTime = dateTime;
    }

    public CatalogTable Table { get; }

    public INamedTypeSymbol Catalog { get; }

    public INamedTypeSymbol? PartialDate { get; }

    public INamedTypeSymbol DateTime { get; }

    public static CatalogSymbols? Find(Compilation compilation) => Find(compilation, cache: true);

    /// <summary>As <see cref="Find(Compilation)"/>, reading the table anew (for measuring).</summary>
    internal static CatalogSymbols? FindUncached(Compilation compilation) => Find(compilation, cache: false);

    private static CatalogSymbols? Find(Compilation compilation, bool cache)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != LookupTableFormat.AttributeName || attribute.ConstructorArguments.Length != 5)
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            if (arguments[0].Value is not string catalogName
                || compilation.Assembly.GetTypeByMetadataName(catalogName) is not { } catalog)
            {
                return null;
            }

            var table = ReadTable(attribute, arguments, cache);
            var partialDate = catalog.ContainingNamespace.GetTypeMembers("PartialDate");
            return new CatalogSymbols(
                table,
                catalog,
                partialDate.Length == 1 ? partialDate[0] : null,
                compilation.GetSpecialType(SpecialType.System_DateTime));
        }

        return null;
    }

    private static CatalogTable ReadTable(AttributeData attribute, System.Collections.Immutable.ImmutableArray<TypedConstant> arguments, bool cache)
    {
        CatalogTable Create() => new(
            arguments[1].Value as string ?? string.Empty,
            arguments[2].Value as string ?? string.Empty,
            arguments[3].Value is true,
            arguments[4].Value as string ?? string.Empty);

        var tree = attribute.ApplicationSyntaxReference?.SyntaxTree;
        return tree is null || !cache ? Create() : s_tables.GetValue(tree, _ => Create());
    }
}
