using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Rules that start at a shift word (vorige, deze, volgend, afgelopen, komende, last, this, next, past,
/// coming): vorige maand / last week (a date one unit away), afgelopen maandag / next Monday,
/// last May, and spans: in de afgelopen vijf jaar / over the past five years (P5Y ending at the
/// article date), de komende weken / the coming weeks (PXW from the article date), the past year (P1Y).
/// A span keeps its article and preposition (in de, over the): they make it a span.
/// Dutch "het afgelopen jaar" is last year (a date), English "the past year" is a P1Y span.
/// </summary>
internal static class ShiftRules
{
    private static readonly string[] Determiners = { "de", "het", "the" };
    private static readonly string[] SpanPrepositions = { "in", "over", "during", "gedurende", "tijdens", "for", "within", "binnen" };

    public static bool TryMatch(TimeMatchContext c, int i, TimeWord shift, out TimeMatch match)
    {
        if (c.IsWord(i, "following") && !c.IsWord(i - 1, "the"))
        {
            match = default;
            return false;
        }

        if (DayRules.TryShiftedPart(c, i, shift, out match) || MonthRules.TryShifted(c, i, shift, out match))
        {
            return true;
        }

        if (c.TryWord(i + 1, out var named) && (named.Kind == TimeWordKind.Holiday ? HolidayRules.TryMatch(c, i + 1, out match) : named.Kind == TimeWordKind.Season && PeriodRules.TrySeason(c, i + 1, named, out match)))
        {
            return match.FirstToken == i;
        }

        if (c.TryWord(i + 1, out var next) && next.Kind == TimeWordKind.Weekday && (!c.IsEnglish || c.IsCapitalized(i + 1)))
        {
            var tense = shift.Value < 0 ? SentenceTense.Past : shift.Value > 0 ? SentenceTense.Future : SentenceTenseGuesser.Around(c, i);
            var kind = next.Part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time;
            match = WeekdayRules.Resolve(c.Anchor, next.Value, next.Part, tense).At(i, i + 1, kind);
            return true;
        }

        if (c.IsWord(i, "last") && c.IsWord(i + 1, "quarter") && c.IsWord(i + 2, "of") && NumericDateRules.IsYearNumber(c, i + 3))
        {
            return PeriodRules.TryQuarterOrHalf(c, i, 4, i + 1, half: false, out match);
        }

        if (next.Kind == TimeWordKind.Unit && c.IsKind(i + 1, TimeWordKind.Unit))
        {
            return TryUnit(c, i, shift, (TimeUnit)next.Value, next.Has(TimeWordFlags.Plural), out match);
        }

        // English "last" is also a verb (could last several months): a counted span needs "the" (the last five years).
        if (shift.Has(TimeWordFlags.SpanOpener) && (!c.IsEnglish || c.IsWord(i - 1, "the")) && CountRules.TryReadCount(c, i + 1, out var count, out var unitAt)
            && c.TryWord(unitAt, out var unitWord) && unitWord.Kind == TimeWordKind.Unit)
        {
            match = Span(c, i, unitAt, shift, (TimeUnit)unitWord.Value, count);
            return true;
        }

        return false;
    }

    private static bool TryUnit(TimeMatchContext c, int i, TimeWord shift, TimeUnit unit, bool plural, out TimeMatch match)
    {
        match = default;
        if (CalendarMath.IsClockUnit(unit))
        {
            return false;
        }

        if (plural || (c.IsEnglish && shift.Has(TimeWordFlags.SpanOpener) && c.IsWord(i - 1, "the")))
        {
            if (!shift.Has(TimeWordFlags.SpanOpener) || shift.Value == 0)
            {
                return false;
            }

            match = Span(c, i, i + 1, shift, unit, plural ? -1 : 1);
            return true;
        }

        if (unit == TimeUnit.Day)
        {
            return AnchoredRules.TryNextDay(c, i, shift, out match);
        }

        var dayAt = (c.IsWord(i + 2, "op") || c.IsWord(i + 2, "on")) && c.IsKind(i + 3, TimeWordKind.Weekday) ? i + 3 : i + 2;
        if (unit == TimeUnit.Week && shift.Value != 0 && c.TryWord(dayAt, out var weekday) && weekday.Kind == TimeWordKind.Weekday && !weekday.Has(TimeWordFlags.Plural) && (!c.IsEnglish || c.IsCapitalized(dayAt)))
        {
            // vorige week vrijdag; vorige week zaterdagavond 3 december (the date wins).
            if (WeekdayRules.TryMatch(c, dayAt, weekday, out var dated) && dated.LastToken > dayAt && dated.Time.Grain == TimeUnit.Day && char.IsDigit(dated.Time.Value[0]))
            {
                match = dated.From(i);
                return true;
            }

            match = WeekdayRules.InShiftedWeek(c.Anchor, weekday, shift.Value).At(i, dayAt, weekday.Part == PartOfDay.None ? TimeExpressionKind.Date : TimeExpressionKind.Time);
            return true;
        }

        match = c.Anchor.Shift(unit, shift.Value).At(i, i + 1, TimeExpressionKind.Date);
        return true;
    }

    private static TimeMatch Span(TimeMatchContext c, int i, int last, TimeWord shift, TimeUnit unit, int count)
    {
        var anchor = c.Anchor;
        var calendarUnit = CalendarMath.IsClockUnit(unit) ? TimeUnit.Day : unit;
        var value = CalendarMath.DurationValue(unit, count);
        ResolvedTime time;
        if (shift.Value < 0)
        {
            var earliest = count < 0 ? 0 : CalendarMath.ToNumber(CalendarMath.Shift(anchor.First, calendarUnit, -count));
            time = new ResolvedTime(value, earliest, anchor.LastNumber, unit);
        }
        else
        {
            var latest = count < 0 ? 0 : CalendarMath.ToNumber(CalendarMath.Shift(anchor.Last, calendarUnit, count));
            time = new ResolvedTime(value, anchor.FirstNumber, latest, unit);
        }

        var first = i;
        if (c.IsAnyWord(first - 1, Determiners) && c.LastTaken < first - 1)
        {
            first--;
            if (c.IsAnyWord(first - 1, SpanPrepositions) && c.LastTaken < first - 1)
            {
                first--;
            }
        }

        return time.At(first, last, TimeExpressionKind.Duration);
    }
}
