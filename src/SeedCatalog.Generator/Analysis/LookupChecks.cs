using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SeedCatalog.Generator.Diagnostics;

namespace SeedCatalog.Generator.Analysis;

/// <summary>The checks of one compilation: each operation is first matched against the catalog's members by symbol.</summary>
internal sealed class LookupChecks
{
    private readonly CatalogSymbols _symbols;

    public LookupChecks(CatalogSymbols symbols) => _symbols = symbols;

    /// <summary><c>ById.TryGetValue(..)</c>, <c>ById.ContainsKey(..)</c>, <c>QuotesBy(..)</c>, <c>InMonth(..)</c>, <c>Mentioning(..)</c>, <c>Between(..)</c>.</summary>
    public void Invocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (IsById(invocation.Instance))
        {
            if (method.Name is "TryGetValue" or "ContainsKey" && invocation.Arguments.Length > 0)
            {
                CheckId(context, invocation.Arguments[0].Value, elementAccess: false);
            }

            return;
        }

        if (!method.IsStatic || !SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.Catalog))
        {
            return;
        }

        switch (method.Name)
        {
            case "QuotesBy" when invocation.Arguments.Length == 1:
                CheckSpeaker(context, invocation.Arguments[0].Value);
                break;
            case "InMonth" or "Mentioning" when invocation.Arguments.Length == 2:
                CheckMonth(context, invocation.Arguments[1].Value, method.Name);
                break;
            case "Between":
                foreach (var argument in invocation.Arguments)
                {
                    CheckDate(context, argument.Value, method.Name);
                }

                break;
        }
    }

    /// <summary><c>ById["..."]</c>: the indexer of the dictionary <c>ById</c> returns.</summary>
    public void PropertyReference(OperationAnalysisContext context)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.IsIndexer && reference.Arguments.Length == 1 && IsById(reference.Instance))
        {
            CheckId(context, reference.Arguments[0].Value, elementAccess: true);
        }
    }

    private bool IsById(IOperation? instance)
        => instance is IPropertyReferenceOperation { Property: { Name: "ById", IsStatic: true } byId }
           && SymbolEqualityComparer.Default.Equals(byId.ContainingType, _symbols.Catalog);

    private void CheckId(OperationAnalysisContext context, IOperation argument, bool elementAccess)
    {
        if (argument.ConstantValue is not { HasValue: true, Value: string id })
        {
            return;
        }

        var location = argument.Syntax.GetLocation();
        var table = _symbols.Table;
        if (table.HasId(id))
        {
            if (elementAccess && table.MemberOf(id) is { } member)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Member, member);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UseNamedMember, location, properties, id, _symbols.Catalog.Name + "." + member));
            }

            return;
        }

        var suggestions = table.IdsLike(id);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownId, location, Suggest(suggestions), id, DidYouMean(suggestions)));
    }

    private void CheckSpeaker(OperationAnalysisContext context, IOperation argument)
    {
        if (argument.ConstantValue is not { HasValue: true, Value: string name } || _symbols.Table.FindsSpeaker(name))
        {
            return;
        }

        var suggestions = _symbols.Table.SpeakersLike(name);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownSpeaker, argument.Syntax.GetLocation(), Suggest(suggestions), name, DidYouMean(suggestions)));
    }

    private static void CheckMonth(OperationAnalysisContext context, IOperation argument, string lookup)
    {
        if (argument.ConstantValue is { HasValue: true, Value: int month } && CalendarArguments.Month(month) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleDateArgument, argument.Syntax.GetLocation(), problem, lookup));
        }
    }

    /// <summary>A <c>new DateTime(y, m, d, ...)</c> or <c>new PartialDate(y, m, d)</c> of constants, passed straight to the lookup.</summary>
    private void CheckDate(OperationAnalysisContext context, IOperation argument, string lookup)
    {
        while (argument is IConversionOperation conversion)
        {
            argument = conversion.Operand;
        }

        if (argument is not IObjectCreationOperation { Constructor: { } constructor } creation || creation.Arguments.Length < 3)
        {
            return;
        }

        var isPartial = SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _symbols.PartialDate);
        if (!isPartial && !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, _symbols.DateTime))
        {
            return;
        }

        var parts = new int[3];
        var names = new[] { "year", "month", "day" };
        foreach (var part in creation.Arguments)
        {
            var index = part.Parameter is null ? -1 : System.Array.IndexOf(names, part.Parameter.Name);
            if (index < 0)
            {
                continue;
            }

            if (part.Value.ConstantValue is not { HasValue: true, Value: int value })
            {
                return;
            }

            parts[index] = value;
        }

        if (CalendarArguments.Date(parts[0], parts[1], parts[2], isPartial) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleDateArgument, creation.Syntax.GetLocation(), problem, lookup));
        }
    }

    private static ImmutableDictionary<string, string?> Suggest(IReadOnlyList<string> suggestions)
        => suggestions.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Suggestions, string.Join(DiagnosticProperties.SuggestionSeparator.ToString(), suggestions));

    private static string DidYouMean(IReadOnlyList<string> suggestions)
        => suggestions.Count == 0 ? "." : ". Did you mean '" + string.Join("' or '", suggestions) + "'?";
}
