using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Rules that start at a month name: februari 2022, Oct. 18, 2016, October 18th, maart, in May.
/// False friends: English months must be capitalised (may, march are verbs), and May, March, April,
/// June and August alone need a cue before them (in, since, by, of, last, early...) because they are
/// also names and verbs (Theresa May said). Abbreviations (Jan, okt) need a number next to them (Jan
/// is a Dutch first name). A capitalised Dutch month before another capitalised word is a name (Mei Li). A month without a year gets one from <see cref="TimeAnchor.YearOfMonth"/>.
/// </summary>
internal static class MonthRules
{
    private static readonly string[] Conjunctions = { "and", "or", "to", "en", "of", "tot" };

    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!c.TryWord(i, out var word) || word.Kind != TimeWordKind.Month)
        {
            return false;
        }

        if (c.IsEnglish ? !c.IsCapitalized(i) : c.IsCapitalized(i) && c.IsCapitalized(i + 1))
        {
            return false;
        }

        var month = word.Value;
        var next = (word.Has(TimeWordFlags.NeedsNumber) && c.IsSymbol(i + 1, '.') && c.Touch(i, i + 1))
            || (c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2) && c.IsNumber(i + 2)) ? i + 2 : i + 1;
        if (c.IsEnglish && TryMonthDay(c, i, next, month, out match))
        {
            return true;
        }

        if (NumericDateRules.IsYearNumber(c, next) && !c.IsNumberGroup(next))
        {
            match = Month(c.Token(next).Number, month).At(i, next, TimeExpressionKind.Date);
            return true;
        }

        if (word.Has(TimeWordFlags.NeedsNumber) || (word.Has(TimeWordFlags.Ambiguous) && !HasCue(c, i)))
        {
            return false;
        }

        var year = c.Anchor.YearOfMonth(month, SentenceTenseGuesser.Around(c, i));
        match = Month(year, month).At(i, i, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>last May, next March, this June: the nearest such month before, after or in the article's year.</summary>
    public static bool TryShifted(TimeMatchContext c, int i, TimeWord shift, out TimeMatch match)
    {
        match = default;
        if (!c.TryWord(i + 1, out var word) || word.Kind != TimeWordKind.Month || word.Has(TimeWordFlags.NeedsNumber) || (c.IsEnglish && !c.IsCapitalized(i + 1)))
        {
            return false;
        }

        var anchor = c.Anchor;
        var year = anchor.First.Year;
        var knowsMonth = anchor.Precision != DatePrecision.Year;
        if (shift.Value < 0 && knowsMonth && word.Value >= anchor.First.Month)
        {
            year--;
        }
        else if (shift.Value > 0 && knowsMonth && word.Value <= anchor.First.Month)
        {
            year++;
        }

        match = Month(year, word.Value).At(i, i + 1, TimeExpressionKind.Date);
        return true;
    }

    public static ResolvedTime Month(int year, int month)
    {
        var first = new DateTime(year, month, 1);
        return ResolvedTime.Between(CalendarMath.Format(first, TimeUnit.Month), first, CalendarMath.LastDayOfMonth(year, month), TimeUnit.Month);
    }

    /// <summary>October 18, Oct. 18th, October 18, 2016.</summary>
    private static bool TryMonthDay(TimeMatchContext c, int i, int dayAt, int month, out TimeMatch match)
    {
        match = default;
        if (!c.IsNumber(dayAt) || c.Token(dayAt).Length > 2 || c.Token(dayAt).Number < 1 || c.IsNumberGroup(dayAt))
        {
            return false;
        }

        var last = dayAt;
        if (c.Touch(dayAt, dayAt + 1) && (c.IsWord(dayAt + 1, "st") || c.IsWord(dayAt + 1, "nd") || c.IsWord(dayAt + 1, "rd") || c.IsWord(dayAt + 1, "th")))
        {
            last++;
        }

        var yearAt = c.IsSymbol(last + 1, ',') || (c.IsSymbol(last + 1, '-') && c.Touch(last, last + 1)) ? last + 2 : last + 1;
        int year;
        if (NumericDateRules.IsYearNumber(c, yearAt) && !c.IsNumberGroup(yearAt))
        {
            year = c.Token(yearAt).Number;
            last = yearAt;
        }
        else
        {
            year = c.Anchor.YearOfMonth(month, SentenceTenseGuesser.Around(c, i));
        }

        return NumericDateRules.TryDay(year, month, c.Token(dayAt).Number, i, last, out match);
    }

    private static bool HasCue(TimeMatchContext c, int i)
    {
        if (!c.TryWord(i - 1, out var before))
        {
            return false;
        }

        if (c.IsAnyWord(i - 1, Conjunctions))
        {
            // "from March to May", "March and May": a conjunction is a cue only after another month.
            return c.IsKind(i - 2, TimeWordKind.Month) || c.IsNumber(i - 2) || (c.IsWord(i - 1, "of") && (c.IsKind(i - 2, TimeWordKind.Modifier) || c.IsWord(i - 2, "as")));
        }

        return before.Kind is TimeWordKind.Cue or TimeWordKind.Since or TimeWordKind.Modifier or TimeWordKind.Shift;
    }
}
