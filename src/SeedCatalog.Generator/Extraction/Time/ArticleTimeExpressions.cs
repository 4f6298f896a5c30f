using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// The time expressions of one article's body, read paragraph by paragraph: at each token the rules for
/// that token's kind are tried (<see cref="TimeRules"/>), the first match is kept and scanning goes on
/// after it, so expressions never overlap.
/// </summary>
internal sealed class ArticleTimeExpressions
{
    private readonly TimeMatchContext _context;
    private readonly List<TimeExpressionModel> _found = new();
    private int _index;

    private ArticleTimeExpressions(TimeMatchContext context) => _context = context;

    /// <summary>This thread's reader for an article dated <paramref name="articleDate"/>; null when the date is unusable (<see cref="TimeAnchor.IsUsable"/>).</summary>
    public static ArticleTimeExpressions? Start(PartialDate articleDate, Language language)
        => TimeAnchor.IsUsable(articleDate) ? new ArticleTimeExpressions(TimeMatchContext.ForArticle(new TimeAnchor(articleDate), language)) : null;

    /// <summary>Reads the next paragraph, cut with the article's language.</summary>
    public void Read(ParagraphTokens tokens)
    {
        var context = _context;
        context.Load(tokens);
        var i = 0;
        while (i < context.Count)
        {
            if (context.MayStartExpression(i) && TimeRules.TryMatch(context, i, out var match))
            {
                if (RangeRules.TryWiden(context, match, out var range))
                {
                    match = range;
                }

                var start = context.Token(match.FirstToken).Start;
                var end = context.Token(match.LastToken).End;
                var time = match.Time;
                _found.Add(new TimeExpressionModel(_index, start, end - start, match.Kind, time.Value, time.Earliest, time.Latest, TimeModifiers.Of(context, match)));
                context.LastTaken = match.LastToken;
                if (AnchoredRules.CanAnchor(match))
                {
                    context.Story = time;
                }

                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }

        _index++;
    }

    public EquatableArray<TimeExpressionModel> Result() => EquatableArray.From(_found);
}
