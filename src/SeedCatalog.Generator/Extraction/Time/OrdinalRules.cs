using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Rules that start at an ordinal word: tweede paasdag (a holiday), het derde kwartaal, the first half of
/// 2019, the first six months of 2016 (H1), fourth-quarter (an adjective), tweede februari 1999, the
/// fifth of June, the Fourth of July. An ordinal day needs a month right after it (or "of" and a month
/// in English): "de tweede keer" and "the first time" are no dates.
/// </summary>
internal static class OrdinalRules
{
    public static bool TryMatch(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        if (HolidayRules.TryMatch(c, i, out match))
        {
            return true;
        }

        match = default;
        var number = word.Value;
        var next = c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) ? i + 2 : i + 1;
        if (c.TryWord(next, out var unit) && unit.Kind == TimeWordKind.Unit && unit.Value == (int)TimeUnit.Quarter && !unit.Has(TimeWordFlags.Plural))
        {
            return PeriodRules.TryQuarterOrHalf(c, i, number, next, half: false, out match);
        }

        if (unit.Kind == TimeWordKind.Unit && unit.Value == (int)TimeUnit.Century && !unit.Has(TimeWordFlags.Plural) && number >= 1 && number <= 21 && c.IsPlainWord(next))
        {
            var firstYear = (number - 1) * 100;
            var from = (c.IsWord(i - 1, "the") || c.IsWord(i - 1, "de")) && c.LastTaken < i - 1 ? i - 1 : i;
            match = ResolvedTime.Between(CalendarMath.Digits(number - 1, 2), new System.DateTime(System.Math.Max(1, firstYear), 1, 1), new System.DateTime(firstYear + 99, 12, 31), TimeUnit.Century)
                .At(from, next, TimeExpressionKind.Date);
            return true;
        }

        if (c.TryWord(next, out var half) && half.Kind == TimeWordKind.Half)
        {
            var unitAt = c.IsWord(next, "half") && (c.IsWord(next + 1, "jaar") || c.IsWord(next + 1, "year")) ? next + 1 : next;
            return PeriodRules.TryQuarterOrHalf(c, i, number, unitAt, half: true, out match);
        }

        // the first six months of 2016, de eerste drie maanden van 2020: H1 and Q1.
        if (number == 1 && CountRules.TryReadCount(c, next, out var count, out var monthsAt) && (count == 3 || count == 6)
            && c.TryWord(monthsAt, out var months) && months.Kind == TimeWordKind.Unit && months.Value == (int)TimeUnit.Month && c.IsAnyWord(monthsAt + 1, OfWords))
        {
            return PeriodRules.TryQuarterOrHalf(c, i, 1, monthsAt, half: count == 6, out match);
        }

        var monthAt = c.IsEnglish && c.IsWord(next, "of") ? next + 1 : next;
        if (number < 1 || number > 31 || !c.TryWord(monthAt, out var month) || month.Kind != TimeWordKind.Month || (c.IsEnglish && !c.IsCapitalized(monthAt)))
        {
            return false;
        }

        var last = monthAt;
        int year;
        if (NumericDateRules.IsYearNumber(c, last + 1) && !c.IsNumberGroup(last + 1))
        {
            year = c.Token(last + 1).Number;
            last++;
        }
        else
        {
            year = c.Anchor.YearOfMonth(month.Value, SentenceTenseGuesser.Around(c, i));
        }

        var first = (c.IsWord(i - 1, "the") || c.IsWord(i - 1, "de")) && c.LastTaken < i - 1 ? i - 1 : i;
        return NumericDateRules.TryDay(year, month.Value, number, first, last, out match);
    }

    private static readonly string[] OfWords = { "van", "of" };
}
