using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Sets (recurring times), unanchored (Earliest/Latest 0): dagelijks / daily (P1D), jaarlijks (P1Y),
/// elke week / every week (P1W), elke twee jaar / every two years (P2Y), per jaar / per year (P1Y),
/// elke maandag / every Monday (XXXX-WXX-1), elke avond / elke morgen / every night (TEV / TMO / TNI).
/// </summary>
internal static class SetRules
{
    public static bool TryFrequency(TimeWord word, int i, out TimeMatch match)
    {
        match = new ResolvedTime(CalendarMath.DurationValue((TimeUnit)word.Value, 1), 0, 0, (TimeUnit)word.Value).At(i, i, TimeExpressionKind.Set);
        return true;
    }

    public static bool TryEvery(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!c.TryWord(i + 1, out var next))
        {
            return false;
        }

        switch (next.Kind)
        {
            case TimeWordKind.Unit when !next.Has(TimeWordFlags.Plural):
                match = Every((TimeUnit)next.Value, 1, i, i + 1);
                return true;
            case TimeWordKind.Weekday when !c.IsEnglish || c.IsCapitalized(i + 1):
                match = new ResolvedTime(WeekdayRules.EveryValue(next.Value, next.Part), 0, 0, TimeUnit.Week).At(i, i + 1, TimeExpressionKind.Set);
                return true;
            case TimeWordKind.RelativeDay when c.IsWord(i + 1, "morgen"):
                match = new ResolvedTime(DayRules.PartSuffix(PartOfDay.Morning), 0, 0, TimeUnit.Day).At(i, i + 1, TimeExpressionKind.Set);
                return true;
            case TimeWordKind.PartOfDay:
                match = new ResolvedTime(DayRules.PartSuffix(next.Part), 0, 0, TimeUnit.Day).At(i, i + 1, TimeExpressionKind.Set);
                return true;
            case TimeWordKind.NumberWord when CountRules.TryReadCount(c, i + 1, out var count, out var unitAt) && count > 0 && c.IsKind(unitAt, TimeWordKind.Unit):
                c.TryWord(unitAt, out var unit);
                match = Every((TimeUnit)unit.Value, count, i, unitAt);
                return true;
        }

        if (c.IsNumber(i + 1) && CountRules.TryReadCount(c, i + 1, out var digits, out var digitsUnitAt) && c.TryWord(digitsUnitAt, out var digitsUnit) && digitsUnit.Kind == TimeWordKind.Unit)
        {
            match = Every((TimeUnit)digitsUnit.Value, digits, i, digitsUnitAt);
            return true;
        }

        return false;
    }

    /// <summary>per jaar, per year.</summary>
    public static bool TryPer(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!c.IsWord(i, "per") || !c.TryWord(i + 1, out var unit) || unit.Kind != TimeWordKind.Unit || unit.Has(TimeWordFlags.Plural))
        {
            return false;
        }

        match = Every((TimeUnit)unit.Value, 1, i, i + 1);
        return true;
    }

    private static TimeMatch Every(TimeUnit unit, int count, int first, int last)
        => new ResolvedTime(CalendarMath.DurationValue(unit, count), 0, 0, unit).At(first, last, TimeExpressionKind.Set);
}
