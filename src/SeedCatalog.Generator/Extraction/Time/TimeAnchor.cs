using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// The article's date as the span of days it covers (a month-precision date covers the whole month),
/// and the resolution of expressions relative to it.
/// Rule: a relative expression in a unit finer than the date's precision (gisteren, vorige week in a
/// 2022-02 article) gets the article date's own value (2022-02): the day cannot be known and none is
/// invented. Its Earliest/Latest are still exact: every day it can mean for any day of the article's span.
/// </summary>
internal readonly struct TimeAnchor
{
    public TimeAnchor(PartialDate date)
    {
        Date = date;
        var year = Math.Max(1, Math.Min(9999, date.Year));
        switch (date.Precision)
        {
            case DatePrecision.Year:
                First = new DateTime(year, 1, 1);
                Last = new DateTime(year, 12, 31);
                break;
            case DatePrecision.Month:
                First = new DateTime(year, date.Month, 1);
                Last = CalendarMath.LastDayOfMonth(year, date.Month);
                break;
            default:
                First = new DateTime(year, date.Month, date.Day);
                Last = First;
                break;
        }
    }

    public PartialDate Date { get; }

    public DateTime First { get; }

    public DateTime Last { get; }

    public DatePrecision Precision => Date.Precision;

    public int FirstNumber => CalendarMath.ToNumber(First);

    public int LastNumber => CalendarMath.ToNumber(Last);

    public static bool IsUsable(PartialDate date)
        => date.Year >= 1 && date.Year <= 9999
           && (date.Precision == DatePrecision.Year || (date.Month >= 1 && date.Month <= 12))
           && (date.Precision != DatePrecision.Day || CalendarMath.TryMakeDate(date.Year, date.Month, date.Day, out _));

    /// <summary>True when the article date pins down a unit of this size (a month-precision date knows months, not weeks or days).</summary>
    public bool Knows(TimeUnit unit) => unit switch
    {
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => true,
        TimeUnit.Month or TimeUnit.Quarter => Precision != DatePrecision.Year,
        _ => Precision == DatePrecision.Day,
    };

    /// <summary>The unit <paramref name="count"/> units away from the article date: vorige maand = (Month, -1).</summary>
    public ResolvedTime Shift(TimeUnit unit, int count)
    {
        var calendarUnit = CalendarMath.IsClockUnit(unit) ? TimeUnit.Day : unit;
        var first = CalendarMath.StartOf(CalendarMath.Shift(First, calendarUnit, count), calendarUnit);
        var last = CalendarMath.EndOf(CalendarMath.Shift(Last, calendarUnit, count), calendarUnit);
        var value = Knows(calendarUnit) ? CalendarMath.Format(first, calendarUnit) : Date.ToString();
        return ResolvedTime.Between(value, first, last, calendarUnit);
    }

    /// <summary>The article date itself (PRESENT_REF spans it).</summary>
    public ResolvedTime Itself(string value) => ResolvedTime.Between(value, First, Last, GrainOfPrecision);

    /// <summary>Before the article date ended (PAST_REF); <paramref name="latest"/> may be earlier.</summary>
    public ResolvedTime Before(string value, DateTime latest) => new(value, 0, CalendarMath.ToNumber(latest), GrainOfPrecision);

    /// <summary>From the article date on (FUTURE_REF).</summary>
    public ResolvedTime After(string value, DateTime earliest) => new(value, CalendarMath.ToNumber(earliest), 0, GrainOfPrecision);

    public TimeUnit GrainOfPrecision => Precision switch
    {
        DatePrecision.Year => TimeUnit.Year,
        DatePrecision.Month => TimeUnit.Month,
        _ => TimeUnit.Day,
    };

    /// <summary>
    /// The year of a month named without one: the article's year, except that a month later than the
    /// article's month in a past-tense sentence is last year's, and an earlier month in a future-tense
    /// sentence is next year's; with no tense, a month more than six months from the article's is the
    /// nearer one (december in a January article is last December). A year-precision article always gives its own year.
    /// </summary>
    public int YearOfMonth(int month, SentenceTense tense)
    {
        if (Precision == DatePrecision.Year)
        {
            return First.Year;
        }

        if (month > First.Month && tense == SentenceTense.Past)
        {
            return First.Year - 1;
        }

        if (month < First.Month && tense == SentenceTense.Future)
        {
            return First.Year + 1;
        }

        // No tense: a month more than half a year away is the nearer one of the year before or after (december in a January article).
        if (tense == SentenceTense.Unknown && Math.Abs(month - First.Month) > 6)
        {
            return month > First.Month ? First.Year - 1 : First.Year + 1;
        }

        return First.Year;
    }
}
