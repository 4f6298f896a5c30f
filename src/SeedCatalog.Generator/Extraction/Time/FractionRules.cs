using System.Globalization;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Durations that are not a whole count of one unit: anderhalf jaar (P18M), een half uur (PT30M), half an
/// hour, two and a half hours (PT150M), a week and a half (P1.5W), tweeënhalve week, 1,5 maand / 2.5
/// hours (decimals), ½ jaar, een kwartier / vijf kwartier (PT15M / PT75M), and a duration followed by a
/// smaller one: 53 hours and 20 minutes (PT53H20M), een uur en een kwartier (PT1H15M), twee jaar en drie
/// maanden (P2Y3M). A fraction of a year, day or hour is written in the next unit down (P18M, PT36H,
/// PT90M); other fractions keep a decimal (P1.5M).
/// </summary>
internal static class FractionRules
{
    /// <summary>At a count or a fraction word: the fractional duration starting there, if any.</summary>
    public static bool TryMatch(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (!TryReadHalves(c, i, out var halves, out var unitAt, out var exact) || !c.TryWord(unitAt, out var unitWord) || unitWord.Kind != TimeWordKind.Unit)
        {
            return TryQuarterHours(c, i, out match);
        }

        var unit = (TimeUnit)unitWord.Value;
        var last = unitAt;
        if (exact == null && halves % 2 == 0 && (c.IsWord(unitAt + 1, "and") || c.IsWord(unitAt + 1, "en")) && (c.IsWord(unitAt + 2, "a") || c.IsWord(unitAt + 2, "een")) && c.IsWord(unitAt + 3, "half"))
        {
            // a week and a half, een jaar en een half
            halves++;
            last = unitAt + 3;
        }

        if (exact == null && halves % 2 == 0)
        {
            return false;
        }

        var value = exact != null ? Decimal(unit, exact) : Halves(unit, halves);
        match = new ResolvedTime(value, 0, 0, unit).At(i, last, TimeExpressionKind.Duration);
        return true;
    }

    /// <summary>Joins a duration and a smaller one after "en/and": PT53H + PT20M = PT53H20M.</summary>
    public static TimeMatch Combine(TimeMatchContext c, TimeMatch duration)
    {
        var and = duration.LastToken + 1;
        if (!(c.IsWord(and, "and") || c.IsWord(and, "en")) || !c.InRange(and + 1) || !(c.IsNumber(and + 1) || c.TryWord(and + 1, out _)))
        {
            return duration;
        }

        if (!(CountRules.TryMatchCount(c, and + 1, out var second) || TryQuarterHours(c, and + 1, out second)) || second.Kind != TimeExpressionKind.Duration
            || Rank(second.Time.Grain) >= Rank(duration.Time.Grain) || second.Time.Value.IndexOf('X') >= 0 || duration.Time.Value.IndexOf('X') >= 0)
        {
            return duration;
        }

        var a = duration.Time.Value;
        var b = second.Time.Value;
        var joined = a.StartsWith("PT", System.StringComparison.Ordinal) ? a + b.Substring(2)
            : b.StartsWith("PT", System.StringComparison.Ordinal) ? a + b.Substring(1)
            : a + b.Substring(1);
        return (duration.Time with { Value = joined }).At(duration.FirstToken, second.LastToken, TimeExpressionKind.Duration);
    }

    /// <summary>een kwartier, vijf kwartier, driekwartier: quarters of an hour.</summary>
    private static bool TryQuarterHours(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (c.IsEnglish)
        {
            return false;
        }

        int count;
        int at;
        if (c.IsWord(i, "driekwartier"))
        {
            count = 3;
            at = i;
        }
        else if ((c.IsWord(i + 1, "kwartier")) && (c.IsNumber(i) || c.IsKind(i, TimeWordKind.NumberWord)))
        {
            count = c.IsNumber(i) ? c.Token(i).Number : c.TryWord(i, out var number) ? number.Value : 0;
            at = i + 1;
        }
        else
        {
            return false;
        }

        if (count < 1 || count > 100)
        {
            return false;
        }

        var minutes = count * 15;
        var value = minutes % 60 == 0 ? "PT" + (minutes / 60).ToString(CultureInfo.InvariantCulture) + "H" : "PT" + minutes.ToString(CultureInfo.InvariantCulture) + "M";
        match = new ResolvedTime(value, 0, 0, TimeUnit.Minute).At(i, at, TimeExpressionKind.Duration);
        return true;
    }

    /// <summary>Reads a count in halves (anderhalf = 3, een half = 1, two and a half = 5, ½ = 1) or a decimal (1,5).</summary>
    private static bool TryReadHalves(TimeMatchContext c, int i, out int halves, out int unitAt, out string? exact)
    {
        halves = 0;
        unitAt = i + 1;
        exact = null;
        if (c.IsNumber(i) && (c.IsSymbol(i + 1, ',') || c.IsSymbol(i + 1, '.')) && c.IsNumber(i + 2) && c.Touch(i, i + 1) && c.Touch(i + 1, i + 2) && c.Token(i).Length <= 3 && c.Token(i + 2).Length <= 2)
        {
            if (c.IsNumber(i + 4) && c.Touch(i + 2, i + 3) || (c.IsEnglish ? !c.IsSymbol(i + 1, '.') : !c.IsSymbol(i + 1, ',')))
            {
                return false;
            }

            exact = c.Slice(i) + "." + c.Slice(i + 2).TrimEnd('0');
            exact = exact.EndsWith(".", System.StringComparison.Ordinal) ? exact.TrimEnd('.') : exact;
            unitAt = i + 3;
            return true;
        }

        if (c.IsSymbol(i, '\u00BD'))
        {
            halves = 1;
            return true;
        }

        var whole = 0;
        var at = i;
        if (c.IsNumber(i) && c.Token(i).Length <= 3)
        {
            whole = c.Token(i).Number;
            at = i + 1;
        }
        else if (c.TryWord(i, out var word) && word.Kind == TimeWordKind.NumberWord && !(c.IsWord(i, "een") || c.IsWord(i, "a") || c.IsWord(i, "an")))
        {
            whole = word.Value;
            at = i + 1;
        }

        if (whole > 0 && c.IsSymbol(at, '\u00BD') && c.Touch(at - 1, at))
        {
            halves = (whole * 2) + 1;
            unitAt = at + 1;
            return true;
        }

        if (whole > 0 && (c.IsWord(at, "and") || c.IsWord(at, "en")) && (c.IsWord(at + 1, "a") || c.IsWord(at + 1, "een")) && c.IsWord(at + 2, "half"))
        {
            halves = (whole * 2) + 1;
            unitAt = at + 3;
            return true;
        }

        if (whole > 0)
        {
            halves = whole * 2;
            unitAt = at;
            return true;
        }

        // een half jaar, een halve dag, a half hour, half an hour, anderhalf jaar, tweeënhalve week
        var article = c.IsWord(i, "een") || c.IsWord(i, "a");
        if (article && c.IsKind(i + 1, TimeWordKind.Unit))
        {
            // a week (and a half)
            halves = 2;
            return true;
        }

        var halfAt = article ? i + 1 : i;
        if (!c.TryWord(halfAt, out var half) || half.Kind != TimeWordKind.Half || half.Value < 1)
        {
            return false;
        }

        halves = half.Value;
        unitAt = halfAt + 1;
        if (c.IsEnglish && (c.IsWord(unitAt, "a") || c.IsWord(unitAt, "an")))
        {
            unitAt++;
        }
        else if (c.IsEnglish && !article)
        {
            return false;
        }

        return true;
    }

    private static string Halves(TimeUnit unit, int halves)
    {
        string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => "P" + Number(halves * 6) + "M",
            TimeUnit.Decade => "P" + Number(halves * 5) + "Y",
            TimeUnit.Day => "PT" + Number(halves * 12) + "H",
            TimeUnit.Hour => "PT" + Number(halves * 30) + "M",
            TimeUnit.Minute => "PT" + Number(halves * 30) + "S",
            _ => CalendarMath.DurationValue(unit, 1).Replace("1", Number(halves / 2) + ".5"),
        };
    }

    private static string Decimal(TimeUnit unit, string amount)
    {
        if (amount.IndexOf('.') < 0)
        {
            return CalendarMath.DurationValue(unit, int.Parse(amount, CultureInfo.InvariantCulture));
        }

        var value = double.Parse(amount, CultureInfo.InvariantCulture);
        var (smaller, factor) = unit switch
        {
            TimeUnit.Year => ("P{0}M", 12),
            TimeUnit.Day => ("PT{0}H", 24),
            TimeUnit.Hour => ("PT{0}M", 60),
            TimeUnit.Minute => ("PT{0}S", 60),
            _ => (string.Empty, 0),
        };
        var scaled = value * factor;
        if (factor > 0 && System.Math.Abs(scaled - System.Math.Round(scaled)) < 1e-9)
        {
            return string.Format(CultureInfo.InvariantCulture, smaller, (int)System.Math.Round(scaled));
        }

        return CalendarMath.DurationValue(unit, 1).Replace("1", amount);
    }

    private static int Rank(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => 0,
        TimeUnit.Minute => 1,
        TimeUnit.Hour => 2,
        TimeUnit.Day => 3,
        TimeUnit.Week or TimeUnit.Weekend => 4,
        TimeUnit.Month => 5,
        TimeUnit.Quarter => 6,
        TimeUnit.Year => 7,
        _ => 8,
    };
}
