using System;

namespace SeedCatalog.Generator.Model;

internal enum DatePrecision
{
    Year = 0,
    Month = 1,
    Day = 2,
}

/// <summary>
/// A calendar date known to a year, a month or a day. <see cref="Month"/> and <see cref="Day"/> are 0
/// where the precision does not reach them.
/// </summary>
internal readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate OfYear(int year) => new(year, 0, 0, DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(year, month, 0, DatePrecision.Month);

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    /// <summary>ISO 8601 at the date's precision: <c>2022</c>, <c>2022-02</c>, <c>2022-02-03</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => FormattableString.Invariant($"{Year:D4}-{Month:D2}"),
        _ => FormattableString.Invariant($"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
