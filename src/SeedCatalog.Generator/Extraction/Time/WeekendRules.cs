using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// het weekend / the weekend (the nearest weekend, before it in a past-tense sentence and after it in a
/// future one; only a day-precision article says which: otherwise nothing is found), het weekend van
/// 24 maart (the weekend of that week), and the Dutch night between two days: (de) nacht van vrijdag
/// op zaterdag (2024-06-WXX-5TNI, the night that starts on Friday), de nacht van oud en nieuw.
/// </summary>
internal static class WeekendRules
{
    public static bool TryWeekend(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        if (word.Value != (int)TimeUnit.Weekend || word.Has(TimeWordFlags.Plural) || !(c.IsWord(i - 1, "het") || c.IsWord(i - 1, "the")) || c.LastTaken >= i - 1)
        {
            return false;
        }

        if (c.IsWord(i + 1, "van") || c.IsWord(i + 1, "of"))
        {
            var dateAt = c.IsWord(i + 2, "the") ? i + 3 : i + 2;
            if (TimeRules.TryMatch(c, dateAt, out var date) && date.Kind == TimeExpressionKind.Date && date.Time.Grain == TimeUnit.Day && date.Time.Value.Length == 10)
            {
                var day = new System.DateTime(date.Time.Earliest / 10000, (date.Time.Earliest / 100) % 100, date.Time.Earliest % 100);
                match = HolidayRules.Resolve(day, PartOfDay.None, weekend: true).At(i - 1, date.LastToken, TimeExpressionKind.Date);
                return true;
            }
        }

        if (c.Anchor.Precision != DatePrecision.Day)
        {
            return false;
        }

        var saturday = WeekdayRules.Resolve(c.Anchor, 6, PartOfDay.None, SentenceTenseGuesser.Around(c, i));
        var first = new System.DateTime(saturday.Earliest / 10000, (saturday.Earliest / 100) % 100, saturday.Earliest % 100);
        if (CalendarMath.IsoDayOfWeek(c.Anchor.First) == 7)
        {
            first = CalendarMath.AddDays(c.Anchor.First, -1);
        }

        match = HolidayRules.Resolve(first, PartOfDay.None, weekend: true).At(i - 1, i, TimeExpressionKind.Date);
        return true;
    }

    public static bool TryNightOf(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (c.IsEnglish || !c.TryWord(i, out var night) || night.Part != PartOfDay.Night || !c.IsWord(i + 1, "van"))
        {
            return false;
        }

        var first = c.IsWord(i - 1, "de") && c.LastTaken < i - 1 ? i - 1 : i;
        if (c.TryWord(i + 2, out var day) && day.Kind == TimeWordKind.Weekday && day.Part == PartOfDay.None && c.IsWord(i + 3, "op") && c.IsKind(i + 4, TimeWordKind.Weekday))
        {
            match = WeekdayRules.Resolve(c.Anchor, day.Value, PartOfDay.Night, SentenceTenseGuesser.Around(c, i)).At(first, i + 4, TimeExpressionKind.Time);
            return true;
        }

        if (!c.IsKind(i + 2, TimeWordKind.Holiday) || !HolidayRules.TryMatch(c, i + 2, out var holiday) || holiday.Time.Grain != TimeUnit.Day)
        {
            return false;
        }

        match = (holiday.Time with { Value = holiday.Time.Value.Substring(0, 10) + "TNI" }).At(first, holiday.LastToken, TimeExpressionKind.Time);
        return true;
    }
}
