using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Holidays by name (<see cref="HolidayNames"/>): Kerstmis, tweede paasdag, Koningsdag 2025, vorige
/// Pasen, het pinksterweekend, Thanksgiving night, Labor Day weekend. A holiday is one known day once
/// its year is known, at any article precision: the year written after it, or one year back or ahead
/// after vorige/volgende/last/next, or else the year that fits the sentence (with a day-precision
/// article the occurrence on the side the tense points to, or the nearer one; otherwise like a month
/// without a year, <see cref="TimeAnchor.YearOfMonth"/>). A weekend holiday (paasweekend, Labor Day
/// weekend) is the weekend of that day (the one before a Monday holiday): 2017-W15-WE.
/// </summary>
internal static class HolidayRules
{
    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!TryName(c, i, out var name, out var last))
        {
            return false;
        }

        var weekend = name.Weekend;
        var part = name.Part;
        if (c.IsWord(last + 1, "weekend"))
        {
            weekend = true;
            last++;
        }
        else if (part == PartOfDay.None && c.TryWord(last + 1, out var next) && next.Kind == TimeWordKind.PartOfDay && !c.IsWord(last + 1, "morgen"))
        {
            part = next.Part;
            last++;
        }

        var first = i;
        var shift = 0;
        if (c.TryWord(i - 1, out var before) && before.Kind == TimeWordKind.Shift && c.LastTaken < i - 1)
        {
            shift = before.Value;
            first = i - 1;
        }

        int year;
        if (NumericDateRules.IsYearNumber(c, last + 1) && !c.IsNumberGroup(last + 1))
        {
            year = c.Token(last + 1).Number;
            last++;
        }
        else
        {
            year = YearOf(c, name.Holiday, shift, first);
        }

        if (!HolidayCalendar.TryDate(name.Holiday, year, out var day))
        {
            return false;
        }

        match = Resolve(day, part, weekend).At(first, last, part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
        return true;
    }

    /// <summary>The holiday whose name starts at token <paramref name="i"/>, and the token its name ends at.</summary>
    public static bool TryName(TimeMatchContext c, int i, out HolidayName name, out int last)
    {
        name = default;
        last = i;
        if (!c.IsPlainWord(i) || (c.IsEnglish && !c.IsCapitalized(i)))
        {
            return false;
        }

        var text = c.Text;
        var start = c.Token(i).Start;
        foreach (var candidate in HolidayNames.For(c.IsEnglish))
        {
            var length = candidate.Text.Length;
            if (start + length > text.Length || !IgnoreCase.Equals(text, start, candidate.Text) || (start + length < text.Length && char.IsLetter(text[start + length])))
            {
                continue;
            }

            // Dutch "goede vrijdag" is Good Friday only when written with capitals (een goede vrijdag is a good one).
            if (candidate.Holiday == Holiday.GoodFriday && !c.IsEnglish && !c.IsCapitalized(i))
            {
                continue;
            }

            var end = i;
            while (c.InRange(end + 1) && c.Token(end + 1).Start < start + length)
            {
                end++;
            }

            if (c.Token(end).End != start + length)
            {
                continue;
            }

            name = candidate;
            last = end;
            return true;
        }

        return false;
    }

    public static ResolvedTime Resolve(DateTime day, PartOfDay part, bool weekend)
    {
        if (weekend)
        {
            var saturday = CalendarMath.IsoDayOfWeek(day) == 1 ? day.AddDays(-2) : day;
            return ResolvedTime.Between(CalendarMath.Format(saturday, TimeUnit.Weekend), CalendarMath.StartOf(saturday, TimeUnit.Weekend), CalendarMath.EndOf(saturday, TimeUnit.Weekend), TimeUnit.Weekend);
        }

        return ResolvedTime.Between(CalendarMath.Format(day, TimeUnit.Day) + DayRules.PartSuffix(part), day, day, TimeUnit.Day);
    }

    private static int YearOf(TimeMatchContext c, Holiday holiday, int shift, int at)
    {
        var anchor = c.Anchor;
        var year = anchor.First.Year;
        if (anchor.Precision != DatePrecision.Day)
        {
            if (shift != 0)
            {
                return year + shift;
            }

            return anchor.YearOfMonth(HolidayCalendar.UsualMonth(holiday), SentenceTenseGuesser.Around(c, at));
        }

        var tense = shift < 0 ? SentenceTense.Past : shift > 0 ? SentenceTense.Future : SentenceTenseGuesser.Around(c, at);
        if (tense == SentenceTense.Unknown)
        {
            // A holiday that just passed (Kerstmis in early January), else the next one if it is at most half a year ahead
            // (Dutch plans are in the present tense: met Pasen gaan we weg), else the article's own year.
            for (var y = year - 1; y <= year; y++)
            {
                if (HolidayCalendar.TryDate(holiday, y, out var passed) && (anchor.First - passed).Days is >= 0 and <= 31)
                {
                    return y;
                }
            }

            for (var y = year; y <= year + 1; y++)
            {
                if (HolidayCalendar.TryDate(holiday, y, out var ahead) && (ahead - anchor.First).Days is > 0 and <= 183)
                {
                    return y;
                }
            }

            return year;
        }

        for (var y = tense == SentenceTense.Past ? year : year - 1; tense == SentenceTense.Past ? y >= year - 1 : y <= year + 1; y += tense == SentenceTense.Past ? -1 : 1)
        {
            if (HolidayCalendar.TryDate(holiday, y, out var day))
            {
                var distance = (day - anchor.First).Days;
                if (tense == SentenceTense.Past ? distance < 0 || (distance == 0 && shift == 0) : distance > 0 || (distance == 0 && shift == 0))
                {
                    return y;
                }
            }
        }

        return year;
    }
}
