using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Clock times: om 15.00 uur, 15:30, om 3 uur (a bare "24 uur" is a duration, see CountRules), 3 p.m., 10:30 am,
/// 9 o'clock. "15.30" alone could be a price, so a dotted time needs "uur", am/pm or a cue (om, at).
/// The value is the article's day when it is known (2022-02-16T15:00), else the day is X-ed out
/// (2022-02-XXT15:00).
/// </summary>
internal static class ClockTimeRules
{
    private static readonly string[] Cues = { "om", "rond", "omstreeks", "tot", "vanaf", "at", "around", "until", "from", "by" };

    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var hour = c.Token(i).Number;
        if (hour < 0 || hour > 24 || c.Token(i).Length > 2)
        {
            return false;
        }

        var minute = 0;
        var last = i;
        var separated = false;
        if ((c.IsSymbol(i + 1, ':') || c.IsSymbol(i + 1, '.')) && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2)
            && c.IsNumber(i + 2) && c.Token(i + 2).Length == 2 && c.Token(i + 2).Number <= 59)
        {
            minute = c.Token(i + 2).Number;
            separated = c.IsSymbol(i + 1, ':');
            last = i + 2;
        }

        var cued = c.IsAnyWord(i - 1, Cues);
        var suffixEnd = c.IsEnglish ? EnglishSuffixEnd(c, last + 1, out var pm) : DutchSuffixEnd(c, last + 1, out pm);
        var accepted = last > i
            ? suffixEnd >= 0 || separated || cued
            : suffixEnd >= 0 && (pm.HasValue || c.IsEnglish || cued);
        if (!accepted)
        {
            return false;
        }

        if (pm.HasValue)
        {
            if (hour > 12 || hour == 0)
            {
                return false;
            }

            hour = pm.Value ? (hour % 12) + 12 : hour % 12;
        }

        var clock = "T" + CalendarMath.Digits(hour, 2) + ":" + CalendarMath.Digits(minute, 2);
        match = Resolve(c.Anchor, clock).At(i, suffixEnd < 0 ? last : suffixEnd, TimeExpressionKind.Time);
        return true;
    }

    private static readonly string[] HalfHourCues = { "om", "rond", "tot", "vanaf", "voor", "na", "tegen", "sinds", "tussen" };

    /// <summary>om half acht: half an hour before the hour named (T07:30; the clock does not say morning or evening).</summary>
    public static bool TryHalfHour(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (c.IsEnglish || !c.IsWord(i, "half") || !c.IsAnyWord(i - 1, HalfHourCues) || !c.TryWord(i + 1, out var hour) || hour.Kind != TimeWordKind.NumberWord
            || hour.Value < 1 || hour.Value > 12 || c.IsKind(i + 2, TimeWordKind.Unit))
        {
            return false;
        }

        var clock = "T" + CalendarMath.Digits(hour.Value == 1 ? 12 : hour.Value - 1, 2) + ":30";
        match = Resolve(c.Anchor, clock).At(i, i + 1, TimeExpressionKind.Time);
        return true;
    }

    /// <summary>A time of day on the article's day: the day when known, else X-ed out.</summary>
    public static ResolvedTime Resolve(TimeAnchor anchor, string timePart) => anchor.Precision switch
    {
        DatePrecision.Day => anchor.Itself(anchor.Date.ToString() + timePart),
        DatePrecision.Month => anchor.Itself(anchor.Date.ToString() + "-XX" + timePart),
        _ => anchor.Itself(anchor.Date.ToString() + "-XX-XX" + timePart),
    };

    private static int DutchSuffixEnd(TimeMatchContext c, int i, out bool? pm)
    {
        pm = null;
        return c.IsWord(i, "uur") || c.IsWord(i, "u") ? i : -1;
    }

    private static int EnglishSuffixEnd(TimeMatchContext c, int i, out bool? pm)
    {
        pm = null;
        if (c.IsWord(i, "am") || c.IsWord(i, "pm"))
        {
            pm = c.IsWord(i, "pm");
            return i;
        }

        if ((c.IsWord(i, "a") || c.IsWord(i, "p")) && c.IsSymbol(i + 1, '.') && c.IsWord(i + 2, "m") && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2))
        {
            pm = c.IsWord(i, "p");
            return c.IsSymbol(i + 3, '.') && c.Touch(i + 2, i + 3) ? i + 3 : i + 2;
        }

        if (c.IsWord(i, "o") && (c.IsSymbol(i + 1, '\'') || c.IsSymbol(i + 1, '\u2019')) && c.IsWord(i + 2, "clock"))
        {
            return i + 2;
        }

        return -1;
    }
}
