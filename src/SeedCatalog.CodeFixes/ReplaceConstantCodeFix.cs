using System.Collections.Immutable;
using System.Composition;
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
/// SEED101 / SEED102: replaces a misspelt id or speaker, written as a string literal, with one of the
/// analyzer's suggestions (one action per suggestion, closest first). A constant that is not a literal
/// (a <c>const</c> field) is left to the author: changing it could change other code.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceConstantCodeFix)), Shared]
public sealed class ReplaceConstantCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownId, DiagnosticIds.UnknownSpeaker);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestions, out var joined) || string.IsNullOrEmpty(joined)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            foreach (var suggestion in joined!.Split(DiagnosticProperties.SuggestionSeparator))
            {
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
                    .WithTriviaFrom(literal);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use '" + suggestion + "'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))),
                        equivalenceKey: diagnostic.Id + ":" + suggestion),
                    diagnostic);
            }
        }
    }
}
