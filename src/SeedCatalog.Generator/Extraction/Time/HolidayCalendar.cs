using System;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>The holidays the rules know (Dutch and American), named in <see cref="HolidayNames"/>.</summary>
internal enum Holiday
{
    NewYearsDay = 1,
    NewYearsEve,
    ChristmasEve,
    Christmas,
    SecondChristmasDay,
    Easter,
    EasterMonday,
    GoodFriday,
    AshWednesday,
    Ascension,
    Pentecost,
    WhitMonday,
    KingsDay,
    RemembranceDay,
    LiberationDay,
    PrinsjesDag,
    SinterklaasEve,
    ValentinesDay,
    Halloween,
    MothersDay,
    FathersDay,
    Epiphany,
    AllSaints,
    Thanksgiving,
    BlackFriday,
    LaborDay,
    MemorialDay,
    IndependenceDay,
    VeteransDay,
    MartinLutherKingDay,
    PresidentsDay,
    ColumbusDay,
    FlagDay,
    Juneteenth,
    ElectionDay,
    BoxingDay,
}

/// <summary>
/// The day a holiday falls on in a given year: fixed dates (Kerstmis, Bevrijdingsdag, Flag Day), Easter
/// and the days that move with it (Goede Vrijdag, Hemelvaartsdag, Pinksteren; the Gregorian computus),
/// and the nth weekday of a month (Thanksgiving, Labor Day, Prinsjesdag, Moederdag). Koningsdag is
/// 27 April from 2014 (26 April when that is a Sunday), Koninginnedag 30 April before.
/// </summary>
internal static class HolidayCalendar
{
    public static bool TryDate(Holiday holiday, int year, out DateTime day)
    {
        day = default;
        if (year < 1583 || year > 9998)
        {
            return false;
        }

        day = holiday switch
        {
            Holiday.NewYearsDay => new DateTime(year, 1, 1),
            Holiday.NewYearsEve => new DateTime(year, 12, 31),
            Holiday.ChristmasEve => new DateTime(year, 12, 24),
            Holiday.Christmas => new DateTime(year, 12, 25),
            Holiday.SecondChristmasDay or Holiday.BoxingDay => new DateTime(year, 12, 26),
            Holiday.Easter => Easter(year),
            Holiday.EasterMonday => Easter(year).AddDays(1),
            Holiday.GoodFriday => Easter(year).AddDays(-2),
            Holiday.AshWednesday => Easter(year).AddDays(-46),
            Holiday.Ascension => Easter(year).AddDays(39),
            Holiday.Pentecost => Easter(year).AddDays(49),
            Holiday.WhitMonday => Easter(year).AddDays(50),
            Holiday.KingsDay => KingsDay(year),
            Holiday.RemembranceDay => new DateTime(year, 5, 4),
            Holiday.LiberationDay => new DateTime(year, 5, 5),
            Holiday.PrinsjesDag => NthWeekday(year, 9, DayOfWeek.Tuesday, 3),
            Holiday.SinterklaasEve => new DateTime(year, 12, 5),
            Holiday.ValentinesDay => new DateTime(year, 2, 14),
            Holiday.Halloween => new DateTime(year, 10, 31),
            Holiday.MothersDay => NthWeekday(year, 5, DayOfWeek.Sunday, 2),
            Holiday.FathersDay => NthWeekday(year, 6, DayOfWeek.Sunday, 3),
            Holiday.Epiphany => new DateTime(year, 1, 6),
            Holiday.AllSaints => new DateTime(year, 11, 1),
            Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            Holiday.BlackFriday => NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(1),
            Holiday.LaborDay => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            Holiday.MemorialDay => LastWeekday(year, 5, DayOfWeek.Monday),
            Holiday.IndependenceDay => new DateTime(year, 7, 4),
            Holiday.VeteransDay => new DateTime(year, 11, 11),
            Holiday.MartinLutherKingDay => NthWeekday(year, 1, DayOfWeek.Monday, 3),
            Holiday.PresidentsDay => NthWeekday(year, 2, DayOfWeek.Monday, 3),
            Holiday.ColumbusDay => NthWeekday(year, 10, DayOfWeek.Monday, 2),
            Holiday.FlagDay => new DateTime(year, 6, 14),
            Holiday.Juneteenth => new DateTime(year, 6, 19),
            Holiday.ElectionDay => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
            _ => default,
        };
        return day != default;
    }

    /// <summary>The month a holiday usually falls in, to pick its year like a month's (<see cref="TimeAnchor.YearOfMonth"/>).</summary>
    public static int UsualMonth(Holiday holiday) => TryDate(holiday, 2000, out var day) ? day.Month : 1;

    /// <summary>Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateTime Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateTime(year, month, day);
    }

    private static DateTime KingsDay(int year)
    {
        var day = year >= 2014 ? new DateTime(year, 4, 27) : new DateTime(year, 4, 30);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    private static DateTime NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateTime(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateTime LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = CalendarMath.LastDayOfMonth(year, month);
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}
