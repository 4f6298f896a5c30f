using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Finds temporal expressions in body paragraphs and resolves them against the article's date and its
/// precision (see <see cref="TimeAnchor"/>). Each paragraph is tokenized once; at each token the rules
/// for that token's kind are tried (<see cref="TimeRules"/>), the first match is kept and scanning goes
/// on after it, so expressions never overlap. The article's language picks the word tables
/// (<see cref="TimeLexicon"/>); numeric forms are read in both languages.
/// </summary>
internal static class TimeExpressionExtractor
{
    public static EquatableArray<TimeExpressionModel> Extract(IReadOnlyList<string> paragraphs, PartialDate articleDate, string language)
        => Extract(paragraphs, articleDate, language, out _);

    /// <summary>
    /// <see cref="Extract(IReadOnlyList{string}, PartialDate, string)"/>, also giving the paragraphs' word
    /// count read off the tokens (<see cref="TimeMatchContext.WordCount"/>); -1 when the article date
    /// is unusable and the paragraphs were not tokenized.
    /// </summary>
    public static EquatableArray<TimeExpressionModel> Extract(IReadOnlyList<string> paragraphs, PartialDate articleDate, string language, out int wordCount)
    {
        if (!TimeAnchor.IsUsable(articleDate))
        {
            wordCount = -1;
            return EquatableArray<TimeExpressionModel>.Empty;
        }

        var context = TimeMatchContext.ForArticle(new TimeAnchor(articleDate), language);
        var found = new List<TimeExpressionModel>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            context.Load(paragraphs[p]);
            var i = 0;
            while (i < context.Count)
            {
                if (TimeRules.TryMatch(context, i, out var match))
                {
                    var start = context.Token(match.FirstToken).Start;
                    var end = context.Token(match.LastToken).End;
                    var time = match.Time;
                    found.Add(new TimeExpressionModel(p, start, end - start, match.Kind, time.Value, time.Earliest, time.Latest));
                    context.LastTaken = match.LastToken;
                    i = match.LastToken + 1;
                }
                else
                {
                    i++;
                }
            }
        }

        wordCount = context.WordCount;
        return EquatableArray.From(found);
    }
}
