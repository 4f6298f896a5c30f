using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Picks the rules to try at a token from what the token is: a digit run, or a lexicon word of some
/// kind. Tokens that are neither (most of them) cost one table lookup, done once for both extractors
/// in <see cref="ParagraphTokens"/>, and are passed over before any rule is tried
/// (<see cref="TimeMatchContext.MayStartExpression"/>).
/// </summary>
internal static class TimeRules
{
    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!c.InRange(i))
        {
            return false;
        }

        if (c.IsNumber(i))
        {
            return NumericDateRules.TryMatch(c, i, out match) || RangeRules.TryNumberStart(c, i, out match);
        }

        if (!c.TryWord(i, out var word))
        {
            return false;
        }

        switch (word.Kind)
        {
            case TimeWordKind.Month:
                return MonthRules.TryMatch(c, i, out match);
            case TimeWordKind.Weekday:
                return WeekdayRules.TryMatch(c, i, word, out match);
            case TimeWordKind.RelativeDay:
                return DayRules.TryRelativeDay(c, i, word, out match);
            case TimeWordKind.Shift:
                return ShiftRules.TryMatch(c, i, word, out match);
            case TimeWordKind.NumberWord:
            case TimeWordKind.Quantifier:
                return CountRules.TryMatch(c, i, out match);
            case TimeWordKind.Unit:
                return DecadeRules.TryJaren(c, i, out match) || CountRules.TryBareUnit(c, i, word, out match) || WeekendRules.TryWeekend(c, i, word, out match)
                    || AnchoredRules.TryUnit(c, i, word, out match);
            case TimeWordKind.PartOfDay:
                return WeekendRules.TryNightOf(c, i, out match) || AnchoredRules.TryThatPart(c, i, word, out match);
            case TimeWordKind.DecadeWord:
                return DecadeRules.TryWord(c, i, word, out match);
            case TimeWordKind.Vague:
                return VagueRules.TryWord(c, i, word, out match);
            case TimeWordKind.PhraseStart:
                return VagueRules.TryPhrase(c, i, out match) || PeriodRules.TrySameQuarter(c, i, out match);
            case TimeWordKind.Cue:
                return VagueRules.TryPhrase(c, i, out match) || VagueRules.TryRecentSpan(c, i, out match) || SetRules.TryPer(c, i, out match);
            case TimeWordKind.Frequency:
                return SetRules.TryFrequency(word, i, out match);
            case TimeWordKind.Every:
                return SetRules.TryEvery(c, i, out match);
            case TimeWordKind.Since:
                return SpanRules.TrySince(c, i, out match);
            case TimeWordKind.Modifier:
                return SpanRules.TryModifier(c, i, out match);
            case TimeWordKind.Half:
                return SpanRules.TryModifier(c, i, out match) || ClockTimeRules.TryHalfHour(c, i, out match) || CountRules.TryMatch(c, i, out match);
            case TimeWordKind.Ordinal:
                return word.Value == 0 ? PeriodRules.TryMark(c, i, out match) : OrdinalRules.TryMatch(c, i, word, out match);
            case TimeWordKind.Season:
                return PeriodRules.TrySeason(c, i, word, out match);
            case TimeWordKind.Holiday:
                return HolidayRules.TryMatch(c, i, out match);
            default:
                return false;
        }
    }
}
