using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Rules that start at a digit run: 2022-02-16, 16-02-2022, 16 februari (2022), the 1990s, and
/// four-digit years (in 2014, sinds 2014, (2014)), after clock times. A number that is a count
/// (2000 mensen, 1200 kilometer, 3 - 6 6 - 1, 2.000) is not a year. Year rule: 1000-2099, and
/// after a strong cue (in, vanaf, tijdens, during, until) always; after a weak cue (van, voor, tot,
/// from, of, by) unless a word follows and the number is round (voor 2000 mensen) or is followed by a
/// count noun (1750 euro); with no cue only 1900-2099 right before punctuation (De wet stamt uit 1998.)
/// and not after a count word (ruim, bijna, than, about).
/// </summary>
internal static class NumericDateRules
{
    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        if (ClockTimeRules.TryMatch(c, i, out match))
        {
            return true;
        }

        if (c.IsNumberGroup(i))
        {
            return FractionRules.TryMatch(c, i, out match);
        }

        return TryIsoDate(c, i, out match)
            || TryYearMonth(c, i, out match)
            || TryNumericDate(c, i, out match)
            || TryDayMonth(c, i, out match)
            || DecadeRules.TryDigits(c, i, out match)
            || TryYear(c, i, out match)
            || CountRules.TryMatch(c, i, out match);
    }

    public static bool IsYearNumber(TimeMatchContext c, int i)
        => c.IsNumber(i) && c.Token(i).Length == 4 && c.Token(i).Number >= 1000 && c.Token(i).Number <= 2099;

    /// <summary>yyyy-mm-dd.</summary>
    private static bool TryIsoDate(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!IsYearNumber(c, i) || !Joined(c, i, '-') || !Joined(c, i + 2, '-') || c.Token(i + 2).Length != 2 || c.Token(i + 4).Length != 2)
        {
            return false;
        }

        return TryDay(c.Token(i).Number, c.Token(i + 2).Number, c.Token(i + 4).Number, i, i + 4, out match);
    }

    /// <summary>2016-4, 2016-04: a year and a month (not 2011-12, which is as often two seasons' years).</summary>
    private static bool TryYearMonth(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!IsYearNumber(c, i) || !Joined(c, i, '-') || c.IsSymbol(i + 3, '-') || c.IsSymbol(i + 3, '/') || c.IsSymbol(i - 1, '-'))
        {
            return false;
        }

        var month = c.Token(i + 2);
        var text = c.Text;
        if (month.Number < 1 || month.Number > 12 || !(month.Length == 1 || (month.Length == 2 && text[month.Start] == '0')))
        {
            return false;
        }

        match = MonthRules.Month(c.Token(i).Number, month.Number).At(i, i + 2, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>16-02-2022, 16/02/2022, 16.02.2022 (day first); in English with a slash, 2/16/2022 (month first); with a slash also a two-digit year (4/7/11).</summary>
    private static bool TryNumericDate(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (c.Token(i).Length > 2 || !c.IsSymbol(i + 1, c.IsSymbol(i + 1, '/') ? '/' : c.IsSymbol(i + 1, '.') ? '.' : '-'))
        {
            return false;
        }

        var separator = c.Text[c.Token(i + 1).Start];
        if (!Joined(c, i, separator) || !Joined(c, i + 2, separator) || c.Token(i + 2).Length > 2)
        {
            return false;
        }

        int year;
        if (IsYearNumber(c, i + 4))
        {
            year = c.Token(i + 4).Number;
        }
        else if (separator == '/' && c.Token(i + 4).Length == 2 && !(c.IsSymbol(i + 5, '/') && c.Touch(i + 4, i + 5)))
        {
            // 4/7/11: the century that puts the year at most a year after the article's.
            var twoDigits = c.Token(i + 4).Number;
            year = 2000 + twoDigits <= c.Anchor.First.Year + 1 ? 2000 + twoDigits : 1900 + twoDigits;
        }
        else
        {
            return false;
        }

        var first = c.Token(i).Number;
        var second = c.Token(i + 2).Number;
        var monthFirst = c.IsEnglish && separator == '/';
        return TryDay(year, monthFirst ? first : second, monthFirst ? second : first, i, i + 4, out match);
    }

    /// <summary>24 februari 2022, 2 februari, 18 October 2016, 18th of October, 2 feb.</summary>
    private static bool TryDayMonth(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var day = c.Token(i).Number;
        if (day < 1 || day > 31 || c.Token(i).Length > 2)
        {
            return false;
        }

        var next = i + 1;
        if (c.IsEnglish && c.Touch(i, next) && c.IsAnyWord(next, Ordinals))
        {
            next++;
            if (c.IsWord(next, "of"))
            {
                next++;
            }
        }
        else if (!c.IsEnglish && c.IsSymbol(next, '.') && c.Touch(i, next))
        {
            return false;
        }
        else if (c.IsEnglish && c.IsWord(next, "of") && c.IsKind(next + 1, TimeWordKind.Month) && c.IsCapitalized(next + 1))
        {
            // 4 to 7 of May
            next++;
        }
        else if (!c.IsEnglish && c.Touch(i, next) && c.IsAnyWord(next, DutchOrdinalSuffixes) && c.IsKind(next + 1, TimeWordKind.Month))
        {
            // 3e mrt, 1ste mei
            next++;
        }
        else if ((c.IsSymbol(next, '/') || c.IsSymbol(next, '-')) && c.Touch(i, next) && c.Touch(next, next + 1) && c.IsKind(next + 1, TimeWordKind.Month))
        {
            // 5/nov, 5-nov-2019
            next++;
        }

        if (!c.TryWord(next, out var word) || word.Kind != TimeWordKind.Month || (c.IsEnglish && !c.IsCapitalized(next)))
        {
            return false;
        }

        var last = next;
        if (word.Has(TimeWordFlags.NeedsNumber) && c.IsSymbol(last + 1, '.') && c.Touch(last, last + 1))
        {
            last++;
        }

        var year = 0;
        var yearAt = c.IsSymbol(last + 1, ',') || (c.IsSymbol(last + 1, '-') && c.Touch(last, last + 1)) ? last + 2 : last + 1;
        if (IsYearNumber(c, yearAt) && !c.IsNumberGroup(yearAt))
        {
            year = c.Token(yearAt).Number;
            last = yearAt;
        }
        else if (TryShiftedYear(c, last + 1, out year))
        {
            last += 2;
        }
        else
        {
            year = c.Anchor.YearOfMonth(word.Value, SentenceTenseGuesser.Around(c, i));
        }

        return TryDay(year, word.Value, day, i, last, out match);
    }

    /// <summary>A four-digit year, when a cue or the punctuation around it says it is one.</summary>
    private static bool TryYear(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!IsYearNumber(c, i) || (c.IsEnglish && c.IsWord(i + 1, "s") && c.Touch(i, i + 1)))
        {
            return false;
        }

        if (!LooksLikeYear(c, i))
        {
            return false;
        }

        var year = c.Token(i).Number;
        match = ResolvedTime.Between(CalendarMath.Digits(year, 4), new System.DateTime(year, 1, 1), new System.DateTime(year, 12, 31), TimeUnit.Year)
            .At(i, i, TimeExpressionKind.Date);
        return true;
    }

    private static bool LooksLikeYear(TimeMatchContext c, int i)
    {
        var followedByWord = c.IsPlainWord(i + 1) && !c.IsKind(i + 1, TimeWordKind.Cue) && !c.IsKind(i + 1, TimeWordKind.Month);
        if (c.TryWord(i - 1, out var before))
        {
            switch (before.Kind)
            {
                case TimeWordKind.Since:
                case TimeWordKind.Modifier:
                case TimeWordKind.Season:
                case TimeWordKind.Unit when before.Value == (int)TimeUnit.Year && !before.Has(TimeWordFlags.Plural):
                    return true;
                case TimeWordKind.Cue:
                    return before.Value == TimeLexicon.StrongCue || !followedByWord
                        || (c.Token(i).Number % 100 != 0 && !c.IsAnyWord(i + 1, CountNouns));
            }
        }

        if (c.IsSymbol(i - 1, '-') || c.IsSymbol(i - 1, '/'))
        {
            return !followedByWord && IsYearNumber(c, i - 2);
        }

        if (c.IsSymbol(i + 1, '-') && IsYearNumber(c, i + 2))
        {
            return true;
        }

        return c.Token(i).Number >= 1900 && c.EndsClauseAfter(i) && !c.IsNumber(i - 1) && !c.IsAnyWord(i - 1, CountWords);
    }

    /// <summary>vorig jaar / volgend jaar / last year / next year right after a date without a year (4 mei vorig jaar).</summary>
    public static bool TryShiftedYear(TimeMatchContext c, int at, out int year)
    {
        year = 0;
        if (!c.TryWord(at, out var shift) || shift.Kind != TimeWordKind.Shift || !(c.IsWord(at + 1, "jaar") || c.IsWord(at + 1, "year")))
        {
            return false;
        }

        year = c.Anchor.First.Year + shift.Value;
        return true;
    }

    public static bool TryDay(int year, int month, int day, int first, int last, out TimeMatch match)
    {
        if (!CalendarMath.TryMakeDate(year, month, day, out var date))
        {
            match = default;
            return false;
        }

        match = ResolvedTime.Between(CalendarMath.Format(date, TimeUnit.Day), date, date, TimeUnit.Day).At(first, last, TimeExpressionKind.Date);
        return true;
    }

    private static readonly string[] CountWords = { "naar", "ruim", "bijna", "ongeveer", "circa", "dan", "meer", "minder", "n", "met", "totaal", "than", "about", "nearly", "almost", "over", "some", "approximately", "total", "with", "to" };

    /// <summary>Nouns that follow counts (voor 1750 euro): after a weak cue the number is then not a year.</summary>
    public static readonly string[] CountNouns = { "mensen", "personen", "euro", "dollar", "kilometer", "km", "meter", "kilo", "ton", "doden", "slachtoffers", "stemmen", "inwoners", "soldaten", "huizen", "banen", "leden", "deelnemers", "people", "dollars", "euros", "miles", "kilometres", "kilometers", "meters", "votes", "troops", "jobs", "members", "dead", "deaths", "homes" };

    private static readonly string[] Ordinals = { "st", "nd", "rd", "th" };
    private static readonly string[] DutchOrdinalSuffixes = { "e", "ste", "de" };

    /// <summary>Token <paramref name="i"/> and <paramref name="i"/>+2 are numbers joined by the separator at <paramref name="i"/>+1, with no spaces.</summary>
    private static bool Joined(TimeMatchContext c, int i, char separator)
        => c.IsNumber(i) && c.IsSymbol(i + 1, separator) && c.IsNumber(i + 2) && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2);
}
