using System;
using System.Globalization;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Calendar arithmetic on <see cref="DateTime"/> days (proleptic Gregorian, no time zones), clamped to
/// years 1-9999, and the invariant ISO / TIMEX3 formatting of units.
/// </summary>
internal static class CalendarMath
{
    /// <summary>Hours, minutes and seconds: units finer than a calendar day.</summary>
    public static bool IsClockUnit(TimeUnit unit) => unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;

    public static int ToNumber(DateTime day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    public static int IsoDayOfWeek(DateTime day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    public static bool TryMakeDate(int year, int month, int day, out DateTime date)
    {
        if (year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateTime(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    public static DateTime LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateTime Shift(DateTime day, TimeUnit unit, int count)
    {
        var years = unit switch
        {
            TimeUnit.Year => count,
            TimeUnit.Decade => count * 10,
            TimeUnit.Century => count * 100,
            _ => 0,
        };
        if (years != 0)
        {
            var year = Math.Max(1, Math.Min(9999, day.Year + years));
            return day.AddYears(year - day.Year);
        }

        switch (unit)
        {
            case TimeUnit.Quarter:
                count *= 3;
                goto case TimeUnit.Month;
            case TimeUnit.Month:
                var months = Math.Max(-(day.Year - 1) * 12, Math.Min((9999 - day.Year) * 12, count));
                return day.AddMonths(months);
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                return AddDays(day, count * 7);
            case TimeUnit.Day:
                return AddDays(day, count);
            default:
                return day;
        }
    }

    public static DateTime AddDays(DateTime day, int count)
    {
        var max = (DateTime.MaxValue.Date - day).Days;
        var min = -(day - DateTime.MinValue).Days;
        return day.AddDays(Math.Max(min, Math.Min(max, count)));
    }

    public static DateTime StartOf(DateTime day, TimeUnit unit) => unit switch
    {
        TimeUnit.Week => AddDays(day, 1 - IsoDayOfWeek(day)),
        TimeUnit.Weekend => AddDays(day, 6 - IsoDayOfWeek(day)),
        TimeUnit.Month => new DateTime(day.Year, day.Month, 1),
        TimeUnit.Quarter => new DateTime(day.Year, day.Month - ((day.Month - 1) % 3), 1),
        TimeUnit.Year => new DateTime(day.Year, 1, 1),
        TimeUnit.Decade => new DateTime(Math.Max(1, day.Year - (day.Year % 10)), 1, 1),
        TimeUnit.Century => new DateTime(Math.Max(1, day.Year - (day.Year % 100)), 1, 1),
        _ => day,
    };

    public static DateTime EndOf(DateTime day, TimeUnit unit) => unit switch
    {
        TimeUnit.Week or TimeUnit.Weekend => AddDays(day, 7 - IsoDayOfWeek(day)),
        TimeUnit.Month => LastDayOfMonth(day.Year, day.Month),
        TimeUnit.Quarter => LastDayOfMonth(day.Year, day.Month - ((day.Month - 1) % 3) + 2),
        TimeUnit.Year => new DateTime(day.Year, 12, 31),
        TimeUnit.Decade => new DateTime(Math.Min(9999, day.Year - (day.Year % 10) + 9), 12, 31),
        TimeUnit.Century => new DateTime(Math.Min(9999, day.Year - (day.Year % 100) + 99), 12, 31),
        _ => day,
    };

    /// <summary>The TIMEX3 value of the unit that contains <paramref name="day"/>: 2022-02-16, 2022-W07, 2022-W07-WE, 2022-02, 2022, 202, 20.</summary>
    public static string Format(DateTime day, TimeUnit unit)
    {
        switch (unit)
        {
            case TimeUnit.Week:
            case TimeUnit.Weekend:
                var thursday = AddDays(day, 4 - IsoDayOfWeek(day));
                var week = ((thursday.DayOfYear - 1) / 7) + 1;
                return Digits(thursday.Year, 4) + "-W" + Digits(week, 2) + (unit == TimeUnit.Weekend ? "-WE" : string.Empty);
            case TimeUnit.Month:
                return Digits(day.Year, 4) + "-" + Digits(day.Month, 2);
            case TimeUnit.Quarter:
                return Digits(day.Year, 4) + "-Q" + (((day.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture);
            case TimeUnit.Year:
                return Digits(day.Year, 4);
            case TimeUnit.Decade:
                return Digits(day.Year / 10, 3);
            case TimeUnit.Century:
                return Digits(day.Year / 100, 2);
            default:
                return Digits(day.Year, 4) + "-" + Digits(day.Month, 2) + "-" + Digits(day.Day, 2);
        }
    }

    public static string Digits(int value, int width) => value.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The TIMEX3 duration letter(s) of a unit: Y, M, W, D, DE, CE, WE; quarters count in months (P6M); hours, minutes and seconds use the PT form.</summary>
    public static string DurationValue(TimeUnit unit, int count)
    {
        var amount = count < 0 ? "X" : count.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Day => "P" + amount + "D",
            TimeUnit.Week => "P" + amount + "W",
            TimeUnit.Weekend => "P" + amount + "WE",
            TimeUnit.Month => "P" + amount + "M",
            TimeUnit.Year => "P" + amount + "Y",
            TimeUnit.Decade => "P" + amount + "DE",
            TimeUnit.Century => "P" + amount + "CE",
            TimeUnit.Quarter => "P" + (count < 0 ? "X" : (count * 3).ToString(CultureInfo.InvariantCulture)) + "M",
            TimeUnit.Hour => "PT" + amount + "H",
            TimeUnit.Second => "PT" + amount + "S",
            _ => "PT" + amount + "M",
        };
    }
}
