using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Rules that wrap another expression. sinds 2014 / since March: a duration from that date up to the
/// article date, counted in the date's own unit (sinds 2014 in a 2022-02 article = P8Y, Earliest
/// 20140101, Latest 20220228; PXD when the count cannot be known). begin maart / eind 2021 / early
/// 2020 / mid-1990s / the end of March / het begin van de twintigste eeuw: the date itself, with the modifier in the span (Earliest/Latest stay the whole
/// date: the model has no TIMEX3 mod attribute).
/// </summary>
internal static class SpanRules
{
    public static bool TrySince(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var innerAt = c.IsWord(i + 1, "the") || c.IsWord(i + 1, "de") ? i + 2 : i + 1;
        if (!TimeRules.TryMatch(c, innerAt, out var inner) || inner.Kind != TimeExpressionKind.Date || inner.Time.Earliest == 0 || !char.IsDigit(inner.Time.Value[0]))
        {
            return false;
        }

        var anchor = c.Anchor;
        var start = inner.Time.Earliest;
        var startYear = start / 10000;
        var startMonth = (start / 100) % 100;
        int count;
        var unit = inner.Time.Grain;
        switch (unit)
        {
            case TimeUnit.Year:
            case TimeUnit.Decade:
            case TimeUnit.Century:
                unit = TimeUnit.Year;
                count = anchor.First.Year - startYear;
                break;
            case TimeUnit.Month:
                count = anchor.Knows(TimeUnit.Month) ? ((anchor.First.Year - startYear) * 12) + anchor.First.Month - startMonth : -1;
                break;
            default:
                unit = TimeUnit.Day;
                count = anchor.Knows(TimeUnit.Day) ? (anchor.First - new DateTime(startYear, startMonth, start % 100)).Days : -1;
                break;
        }

        var value = CalendarMath.DurationValue(unit, count < 0 ? -1 : count);
        match = new ResolvedTime(value, start, anchor.LastNumber, unit).At(i, inner.LastToken, TimeExpressionKind.Duration);
        return true;
    }

    /// <summary>Modifiers that only come with "of/van": the end of March, het begin van de eeuw (begin maart, late 2020 need none).</summary>
    private static readonly string[] OfOnly = { "end", "beginning", "start", "middle" };

    public static bool TryModifier(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var next = c.IsSymbol(i + 1, '-') && c.Touch(i, i + 1) ? i + 2 : i + 1;
        var ofForm = c.IsWord(next, "of") || c.IsWord(next, "van");
        if (ofForm)
        {
            next += c.IsWord(next + 1, "de") || c.IsWord(next + 1, "the") || c.IsWord(next + 1, "het") ? 2 : 1;
        }
        else if (c.IsAnyWord(i, OfOnly))
        {
            return false;
        }

        if (ofForm && c.TryWord(next, out var unitWord) && unitWord.Kind == TimeWordKind.Unit && !unitWord.Has(TimeWordFlags.Plural)
            && unitWord.Value is (int)TimeUnit.Month or (int)TimeUnit.Year or (int)TimeUnit.Week && c.Anchor.Knows((TimeUnit)unitWord.Value))
        {
            // het begin van de maand, the end of the year: the article's own month or year
            var from = (c.IsWord(i - 1, "het") || c.IsWord(i - 1, "the")) && c.LastTaken < i - 1 ? i - 1 : i;
            match = c.Anchor.Shift((TimeUnit)unitWord.Value, 0).At(from, next, TimeExpressionKind.Date);
            return true;
        }

        if (!TimeRules.TryMatch(c, next, out var inner) || inner.Kind != TimeExpressionKind.Date || !char.IsDigit(inner.Time.Value[0])
            || inner.Time.Grain is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Decade or TimeUnit.Century))
        {
            return false;
        }

        var first = i;
        if ((c.IsWord(i - 1, "the") || c.IsWord(i - 1, "de") || c.IsWord(i - 1, "het")) && c.LastTaken < i - 1 && (inner.Time.Grain == TimeUnit.Decade || ofForm))
        {
            first--;
        }

        match = inner.From(first);
        return true;
    }
}
