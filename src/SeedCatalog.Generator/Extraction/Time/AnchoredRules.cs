using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Dates counted from another date. From a date in the sentence: 4 dagen vanaf woensdag, twee weken na
/// 3 maart, three days after tomorrow, 10 days before Christmas, de dag na Hemelvaartsdag, the day before
/// the 4th of July, de donderdag voor Pasen. From the story's last stated date
/// (<see cref="TimeMatchContext.Story"/>, falling back to the article date): de volgende dag, de dag
/// erna, the following day, vier dagen later, a week earlier, die avond, that day, dat jaar, the year
/// before. A count after a date is kept in the date's own unit (vier dagen later after 6 mei = 2018-05-10;
/// a year after 2018-Q3 = 2017-Q3 back); a story date coarser than the count (days after a year) gives nothing.
/// </summary>
internal static class AnchoredRules
{
    private static readonly string[] That = { "die", "diezelfde", "dat", "datzelfde", "that" };
    private static readonly string[] Determiners = { "de", "het", "the" };
    private static readonly string[] After = { "na", "after", "vanaf", "from", "later" };
    private static readonly string[] Before = { "voor", "before", "eerder", "earlier", "prior" };
    private static readonly string[] Around = { "erna", "daarna", "ervoor", "daarvoor", "after", "before", "prior" };

    /// <summary>A date the story can count from: stated in full, not a span or a vague reference.</summary>
    public static bool CanAnchor(TimeMatch match)
        => match.Kind is TimeExpressionKind.Date or TimeExpressionKind.Time
           && match.Time.Earliest != 0 && match.Time.Latest != 0 && match.Time.Value.Length >= 4 && char.IsDigit(match.Time.Value[0])
           && match.Time.Value.IndexOf('X') < 0 && match.Time.Grain is not (TimeUnit.Decade or TimeUnit.Century);

    /// <summary>At a unit: die dag, dat jaar, that day, de dag erna, the year before, de dag na X, the day before X.</summary>
    public static bool TryUnit(TimeMatchContext c, int i, TimeWord unit, out TimeMatch match)
    {
        match = default;
        var u = (TimeUnit)unit.Value;
        if (unit.Has(TimeWordFlags.Plural) || u is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            return false;
        }

        var thatAt = c.IsWord(i - 1, "same") && c.IsWord(i - 2, "that") ? i - 2 : c.IsAnyWord(i - 1, That) ? i - 1 : -1;
        if (thatAt >= 0 && c.LastTaken < thatAt && c.Story.Value is { Length: > 0 })
        {
            return TryShift(c.Story, u, 0, out var same, inUnit: true) && Done(same, thatAt, i, out match);
        }

        if (!c.IsAnyWord(i - 1, Determiners) || c.LastTaken >= i - 1)
        {
            return false;
        }

        var sign = c.IsAnyWord(i + 1, After) || c.IsWord(i + 1, "erna") || c.IsWord(i + 1, "daarna") ? 1 : c.IsAnyWord(i + 1, Before) || c.IsWord(i + 1, "ervoor") || c.IsWord(i + 1, "daarvoor") ? -1 : 0;
        if (sign == 0)
        {
            return false;
        }

        if ((c.IsWord(i + 1, "na") || c.IsWord(i + 1, "voor") || c.IsWord(i + 1, "after") || c.IsWord(i + 1, "before")) && TryDateAt(c, i + 2, out var date))
        {
            return TryShift(date.Time, u, sign, out var around, inUnit: true) && Done(around, i - 1, date.LastToken, out match);
        }

        if (!c.IsAnyWord(i + 1, Around) || (c.InRange(i + 2) && !c.EndsClauseAfter(i + 1) && (c.IsWord(i + 1, "after") || c.IsWord(i + 1, "before"))))
        {
            return false;
        }

        return TryShift(StoryOrArticle(c), u, sign, out var shifted, inUnit: true) && Done(shifted, i - 1, i + 1, out match);
    }

    /// <summary>de volgende dag, the next day, the following day, the previous day (from <see cref="ShiftRules"/>).</summary>
    public static bool TryNextDay(TimeMatchContext c, int i, TimeWord shift, out TimeMatch match)
    {
        match = default;
        if (shift.Value == 0 || !c.IsWord(i + 1, "dag") && !c.IsWord(i + 1, "day") || !c.IsAnyWord(i - 1, Determiners) || c.LastTaken >= i - 1)
        {
            return false;
        }

        return TryShift(StoryOrArticle(c), TimeUnit.Day, shift.Value, out var day) && Done(day, i - 1, i + 1, out match);
    }

    /// <summary>die avond, that night, diezelfde ochtend: the story's day with a part of day.</summary>
    public static bool TryThatPart(TimeMatchContext c, int i, TimeWord part, out TimeMatch match)
    {
        match = default;
        if (!c.IsAnyWord(i - 1, That) || c.LastTaken >= i - 1 || c.Story.Grain != TimeUnit.Day || c.Story.Value is not { Length: >= 10 })
        {
            return false;
        }

        var value = c.Story.Value.Substring(0, 10) + DayRules.PartSuffix(part.Part);
        match = (c.Story with { Value = value }).At(i - 1, i, TimeExpressionKind.Time);
        return true;
    }

    /// <summary>vier dagen later, a week earlier, twee weken na 3 maart, three days after tomorrow, 10 days before Christmas.</summary>
    public static bool TryCount(TimeMatchContext c, int i, int count, int unitAt, TimeUnit unit, out TimeMatch match)
    {
        match = default;
        if (count < 1 || CalendarMath.IsClockUnit(unit) || unit is TimeUnit.Decade or TimeUnit.Century)
        {
            return false;
        }

        var word = unitAt + 1;
        var sign = c.IsAnyWord(word, After) ? 1 : c.IsAnyWord(word, Before) ? -1 : 0;
        if (sign == 0)
        {
            return false;
        }

        if (c.IsWord(word, "later") || c.IsWord(word, "eerder") || c.IsWord(word, "earlier"))
        {
            // With no date before it, "a year earlier" counts back from the article (like "a year ago"); "later" stays a duration.
            var story = c.Story.Value is { Length: > 0 };
            var origin = story ? c.Story : sign < 0 ? StoryOrArticle(c) : default;
            return origin.Value is { Length: > 0 } && TryShift(origin, unit, sign * count, out var counted, inUnit: !story) && Done(counted, i, word, out match);
        }

        if (!TryDateAt(c, word + 1, out var date))
        {
            return false;
        }

        return TryShift(date.Time, unit, sign * count, out var from) && Done(from, i, date.LastToken, out match);
    }

    /// <summary>de donderdag voor Pasen, the Friday after Thanksgiving: that weekday just before or after the date.</summary>
    public static bool TryWeekday(TimeMatchContext c, int i, TimeWord weekday, out TimeMatch match)
    {
        match = default;
        var sign = c.IsWord(i + 1, "voor") || c.IsWord(i + 1, "before") ? -1 : c.IsWord(i + 1, "na") || c.IsWord(i + 1, "after") ? 1 : 0;
        if (sign == 0 || !c.IsAnyWord(i - 1, Determiners) || c.LastTaken >= i - 1 || !TryDateAt(c, i + 2, out var date) || date.Time.Grain != TimeUnit.Day)
        {
            return false;
        }

        var day = ToDate(date.Time.Earliest);
        do
        {
            day = day.AddDays(sign);
        }
        while (CalendarMath.IsoDayOfWeek(day) != weekday.Value);

        match = ResolvedTime.Between(CalendarMath.Format(day, TimeUnit.Day), day, day, TimeUnit.Day).At(i - 1, date.LastToken, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>
    /// <paramref name="time"/> moved <paramref name="count"/> units, in its own grain (or, with <paramref name="inUnit"/>, in
    /// the unit's); false when the unit is finer than what the time knows (days from a month-precision date).
    /// </summary>
    public static bool TryShift(ResolvedTime time, TimeUnit unit, int count, out ResolvedTime shifted, bool inUnit = false)
    {
        shifted = default;
        var grain = time.Grain == TimeUnit.Weekend ? TimeUnit.Day : time.Grain;
        if (inUnit && Rank(unit) >= Rank(grain))
        {
            // the year before, dat jaar, de dag erna: a value in the unit named, not in the date's own grain.
            var at = CalendarMath.Shift(ToDate(time.Earliest), unit, count);
            shifted = ResolvedTime.Between(CalendarMath.Format(at, unit), CalendarMath.StartOf(at, unit), CalendarMath.EndOf(at, unit), unit);
            return true;
        }

        if (time.Value is not { Length: > 0 } || time.Earliest == 0 || Rank(unit) < Rank(grain))
        {
            return false;
        }

        var moved = CalendarMath.Shift(ToDate(time.Earliest), unit, count);
        var format = grain;
        if (time.Value.Length == 7 && (time.Value[5] == 'H' || time.Value[5] == 'S' || time.Value[5] == 'F' || time.Value[5] == 'W'))
        {
            // Halves and seasons keep their name, a year on or back (2016-H1 -> 2015-H1).
            if (unit != TimeUnit.Year)
            {
                return false;
            }

            var year = moved.Year;
            shifted = new ResolvedTime(CalendarMath.Digits(year, 4) + time.Value.Substring(4), CalendarMath.ToNumber(moved), CalendarMath.ToNumber(ToDate(time.Latest).AddYears(count)), time.Grain);
            return true;
        }

        shifted = ResolvedTime.Between(CalendarMath.Format(moved, format), CalendarMath.StartOf(moved, format), CalendarMath.EndOf(moved, format), format);
        return true;
    }

    private static int Rank(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => 0,
        TimeUnit.Week or TimeUnit.Weekend => 1,
        TimeUnit.Month => 2,
        TimeUnit.Quarter => 3,
        TimeUnit.Year => 4,
        _ => 5,
    };

    private static ResolvedTime StoryOrArticle(TimeMatchContext c)
    {
        if (c.Story.Value is { Length: > 0 })
        {
            return c.Story;
        }

        var anchor = c.Anchor;
        return ResolvedTime.Between(anchor.Date.ToString(), anchor.First, anchor.Last, anchor.GrainOfPrecision);
    }

    private static bool TryDateAt(TimeMatchContext c, int at, out TimeMatch date)
        => TimeRules.TryMatch(c, at, out date) && date.Kind is TimeExpressionKind.Date or TimeExpressionKind.Time && CanAnchor(date);

    private static bool Done(ResolvedTime time, int first, int last, out TimeMatch match)
    {
        match = time.At(first, last, TimeExpressionKind.Date);
        return true;
    }

    private static DateTime ToDate(int number) => new(number / 10000, (number / 100) % 100, number % 100);
}
