using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Named parts of a year: quarters (het derde kwartaal van 2017, the fourth quarter, fourth-quarter,
/// Q3 2017, hetzelfde kwartaal een jaar eerder), halves (het eerste halfjaar, the first half of 2019,
/// the first six months of 2016, H1 2019) and seasons (het najaar, de zomer van 2021, last winter,
/// spring 2020). TIMEX3 values 2017-Q3, 2019-H1, 2021-SU (winter 2013-WI runs Dec 2013 to Feb 2014).
/// Without a year the article's year is used, shifted back when a past-tense sentence names a period
/// that starts after the article's month (as for months, <see cref="TimeAnchor.YearOfMonth"/>).
/// "the second half" alone (of a match) and "three quarters of" (a fraction) are not periods.
/// </summary>
internal static class PeriodRules
{
    private static readonly string[] Determiners = { "de", "het", "the", "this", "dit", "deze" };
    private static readonly string[] OfWords = { "van", "of" };
    private static readonly string[] SeasonCues = { "de", "het", "the", "in", "during", "tijdens", "early", "late", "mid", "begin", "eind", "hartje", "since", "sinds", "vanaf", "until", "tot", "na", "after", "before", "voor", "this", "dit", "deze" };

    /// <summary>derde kwartaal, first half, Q3, H1 and, from <see cref="OrdinalRules"/>, the ordinal's periods.</summary>
    public static bool TryQuarterOrHalf(TimeMatchContext c, int i, int number, int unitAt, bool half, out TimeMatch match)
    {
        match = default;
        if (half ? number < 1 || number > 2 : number < 1 || number > 4)
        {
            return false;
        }

        var last = unitAt;
        var year = 0;
        var yearShift = 0;
        if (c.IsAnyWord(last + 1, OfWords))
        {
            if (NumericDateRules.IsYearNumber(c, last + 2))
            {
                year = c.Token(last + 2).Number;
                last += 2;
            }
            else if ((c.IsWord(last + 2, "het") || c.IsWord(last + 2, "the") || c.IsWord(last + 2, "this") || c.IsWord(last + 2, "dit")) && (c.IsWord(last + 3, "jaar") || c.IsWord(last + 3, "year")))
            {
                year = c.Anchor.First.Year;
                last += 3;
            }
            else if (c.TryWord(last + 2, out var shift) && shift.Kind == TimeWordKind.Shift && (c.IsWord(last + 3, "jaar") || c.IsWord(last + 3, "year")))
            {
                year = c.Anchor.First.Year + shift.Value;
                last += 3;
            }
            else if (half || c.IsKind(last + 2, TimeWordKind.Month))
            {
                return false;
            }
        }
        else if (NumericDateRules.IsYearNumber(c, last + 1) && !c.IsNumberGroup(last + 1))
        {
            year = c.Token(last + 1).Number;
            last++;
        }
        else if (c.TryWord(last + 1, out var shift) && shift.Kind == TimeWordKind.Shift && shift.Value != 0 && (c.IsWord(last + 2, "jaar") || c.IsWord(last + 2, "year")))
        {
            yearShift = shift.Value;
            last += 2;
        }
        else if (half && (c.IsEnglish || c.IsWord(unitAt, "helft")))
        {
            return false;
        }

        if (year == 0)
        {
            var lastMonth = half ? number * 6 : number * 3;
            year = yearShift != 0 ? c.Anchor.First.Year + yearShift : c.Anchor.YearOfMonth(lastMonth, SentenceTenseGuesser.Around(c, i));
        }

        match = Period(year, half ? 6 : 3, number).At(WithDeterminer(c, i), last, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>hetzelfde kwartaal (een jaar eerder / vorig jaar), the same quarter last year: the article's quarter a year back.</summary>
    public static bool TrySameQuarter(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var unitAt = c.IsWord(i, "hetzelfde") || c.IsWord(i, "same") ? i + 1 : -1;
        var start = c.IsWord(i, "same") && c.IsWord(i - 1, "the") && c.LastTaken < i - 1 ? i - 1 : i;
        if (unitAt < 0 || !c.IsKind(unitAt, TimeWordKind.Unit) || !(c.IsWord(unitAt, "kwartaal") || c.IsWord(unitAt, "quarter")) || !c.Anchor.Knows(TimeUnit.Quarter))
        {
            return false;
        }

        var last = unitAt;
        if ((c.IsWord(last + 1, "een") || c.IsWord(last + 1, "a")) && (c.IsWord(last + 2, "jaar") || c.IsWord(last + 2, "year")) && (c.IsWord(last + 3, "eerder") || c.IsWord(last + 3, "earlier")))
        {
            last += 3;
        }
        else if (c.TryWord(last + 1, out var shift) && shift.Kind == TimeWordKind.Shift && shift.Value < 0 && (c.IsWord(last + 2, "jaar") || c.IsWord(last + 2, "year")))
        {
            last += 2;
        }
        else if ((c.IsWord(last + 1, "van") || c.IsWord(last + 1, "of")) && c.TryWord(last + 2, out shift) && shift.Kind == TimeWordKind.Shift && shift.Value < 0 && (c.IsWord(last + 3, "jaar") || c.IsWord(last + 3, "year")))
        {
            last += 3;
        }
        else
        {
            return false;
        }

        // The quarter the story just named (het derde kwartaal ... hetzelfde kwartaal een jaar eerder), else the article's.
        var story = c.Story.Grain == TimeUnit.Quarter && c.Story.Earliest != 0 ? c.Story.Earliest : c.Anchor.FirstNumber;
        var quarter = ((((story / 100) % 100) - 1) / 3) + 1;
        match = Period((story / 10000) - 1, 3, quarter).At(start, last, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>Q3, Q3 2017, H1 2019: a capital letter touching the period's number.</summary>
    public static bool TryMark(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var half = c.IsWord(i, "H");
        if (!(half || c.IsWord(i, "Q")) || !c.IsCapitalized(i) || c.Token(i).Length != 1 || !c.IsNumber(i + 1) || !c.Touch(i, i + 1) || c.Token(i + 1).Length != 1
            || (c.InRange(i + 2) && c.Touch(i + 1, i + 2) && c.IsPlainWord(i + 2)))
        {
            return false;
        }

        return TryQuarterOrHalf(c, i, c.Token(i + 1).Number, i + 1, half, out match);
    }

    /// <summary>de zomer, het najaar van 2022, vorige winter, last summer, spring 2020.</summary>
    public static bool TrySeason(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        var season = (Season)word.Value;
        var first = i;
        var shift = 0;
        var hasShift = c.TryWord(i - 1, out var before) && before.Kind == TimeWordKind.Shift && c.LastTaken < i - 1;
        if (hasShift)
        {
            shift = before.Value;
            first = i - 1;
        }

        var last = i;
        var year = 0;
        if (NumericDateRules.IsYearNumber(c, i + 1) && !c.IsNumberGroup(i + 1))
        {
            year = c.Token(i + 1).Number;
            last = i + 1;
        }
        else if (c.IsAnyWord(i + 1, OfWords) && NumericDateRules.IsYearNumber(c, i + 2))
        {
            year = c.Token(i + 2).Number;
            last = i + 2;
        }
        else if (!hasShift && !c.IsAnyWord(i - 1, SeasonCues))
        {
            return false;
        }
        else if (c.IsWord(i, "fall") && c.IsWord(i + 1, "of"))
        {
            return false;
        }

        if (year == 0)
        {
            year = YearOfSeason(c, season, shift, first);
        }

        match = Season(year, season).At(hasShift ? first : WithDeterminer(c, i), last, TimeExpressionKind.Date);
        return true;
    }

    public static ResolvedTime Period(int year, int months, int number)
    {
        var firstDay = new DateTime(year, ((number - 1) * months) + 1, 1);
        var lastDay = CalendarMath.LastDayOfMonth(year, number * months);
        var value = CalendarMath.Digits(year, 4) + (months == 3 ? "-Q" : "-H") + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ResolvedTime.Between(value, firstDay, lastDay, months == 3 ? TimeUnit.Quarter : TimeUnit.Month);
    }

    public static ResolvedTime Season(int year, Season season)
    {
        var startMonth = StartMonth(season);
        var firstDay = new DateTime(year, startMonth, 1);
        var end = firstDay.AddMonths(3).AddDays(-1);
        var code = season switch
        {
            Time.Season.Spring => "-SP",
            Time.Season.Summer => "-SU",
            Time.Season.Fall => "-FA",
            _ => "-WI",
        };
        return ResolvedTime.Between(CalendarMath.Digits(year, 4) + code, firstDay, end, TimeUnit.Month);
    }

    private static int StartMonth(Season season) => ((int)season * 3) % 12 == 0 ? 12 : (int)season * 3;

    /// <summary>The year of a season named without one: shifted from the season the article is in, or like a month's.</summary>
    private static int YearOfSeason(TimeMatchContext c, Season season, int shift, int at)
    {
        var anchor = c.Anchor;
        var year = anchor.First.Year;
        if (anchor.Precision == DatePrecision.Year)
        {
            return year + shift;
        }

        var month = anchor.First.Month;
        var current = new DateTime(month <= 2 ? year - 1 : year, month <= 2 ? 12 : month - ((month % 3) == 0 ? 0 : month % 3), 1);
        var start = new DateTime(year, StartMonth(season), 1);
        if (shift < 0)
        {
            while (start >= current)
            {
                start = start.AddYears(-1);
            }

            while (start.AddYears(1) < current)
            {
                start = start.AddYears(1);
            }

            return start.Year;
        }

        if (shift > 0)
        {
            while (start <= current)
            {
                start = start.AddYears(1);
            }

            return start.Year;
        }

        if (season == Time.Season.Winter && month <= 2)
        {
            return year - 1;
        }

        return anchor.YearOfMonth(StartMonth(season), SentenceTenseGuesser.Around(c, at));
    }

    private static int WithDeterminer(TimeMatchContext c, int i)
        => c.IsAnyWord(i - 1, Determiners) && c.LastTaken < i - 1 ? i - 1 : i;
}
