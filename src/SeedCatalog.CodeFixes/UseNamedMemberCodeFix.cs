using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedCatalog.Generator.Analysis;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.CodeFixes;

/// <summary>
/// SEED104: replaces <c>Seeds.ById["id"]</c> with the article's named member (<c>Seeds.ArticleId</c>),
/// which the compiler checks: a renamed or deleted seed then breaks the build instead of throwing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNamedMemberCodeFix)), Shared]
public sealed class UseNamedMemberCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UseNamedMember);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) || string.IsNullOrEmpty(member)
                || ElementAccess(root, diagnostic) is not { } access)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + member,
                    cancellationToken => Replace(context.Document, access, member!, cancellationToken),
                    equivalenceKey: DiagnosticIds.UseNamedMember),
                diagnostic);
        }
    }

    /// <summary>The <c>ById[...]</c> whose argument the diagnostic is on.</summary>
    private static ElementAccessExpressionSyntax? ElementAccess(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent as ElementAccessExpressionSyntax;

    private static async Task<Document> Replace(Document document, ElementAccessExpressionSyntax access, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        ExpressionSyntax? replacement = access.Expression switch
        {
            MemberAccessExpressionSyntax byId => byId.WithName(SyntaxFactory.IdentifierName(member)),
            IdentifierNameSyntax => SyntaxFactory.IdentifierName(member),
            _ => null,
        };
        return root is null || replacement is null
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(access, replacement.WithTriviaFrom(access)));
    }
}
