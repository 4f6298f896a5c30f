using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// A count of units: drie jaar geleden / two years ago (a date), enkele maanden geleden / a few years
/// ago (PAST_REF), over twee weken / in two weeks (a date ahead), and otherwise a duration: vijf jaar,
/// for three weeks (P3W), 24 uur (PT24H). "een jaar" / "a year" is only a duration after a cue
/// (for, al, ruim, within...) or before lang / later / earlier, and ages (drie jaar oud, five-year-old)
/// are not durations. A preposition that turns the count into a span or a date (for, gedurende, over,
/// in) belongs to the expression.
/// </summary>
internal static class CountRules
{
    private static readonly string[] DurationCues = { "for", "within", "after", "nearly", "almost", "about", "than", "least", "some", "al", "ruim", "bijna", "ongeveer", "binnen", "na", "dan", "minstens", "gedurende", "zo", "n", "tot", "van" };
    private static readonly string[] SpanPrepositions = { "for", "gedurende" };
    private static readonly string[] AgeWords = { "oud", "old", "jarige", "jong", "young" };
    private static readonly string[] RelativeAfter = { "lang", "later", "eerder", "earlier", "long" };

    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        if (FractionRules.TryMatch(c, i, out match))
        {
            match = FractionRules.Combine(c, match);
            return true;
        }

        if (!TryMatchCount(c, i, out match))
        {
            return false;
        }

        if (match.Kind == TimeExpressionKind.Duration)
        {
            match = FractionRules.Combine(c, match);
        }

        return true;
    }

    /// <summary><see cref="TryMatch"/> for a whole count of one unit only.</summary>
    public static bool TryMatchCount(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!TryReadCount(c, i, out var count, out var unitAt) || !c.TryWord(unitAt, out var unitWord) || unitWord.Kind != TimeWordKind.Unit)
        {
            return false;
        }

        var unit = (TimeUnit)unitWord.Value;
        var after = unitAt + 1;
        if (unit == TimeUnit.Quarter && (c.IsWord(after, "of") || c.IsWord(after, "van")))
        {
            return false;
        }

        if (c.IsAnyWord(after, AgeWords) || (c.IsSymbol(after, '-') && c.Touch(unitAt, after)) || (c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) && unitAt == i + 1))
        {
            return false;
        }

        if (c.IsKind(after, TimeWordKind.Ago))
        {
            match = Ago(c, unit, count).At(i, after, TimeExpressionKind.Date);
            return true;
        }

        if (AnchoredRules.TryCount(c, i, count, unitAt, unit, out match))
        {
            return true;
        }

        var preposition = i - 1;
        if (c.LastTaken < preposition && (c.IsEnglish ? c.IsWord(preposition, "in") && SentenceTenseGuesser.Around(c, i) != SentenceTense.Past : c.IsWord(preposition, "over")))
        {
            match = Ahead(c, unit, count).At(preposition, unitAt, TimeExpressionKind.Date);
            return true;
        }

        if (AnchoredRules.TryCount(c, i, count, unitAt, unit, out match))
        {
            return true;
        }

        var isArticle = c.IsAnyWord(i, SingularArticles);
        var relativeAfter = c.IsAnyWord(after, RelativeAfter);
        if ((isArticle && count > 0 && !relativeAfter && !c.IsAnyWord(i - 1, DurationCues)) || (count < 0 && !unitWord.Has(TimeWordFlags.Plural)))
        {
            return false;
        }

        var first = c.LastTaken < i - 1 && c.IsAnyWord(i - 1, SpanPrepositions) ? i - 1 : i;
        var last = relativeAfter ? after : unitAt;
        match = new ResolvedTime(CalendarMath.DurationValue(unit, count), 0, 0, unit).At(first, last, TimeExpressionKind.Duration);
        return true;
    }

    /// <summary>jaren geleden, years ago: PAST_REF before the last such unit.</summary>
    public static bool TryBareUnit(TimeMatchContext c, int i, TimeWord unitWord, out TimeMatch match)
    {
        match = default;
        if (!unitWord.Has(TimeWordFlags.Plural) || !c.IsKind(i + 1, TimeWordKind.Ago))
        {
            return false;
        }

        match = Ago(c, (TimeUnit)unitWord.Value, -1).At(i, i + 1, TimeExpressionKind.Date);
        return true;
    }

    /// <summary>Reads a count at <paramref name="i"/>: 5, vijf, a, een paar, a few, a couple of, enkele (-1 = unknown).</summary>
    public static bool TryReadCount(TimeMatchContext c, int i, out int count, out int unitAt)
    {
        count = -1;
        unitAt = i + 1;
        if (c.IsNumber(i))
        {
            count = c.Token(i).Number;
            SkipHyphen(c, i, ref unitAt);
            return count >= 1 && count <= 1000 && c.Token(i).Length <= 4 && !c.IsNumberGroup(i);
        }

        if (!c.TryWord(i, out var word))
        {
            return false;
        }

        if (word.Kind == TimeWordKind.Quantifier)
        {
            return !c.IsWord(i, "aantal") && !c.IsWord(i, "couple") && !c.IsWord(i, "paar");
        }

        if (word.Kind != TimeWordKind.NumberWord)
        {
            return false;
        }

        if (c.IsAnyWord(i, SingularArticles) && c.IsKind(i + 1, TimeWordKind.Quantifier))
        {
            unitAt = c.IsWord(i + 2, "of") ? i + 3 : i + 2;
            return true;
        }

        count = word.Value;
        if (count >= 20 && count % 10 == 0 && count < 100 && c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2)
            && c.TryWord(i + 2, out var ones) && ones.Kind == TimeWordKind.NumberWord && ones.Value >= 1 && ones.Value <= 9)
        {
            // thirty-six, forty-eight
            count += ones.Value;
            unitAt = i + 3;
        }
        else
        {
            SkipHyphen(c, i, ref unitAt);
        }

        return true;
    }

    /// <summary>two-day, 5-year: a count joined to a singular unit by a hyphen (an adjective: a two-day summit).</summary>
    private static void SkipHyphen(TimeMatchContext c, int i, ref int unitAt)
    {
        if (c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2) && c.TryWord(i + 2, out var unit) && unit.Kind == TimeWordKind.Unit && !unit.Has(TimeWordFlags.Plural))
        {
            unitAt = i + 2;
        }
    }

    private static readonly string[] SingularArticles = { "een", "a", "an" };

    private static ResolvedTime Ago(TimeMatchContext c, TimeUnit unit, int count)
    {
        var anchor = c.Anchor;
        if (CalendarMath.IsClockUnit(unit))
        {
            return anchor.Shift(TimeUnit.Day, 0);
        }

        if (count < 0)
        {
            var latest = CalendarMath.EndOf(CalendarMath.Shift(anchor.Last, unit, -1), unit);
            return anchor.Before("PAST_REF", latest);
        }

        return anchor.Shift(unit, -count);
    }

    private static ResolvedTime Ahead(TimeMatchContext c, TimeUnit unit, int count)
    {
        var anchor = c.Anchor;
        if (CalendarMath.IsClockUnit(unit))
        {
            return anchor.Shift(TimeUnit.Day, 0);
        }

        if (count < 0)
        {
            var earliest = CalendarMath.StartOf(CalendarMath.Shift(anchor.First, unit, 1), unit);
            return anchor.After("FUTURE_REF", earliest);
        }

        return anchor.Shift(unit, count);
    }
}
