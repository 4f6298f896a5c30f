using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// The TIMEX3 <c>mod</c> of a date said to be at its start, middle or end (TimeML 1.2.1: START, MID, END), read
/// off the words that open the expression: <c>begin maart</c>, <c>early 2020</c> → START; <c>medio mei</c>,
/// <c>half mei</c>, <c>mid-2020</c> → MID; <c>eind 2021</c>, <c>the end of March</c>, <c>late 2023</c> → END.
/// </summary>
internal static class TimeModifiers
{
    private static readonly string[] Start = { "begin", "early", "beginning", "start" };

    private static readonly string[] Middle = { "medio", "midden", "halverwege", "half", "mid", "middle", "hartje" };

    private static readonly string[] End = { "eind", "einde", "end", "late" };

    public static string? Of(TimeMatchContext c, TimeMatch match)
    {
        if (match.Kind != TimeExpressionKind.Date)
        {
            return null;
        }

        // The modifier stands first, or after a determiner (the end of March, het begin van 2020).
        var last = System.Math.Min(match.LastToken - 1, match.FirstToken + 1);
        for (var i = match.FirstToken; i <= last; i++)
        {
            if (c.IsAnyWord(i, Start))
            {
                return "START";
            }

            if (c.IsAnyWord(i, Middle))
            {
                return "MID";
            }

            if (c.IsAnyWord(i, End))
            {
                return "END";
            }
        }

        return null;
    }
}
