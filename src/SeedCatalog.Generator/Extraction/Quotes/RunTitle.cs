using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The capitalised title that leads a run of name words (<c>Foreign Secretary</c> David Lammy) and the role it gives.</summary>
internal static class RunTitle
{
    /// <summary>
    /// How many words of a capitalised title lead the run, up to its last listed role word with a name
    /// after it: <c>Foreign Secretary</c> David Lammy, <c>Prime Minister</c> Jacinda Ardern.
    /// </summary>
    public static int Length(ParagraphText p, List<int> run)
    {
        for (var i = run.Count - 2; i >= 0; i--)
        {
            if (p.Tokens[run[i]].Has(WordFlags.Role) && p.IsCapitalised(run[i]) && !NameWords.IsLowerParticle(p, run[i + 1]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string JoinLower(ParagraphText p, List<int> run, int from, int end)
    {
        var words = new string[end - from];
        for (var i = from; i < end; i++)
        {
            words[i - from] = p.LowerWordText(run[i]);
        }

        return string.Join(" ", words);
    }

    /// <summary>
    /// The role a title of <paramref name="length"/> words gives, without the words in front of it that open the sentence
    /// (<c>In November Democrat Tony Evers</c>: <c>democrat</c>).
    /// </summary>
    public static string Text(ParagraphText p, List<int> run, int length)
    {
        var from = length - 1;
        while (from > 0 && !p.Tokens[run[from - 1]].Has(WordFlags.FunctionWord | WordFlags.Preposition | WordFlags.Determiner))
        {
            from--;
        }

        return JoinLower(p, run, from, length);
    }
}
