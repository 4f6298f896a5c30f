using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Planning;

namespace SeedCatalog.Generator.Diagnostics;

/// <summary>Turns the model's <see cref="SeedDiagnostic"/>s into Roslyn diagnostics located in the seed files.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic? Create(string path, SeedDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.Find(diagnostic.Id);
        if (descriptor is null)
        {
            return null;
        }

        var location = Location.Create(
            path,
            new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length),
            new LinePositionSpan(new LinePosition(diagnostic.StartLine, diagnostic.StartColumn), new LinePosition(diagnostic.EndLine, diagnostic.EndColumn)));
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, arguments);
    }

    public static Diagnostic NamedMembersOmitted(int articles)
        => Diagnostic.Create(
            DiagnosticDescriptors.NamedMembersOmitted,
            Location.None,
            articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CatalogOptions.MaxNamedMembers.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Diagnostic Create(NameCollision collision)
    {
        var location = Location.Create(collision.Path, default, default);
        return Diagnostic.Create(DiagnosticDescriptors.DuplicateName, location, collision.Id, collision.WantedName, collision.OtherId, collision.GivenName);
    }

    public static Diagnostic Create(IdCollision collision)
    {
        var location = Location.Create(collision.Path, default, default);
        return Diagnostic.Create(DiagnosticDescriptors.DuplicateId, location, collision.Path, collision.Id, collision.OtherPath, collision.GivenId);
    }
}
