namespace SeedCatalog.Generator.Analysis;

/// <summary>Which part of a constant (year, month, day) cannot be a calendar date, in words; null when it can.</summary>
internal static class CalendarArguments
{
    /// <summary>A month for <c>InMonth</c> / <c>Mentioning</c>.</summary>
    public static string? Month(int month) => month is >= 1 and <= 12 ? null : "month " + Format(month);

    /// <summary>
    /// A date for <c>new DateTime(y, m, d)</c> or, with <paramref name="unknownAllowed"/>, <c>new PartialDate(y, m, d)</c>,
    /// where 0 means an unknown month or day.
    /// </summary>
    public static string? Date(int year, int month, int day, bool unknownAllowed)
    {
        if (year is < 1 or > 9999)
        {
            return "year " + Format(year);
        }

        if (unknownAllowed && month == 0)
        {
            return day == 0 ? null : "day " + Format(day) + " of an unknown month";
        }

        if (month is < 1 or > 12)
        {
            return "month " + Format(month);
        }

        if (unknownAllowed && day == 0)
        {
            return null;
        }

        var days = System.DateTime.DaysInMonth(year, month);
        return day >= 1 && day <= days ? null : "day " + Format(day) + " in " + Format(year) + "-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
