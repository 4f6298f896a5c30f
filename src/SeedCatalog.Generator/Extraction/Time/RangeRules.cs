using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Two dates written as one stretch of time: van 2005 tot 2011, tussen maart 2020 en mei 2021, from
/// 4/2/2018 to 6/9/2019, 1973-1998, 2011~2013, Oct. 3-Nov. 9, 2014, June 1-4, 8-10 april, 1 t/m 3 juni,
/// between January 19 and February 3, 1976. The result is a <see cref="TimeExpressionKind.Range"/>
/// whose value is start/end (ISO 8601 interval of the two TIMEX3 values) and whose Earliest/Latest are
/// the first day of the start and the last day of the end. An end written short borrows from the start
/// (June 1-4: the 4th of June) and a start written short borrows from the end (6 tot 20 mei, January 19
/// and February 3, 1976). "tussen/between" pairs with "en/and"; a plain "to/tot" needs two absolute dates.
/// Not ranges: scores (3-6 6-1), counts (tussen 1500 en 2000 mensen), durations (drie weken tot een jaar),
/// and ends before their start.
/// </summary>
internal static class RangeRules
{
    private static readonly string[] Openers = { "van", "vanaf", "tussen", "from", "between" };
    private static readonly string[] PairOpeners = { "tussen", "between" };
    private static readonly string[] ToWords = { "tot", "to", "until", "till", "through", "thru", "tm" };
    private static readonly string[] AndWords = { "en", "and" };
    private static readonly string[] Now = { "nu", "now", "heden", "vandaag", "today" };

    /// <summary>Widens a date just found at <paramref name="start"/> into a range when a connector and a second date follow.</summary>
    public static bool TryWiden(TimeMatchContext c, TimeMatch start, out TimeMatch range)
    {
        range = default;
        if (!IsAbsoluteDate(start))
        {
            return false;
        }

        var opener = OpenerBefore(c, start.FirstToken);
        if (!TryConnector(c, start.LastToken + 1, opener, out var endAt, out var symbol))
        {
            return false;
        }

        if (TryShortEnd(c, start, endAt, out range))
        {
            return Finish(c, opener, ref range);
        }

        if (c.IsAnyWord(endAt, Now) && start.Time.Earliest <= c.Anchor.FirstNumber)
        {
            // tussen maart 2020 en nu: up to the article's date
            var now = c.Anchor.Itself(c.Anchor.Date.ToString());
            range = Between(start.Time, now).At(start.FirstToken, endAt, TimeExpressionKind.Range);
            return Finish(c, opener, ref range);
        }

        if (!TimeRules.TryMatch(c, endAt, out var end) || !IsAbsoluteDate(end))
        {
            return false;
        }

        // A plain "to/tot" between two dates is a range only when neither end is relative (van maandag tot 15 juni is fine with "van").
        if (opener < 0 && !symbol && !(IsWrittenDate(start) && IsWrittenDate(end)))
        {
            return false;
        }

        var first = start.Time;
        if (!HasYearToken(c, start) && HasYearToken(c, end) && start.Time.Grain is TimeUnit.Day or TimeUnit.Month)
        {
            first = InYear(first, end.Time.Earliest / 10000);
            if (first.Earliest > end.Time.Earliest)
            {
                first = InYear(first, (end.Time.Earliest / 10000) - 1);
            }
        }

        if (first.Earliest > end.Time.Earliest || first.Value == end.Time.Value)
        {
            return false;
        }

        range = Between(first, end.Time).At(start.FirstToken, end.LastToken, TimeExpressionKind.Range);
        return Finish(c, opener, ref range);
    }

    /// <summary>A range that starts at a number that is no date on its own: 8-10 april, 6 tot 20 mei, 1 t/m 3 juni, (1950 — 1953).</summary>
    public static bool TryNumberStart(TimeMatchContext c, int i, out TimeMatch range)
    {
        range = default;
        if (!c.IsNumber(i) || c.IsNumberGroup(i) || (c.IsSymbol(i - 1, '-') && c.Touch(i - 1, i)))
        {
            return false;
        }

        var opener = OpenerBefore(c, i);
        if (!TryConnector(c, i + 1, opener, out var endAt, out _) || !c.IsNumber(endAt) || c.IsNumberGroup(endAt))
        {
            return false;
        }

        var number = c.Token(i).Number;
        if (NumericDateRules.IsYearNumber(c, i) && NumericDateRules.IsYearNumber(c, endAt))
        {
            var endYear = c.Token(endAt).Number;
            if (endYear <= number || endYear - number > 300 || IsCounted(c, endAt))
            {
                return false;
            }

            range = Between(Year(number), Year(endYear)).At(i, endAt, TimeExpressionKind.Range);
            return Finish(c, opener, ref range);
        }

        if (c.Token(i).Length > 2 || number < 1 || number > 31 || !TimeRules.TryMatch(c, endAt, out var end) || end.Time.Grain != TimeUnit.Day
            || !char.IsDigit(end.Time.Value[0]) || end.Time.Value.Length != 10)
        {
            return false;
        }

        var year = end.Time.Earliest / 10000;
        var month = (end.Time.Earliest / 100) % 100;
        if (!CalendarMath.TryMakeDate(year, month, number, out var day) || CalendarMath.ToNumber(day) >= end.Time.Earliest)
        {
            return false;
        }

        range = Between(Day(day), end.Time).At(i, end.LastToken, TimeExpressionKind.Range);
        return Finish(c, opener, ref range);
    }

    /// <summary>June 1-4, November 16 – 17, 14 to 16: an end that is only a day number of the start's month (maybe with the year after it).</summary>
    private static bool TryShortEnd(TimeMatchContext c, TimeMatch start, int endAt, out TimeMatch range)
    {
        range = default;
        if (start.Time.Grain != TimeUnit.Day || start.Time.Value.Length != 10 || !c.IsNumber(endAt) || c.Token(endAt).Length > 2 || c.IsNumberGroup(endAt)
            || c.IsKind(endAt + 1, TimeWordKind.Month) || (c.IsSymbol(endAt + 1, '/') && c.Touch(endAt, endAt + 1)) || (c.IsEnglish && c.IsWord(endAt + 1, "of")) || (c.IsSymbol(endAt + 1, ':') || c.IsSymbol(endAt + 1, '.') && c.IsNumber(endAt + 2) && c.Touch(endAt, endAt + 1)))
        {
            return false;
        }

        var last = endAt;
        if (c.Touch(endAt, endAt + 1) && c.IsAnyWord(endAt + 1, Suffixes))
        {
            last++;
        }

        var first = start.Time;
        var year = first.Earliest / 10000;
        var yearAt = c.IsSymbol(last + 1, ',') ? last + 2 : last + 1;
        if (NumericDateRules.IsYearNumber(c, yearAt) && !c.IsNumberGroup(yearAt) && !HasYearToken(c, start))
        {
            year = c.Token(yearAt).Number;
            first = InYear(first, year);
            last = yearAt;
        }

        var month = (first.Earliest / 100) % 100;
        if (!CalendarMath.TryMakeDate(year, month, c.Token(endAt).Number, out var day) || CalendarMath.ToNumber(day) <= first.Earliest)
        {
            return false;
        }

        range = Between(first, Day(day)).At(start.FirstToken, last, TimeExpressionKind.Range);
        return true;
    }

    private static readonly string[] Suffixes = { "st", "nd", "rd", "th", "e", "ste", "de" };

    /// <summary>Reads the connector at <paramref name="i"/>: - – — ~ / tot (en met) / t/m / to / until / through, or en/and after tussen/between.</summary>
    private static bool TryConnector(TimeMatchContext c, int i, int opener, out int next, out bool symbol)
    {
        next = i + 1;
        symbol = false;
        if (!c.InRange(i))
        {
            return false;
        }

        var pair = opener >= 0 && c.IsAnyWord(opener, PairOpeners);
        if (c.IsSymbol(i, '-') || c.IsSymbol(i, '\u2013') || c.IsSymbol(i, '\u2014') || c.IsSymbol(i, '~'))
        {
            symbol = !pair;
            return !pair;
        }

        if (pair)
        {
            return c.IsAnyWord(i, AndWords);
        }

        if (c.IsWord(i, "t") && c.IsSymbol(i + 1, '/') && c.IsWord(i + 2, "m"))
        {
            next = i + 3;
            return true;
        }

        if (c.IsWord(i, "tot") && c.IsWord(i + 1, "en") && c.IsWord(i + 2, "met"))
        {
            next = i + 3;
            return true;
        }

        return c.IsAnyWord(i, ToWords);
    }

    private static int OpenerBefore(TimeMatchContext c, int first)
    {
        var at = c.IsWord(first - 1, "de") || c.IsWord(first - 1, "the") ? first - 2 : first - 1;
        return c.IsAnyWord(at, Openers) && c.LastTaken < at ? at : -1;
    }

    private static bool Finish(TimeMatchContext c, int opener, ref TimeMatch range)
    {
        if (opener >= 0)
        {
            range = range.From(opener);
        }

        return true;
    }

    /// <summary>A count after the end year (tussen 1500 en 2000 mensen): a plain word after a round number, or a count noun.</summary>
    private static bool IsCounted(TimeMatchContext c, int endAt)
        => (c.Token(endAt).Number % 100 == 0 && c.IsPlainWord(endAt + 1) && !c.TryWord(endAt + 1, out _)) || c.IsAnyWord(endAt + 1, NumericDateRules.CountNouns);

    private static bool IsAbsoluteDate(TimeMatch match)
        => match.Kind == TimeExpressionKind.Date && match.Time.Earliest != 0 && match.Time.Latest != 0 && match.Time.Value.Length > 0 && char.IsDigit(match.Time.Value[0])
           && match.Time.Value.IndexOf('W') < 0 && match.Time.Value.IndexOf('X') < 0;

    /// <summary>A date with its own digits (a year or a day number), not one resolved from a word like vorige maand.</summary>
    private static bool IsWrittenDate(TimeMatch match) => match.Time.Grain is TimeUnit.Day or TimeUnit.Month or TimeUnit.Year;

    private static bool HasYearToken(TimeMatchContext c, TimeMatch match)
    {
        for (var t = match.FirstToken; t <= match.LastToken; t++)
        {
            if (NumericDateRules.IsYearNumber(c, t))
            {
                return true;
            }
        }

        return false;
    }

    private static ResolvedTime InYear(ResolvedTime time, int year)
    {
        var month = (time.Earliest / 100) % 100;
        var day = time.Earliest % 100;
        if (time.Grain == TimeUnit.Month)
        {
            return MonthRules.Month(year, month);
        }

        return CalendarMath.TryMakeDate(year, month, day, out var date) ? Day(date) : time;
    }

    private static ResolvedTime Year(int year)
        => ResolvedTime.Between(CalendarMath.Digits(year, 4), new DateTime(year, 1, 1), new DateTime(year, 12, 31), TimeUnit.Year);

    private static ResolvedTime Day(DateTime day) => ResolvedTime.Between(CalendarMath.Format(day, TimeUnit.Day), day, day, TimeUnit.Day);

    private static ResolvedTime Between(ResolvedTime start, ResolvedTime end)
        => new(start.Value + "/" + end.Value, start.Earliest, end.Latest, start.Grain);
}
