using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Days named relative to the article (gisteren, morgen, vanavond, yesterday morning, tonight, last
/// night) and parts of day after them. "morgen" after a determiner (de morgen, die morgen, elke
/// morgen) is the morning, not tomorrow, and is left out; "De Morgen" mid-sentence is a newspaper.
/// "vandaag de dag" is PRESENT_REF.
/// </summary>
internal static class DayRules
{
    private static readonly string[] MorningDeterminers = { "de", "die", "deze", "dezelfde", "een", "elke", "iedere", "volgende", "vorige", "goede", "zelfde", "zaterdag", "zondag" };

    public static bool TryRelativeDay(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        if (word.Has(TimeWordFlags.Ambiguous) && (c.IsAnyWord(i - 1, MorningDeterminers) || (c.IsCapitalized(i) && !c.StartsSentence(i))))
        {
            return false;
        }

        if (c.IsWord(i, "vandaag") && c.IsWord(i + 1, "de") && c.IsWord(i + 2, "dag"))
        {
            match = c.Anchor.Itself("PRESENT_REF").At(i, i + 2, TimeExpressionKind.Date);
            return true;
        }

        var part = word.Part;
        var last = i;
        if (part == PartOfDay.None && c.TryWord(i + 1, out var next) && next.Kind == TimeWordKind.PartOfDay)
        {
            part = next.Part;
            last = i + 1;
        }

        match = Day(c.Anchor, word.Value, part).At(i, last, part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
        return true;
    }

    /// <summary>this morning, last night, tonight (English shift + part of day).</summary>
    public static bool TryShiftedPart(TimeMatchContext c, int i, TimeWord shift, out TimeMatch match)
    {
        match = default;
        if (!(c.IsEnglish || shift.Value == 0) || !c.TryWord(i + 1, out var next) || next.Kind != TimeWordKind.PartOfDay)
        {
            return false;
        }

        int offset;
        if (shift.Value == 0)
        {
            offset = 0;
        }
        else if (shift.Value < 0 && (next.Part == PartOfDay.Night || next.Part == PartOfDay.Evening) && c.IsWord(i, "last"))
        {
            offset = -1;
        }
        else
        {
            return false;
        }

        match = Day(c.Anchor, offset, next.Part).At(i, i + 1, TimeExpressionKind.Time);
        return true;
    }

    /// <summary>
    /// The day <paramref name="offset"/> days from the article date. With a month- or year-precision date
    /// the day is unknown: the value is the article's own (2022-02), or with a part of day 2022-02-XXTEV.
    /// </summary>
    public static ResolvedTime Day(TimeAnchor anchor, int offset, PartOfDay part)
    {
        var shifted = anchor.Shift(TimeUnit.Day, offset);
        if (part == PartOfDay.None)
        {
            return shifted;
        }

        var value = anchor.Precision switch
        {
            DatePrecision.Day => shifted.Value,
            DatePrecision.Month => anchor.Date.ToString() + "-XX",
            _ => anchor.Date.ToString() + "-XX-XX",
        };
        return shifted with { Value = value + PartSuffix(part) };
    }

    public static string PartSuffix(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "TMO",
        PartOfDay.Afternoon => "TAF",
        PartOfDay.Evening => "TEV",
        PartOfDay.Night => "TNI",
        _ => string.Empty,
    };
}
