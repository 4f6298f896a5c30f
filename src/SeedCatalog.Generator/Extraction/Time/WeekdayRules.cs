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

        if (word.Has(TimeWordFlags.NeedsNumber))
        {
            var numberAt = c.IsSymbol(i + 1, '.') && c.Touch(i, i + 1) ? i + 2 : i + 1;
            numberAt = c.IsSymbol(numberAt, ',') ? numberAt + 1 : numberAt;
            if (!(c.IsNumber(numberAt) || (c.IsKind(numberAt, TimeWordKind.Month) && c.IsNumber(numberAt + 1))))
            {
                return false;
            }

            if (numberAt != i + 1 && (TryDayOfMonth(c, i, numberAt, word, out match) || (TimeRules.TryMatch(c, numberAt, out var abbreviated) && abbreviated.Time.Grain == TimeUnit.Day && abbreviated.Time.Value.Length == 10 && (match = WithWeekday(c, abbreviated, word).From(i)).LastToken > 0)))
            {
                return true;
            }
        }

        if (AnchoredRules.TryWeekday(c, i, word, out match))
        {
            return true;
        }

        // vrijdag van vorige week, Thursday next week.
        var shiftAt = c.IsWord(i + 1, "van") ? i + 2 : i + 1;
        if (c.TryWord(shiftAt, out var weekShift) && weekShift.Kind == TimeWordKind.Shift && weekShift.Value != 0 && (c.IsWord(shiftAt + 1, "week")))
        {
            match = InShiftedWeek(c.Anchor, word, weekShift.Value).At(i, shiftAt + 1, word.Part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
            return true;
        }

        var dateAt = c.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if ((c.IsWord(dateAt, "de") || c.IsWord(dateAt, "the")) && (c.IsKind(dateAt + 1, TimeWordKind.Ordinal) || c.IsNumber(dateAt + 1)))
        {
            dateAt++;
        }

        if (TryDayOfMonth(c, i, dateAt, word, out match))
        {
            return true;
        }

        if ((c.IsNumber(dateAt) && NumericDateRules.TryMatch(c, dateAt, out var date) && date.Time.Grain == TimeUnit.Day && date.Kind == TimeExpressionKind.Date)
            || (c.IsKind(dateAt, TimeWordKind.Month) && MonthRules.TryMatch(c, dateAt, out date) && date.Time.Grain == TimeUnit.Day)
            || (c.IsKind(dateAt, TimeWordKind.Ordinal) && TimeRules.TryMatch(c, dateAt, out date) && date.Time.Grain == TimeUnit.Day && date.Time.Value.Length == 10))
        {
            match = WithWeekday(c, date, word).From(i);
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

    /// <summary>
    /// Friday the 13th, zaterdag 14: a weekday and a day number with no month. With a day-precision article,
    /// the month within half a year where that day falls on that weekday nearest to the article; with a
    /// month-precision one, its own month or the one before or after; the article must know its month. A number followed by a word (zaterdag 14 mensen) is a count.
    /// </summary>
    private static bool TryDayOfMonth(TimeMatchContext c, int i, int dayAt, TimeWord weekday, out TimeMatch match)
    {
        match = default;
        if (!c.IsNumber(dayAt) || c.Token(dayAt).Length > 2 || c.IsNumberGroup(dayAt) || c.Anchor.Precision == DatePrecision.Year)
        {
            return false;
        }

        var last = dayAt;
        if (c.Touch(dayAt, dayAt + 1) && c.IsAnyWord(dayAt + 1, DaySuffixes))
        {
            last++;
        }
        else if (c.IsEnglish || c.IsPlainWord(dayAt + 1) || c.IsNumber(dayAt + 1) || c.IsSymbol(dayAt + 1, ':') || c.IsSymbol(dayAt + 1, '.') && c.IsNumber(dayAt + 2))
        {
            return false;
        }

        if (c.IsKind(last + 1, TimeWordKind.Month) || (c.IsWord(last + 1, "of") && c.IsKind(last + 2, TimeWordKind.Month)))
        {
            return false;
        }

        var number = c.Token(dayAt).Number;
        var middle = new System.DateTime(c.Anchor.First.Year, c.Anchor.First.Month, 15);
        System.DateTime? best = null;
        if (c.Anchor.Precision == DatePrecision.Month && CalendarMath.TryMakeDate(middle.Year, middle.Month, number, out var inMonth) && CalendarMath.IsoDayOfWeek(inMonth) == weekday.Value)
        {
            best = inMonth;
        }

        var reach = c.Anchor.Precision == DatePrecision.Day ? 6 : 1;
        for (var m = -reach; m <= reach && (best == null || c.Anchor.Precision == DatePrecision.Day); m++)
        {
            var month = middle.AddMonths(m);
            if (CalendarMath.TryMakeDate(month.Year, month.Month, number, out var day) && CalendarMath.IsoDayOfWeek(day) == weekday.Value
                && (best == null || System.Math.Abs((day - c.Anchor.First).Days) < System.Math.Abs((best.Value - c.Anchor.First).Days)))
            {
                best = day;
            }
        }

        if (best == null)
        {
            return false;
        }

        var found = best.Value;
        var time = ResolvedTime.Between(CalendarMath.Format(found, TimeUnit.Day) + DayRules.PartSuffix(weekday.Part), found, found, TimeUnit.Day);
        match = time.At(i, last, weekday.Part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
        return true;
    }

    private static readonly string[] DaySuffixes = { "st", "nd", "rd", "th", "e", "ste", "de" };

    /// <summary>
    /// A date named with its weekday (woensdag 11 februari): when no year is written and the weekday does not
    /// fit the guessed year, the year next to it where it fits (the weekday tells the year); a part of day
    /// (donderdagmiddag 24 maart) makes it a time.
    /// </summary>
    private static TimeMatch WithWeekday(TimeMatchContext c, TimeMatch date, TimeWord weekday)
    {
        var time = date.Time;
        if (time.Value.Length != 10)
        {
            return date;
        }

        var hasYear = false;
        for (var t = date.FirstToken; t <= date.LastToken; t++)
        {
            hasYear |= NumericDateRules.IsYearNumber(c, t);
        }

        var year = time.Earliest / 10000;
        var month = (time.Earliest / 100) % 100;
        var day = time.Earliest % 100;
        if (!hasYear && CalendarMath.TryMakeDate(year, month, day, out var guessed) && CalendarMath.IsoDayOfWeek(guessed) != weekday.Value)
        {
            foreach (var other in new[] { year + 1, year - 1 })
            {
                if (CalendarMath.TryMakeDate(other, month, day, out var fits) && CalendarMath.IsoDayOfWeek(fits) == weekday.Value)
                {
                    time = ResolvedTime.Between(CalendarMath.Format(fits, TimeUnit.Day), fits, fits, TimeUnit.Day);
                    break;
                }
            }
        }

        if (weekday.Part != PartOfDay.None)
        {
            return (time with { Value = time.Value + DayRules.PartSuffix(weekday.Part) }).At(date.FirstToken, date.LastToken, TimeExpressionKind.Time);
        }

        return time.At(date.FirstToken, date.LastToken, date.Kind);
    }

    /// <summary>A weekday of the week before or after the article's (vorige week vrijdag); without a known day, a weekday of the article's month or year.</summary>
    public static ResolvedTime InShiftedWeek(TimeAnchor anchor, TimeWord weekday, int shift)
    {
        if (anchor.Precision != DatePrecision.Day)
        {
            return Resolve(anchor, weekday.Value, weekday.Part, shift < 0 ? SentenceTense.Past : SentenceTense.Future);
        }

        var monday = CalendarMath.StartOf(CalendarMath.Shift(anchor.First, TimeUnit.Week, shift), TimeUnit.Week);
        var day = CalendarMath.AddDays(monday, weekday.Value - 1);
        return ResolvedTime.Between(CalendarMath.Format(day, TimeUnit.Day) + DayRules.PartSuffix(weekday.Part), day, day, TimeUnit.Day);
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
