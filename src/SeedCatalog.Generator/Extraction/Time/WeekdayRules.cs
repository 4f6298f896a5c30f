using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Weekdays, alone or with a part of day (woensdag, woensdagmorgen, zaterdagavond, on Tuesday, Monday
/// night) or with a date (woensdag 16 februari, Wednesday, Feb. 16 — the date wins).
/// With a day-precision article the weekday is the such day on or before the article's day in a
/// past-tense sentence, on or after it in a future-tense one, and otherwise the nearer of the two
/// (Dutch uses the present for plans: "het kabinet besluit vrijdag"). With a month-precision article the day
/// is unknown: 2022-02-WXX-3 (a Wednesday in February 2022), Earliest/Latest = the month. With a
/// year-precision article: 2022-WXX-3, the year. English weekdays must be capitalised.
/// </summary>
internal static class WeekdayRules
{
    public static bool TryMatch(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        if (c.IsEnglish && !c.IsCapitalized(i))
        {
            return false;
        }

        if (word.Has(TimeWordFlags.Plural))
        {
            match = new ResolvedTime(EveryValue(word.Value, PartOfDay.None), 0, 0, TimeUnit.Day).At(i, i, TimeExpressionKind.Set);
            return true;
        }

        var dateAt = c.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if (c.IsNumber(dateAt) && NumericDateRules.TryMatch(c, dateAt, out var date) && date.Time.Grain == TimeUnit.Day && date.Kind == TimeExpressionKind.Date)
        {
            match = date.From(i);
            return true;
        }

        if (c.IsKind(dateAt, TimeWordKind.Month) && MonthRules.TryMatch(c, dateAt, out date) && date.Time.Grain == TimeUnit.Day)
        {
            match = date.From(i);
            return true;
        }

        var part = word.Part;
        var last = i;
        if (part == PartOfDay.None && c.TryWord(i + 1, out var next) && next.Kind == TimeWordKind.PartOfDay && !(c.IsWord(i + 1, "morgen") && !c.IsEnglish))
        {
            part = next.Part;
            last = i + 1;
        }

        var resolved = Resolve(c.Anchor, word.Value, part, SentenceTenseGuesser.Around(c, i));
        match = resolved.At(i, last, part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
        return true;
    }

    public static ResolvedTime Resolve(TimeAnchor anchor, int isoWeekday, PartOfDay part, SentenceTense tense)
    {
        var suffix = DayRules.PartSuffix(part);
        switch (anchor.Precision)
        {
            case DatePrecision.Day:
                var distance = isoWeekday - CalendarMath.IsoDayOfWeek(anchor.First);
                var ahead = (distance + 7) % 7;
                var back = -((7 - distance) % 7);
                var offset = tense switch
                {
                    SentenceTense.Future => ahead,
                    SentenceTense.Past => back,
                    _ => ahead < -back ? ahead : back,
                };
                var day = CalendarMath.AddDays(anchor.First, offset);
                return ResolvedTime.Between(CalendarMath.Format(day, TimeUnit.Day) + suffix, day, day, TimeUnit.Day);
            default:
                return anchor.Itself(anchor.Date.ToString() + "-WXX-" + isoWeekday.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix) with { Grain = TimeUnit.Day };
        }
    }

    /// <summary>Set value of a weekday: XXXX-WXX-3.</summary>
    public static string EveryValue(int isoWeekday, PartOfDay part)
        => "XXXX-WXX-" + isoWeekday.ToString(System.Globalization.CultureInfo.InvariantCulture) + DayRules.PartSuffix(part);
}
