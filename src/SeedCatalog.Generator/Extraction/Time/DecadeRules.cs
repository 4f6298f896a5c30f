using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Decades, TIMEX3 value of three digits (199 = the 1990s): de jaren negentig, jaren '90, jaren 2000,
/// the 1990s, the '90s, the nineties. A two-digit decade without a century is the 1900s (jaren twintig
/// = 192). A leading article (de, the) belongs to the expression.
/// </summary>
internal static class DecadeRules
{
    private static readonly string[] Articles = { "de", "the" };

    /// <summary>1990s, '90s (English).</summary>
    public static bool TryDigits(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        var token = c.Token(i);
        if (!c.IsEnglish || !c.IsWord(i + 1, "s") || !c.Touch(i, i + 1) || token.Number % 10 != 0)
        {
            return false;
        }

        int decade;
        if (token.Length == 4 && token.Number >= 1000)
        {
            decade = token.Number / 10;
        }
        else if (token.Length == 2 && (c.IsSymbol(i - 1, '\'') || c.IsSymbol(i - 1, '\u2019')) && c.Touch(i - 1, i))
        {
            decade = TwoDigitDecade(token.Number);
        }
        else if (token.Length == 2 && token.Number >= 20)
        {
            decade = TwoDigitDecade(token.Number);
        }
        else
        {
            return false;
        }

        var first = c.IsSymbol(i - 1, '\'') || c.IsSymbol(i - 1, '\u2019') ? i - 1 : i;
        match = Decade(decade, WithArticle(c, first), i + 1);
        return true;
    }

    /// <summary>the nineties.</summary>
    public static bool TryWord(TimeMatchContext c, int i, TimeWord word, out TimeMatch match)
    {
        match = default;
        if (!c.IsAnyWord(i - 1, Articles) || c.LastTaken >= i - 1)
        {
            return false;
        }

        match = Decade(190 + word.Value, i - 1, i);
        return true;
    }

    /// <summary>jaren negentig, jaren 90, jaren '90, jaren 2000 (Dutch).</summary>
    public static bool TryJaren(TimeMatchContext c, int i, out TimeMatch match)
    {
        match = default;
        if (c.IsEnglish || !c.IsWord(i, "jaren"))
        {
            return false;
        }

        var next = i + 1;
        if ((c.IsSymbol(next, '\'') || c.IsSymbol(next, '\u2019')) && c.IsNumber(next + 1) && c.Touch(next, next + 1))
        {
            next++;
        }

        int decade;
        if (c.TryWord(next, out var word) && word.Kind == TimeWordKind.NumberWord && word.Value >= 20 && word.Value <= 90 && word.Value % 10 == 0)
        {
            decade = TwoDigitDecade(word.Value);
        }
        else if (c.IsNumber(next) && c.Token(next).Length == 2 && c.Token(next).Number % 10 == 0)
        {
            decade = TwoDigitDecade(c.Token(next).Number);
        }
        else if (NumericDateRules.IsYearNumber(c, next) && c.Token(next).Number % 10 == 0)
        {
            decade = c.Token(next).Number / 10;
        }
        else
        {
            return false;
        }

        match = Decade(decade, WithArticle(c, i), next);
        return true;
    }

    private static int TwoDigitDecade(int twoDigits) => twoDigits >= 20 ? 190 + (twoDigits / 10) : 200 + (twoDigits / 10);

    private static int WithArticle(TimeMatchContext c, int first)
        => c.IsAnyWord(first - 1, Articles) && c.LastTaken < first - 1 ? first - 1 : first;

    private static TimeMatch Decade(int decade, int first, int last)
    {
        var start = new DateTime(decade * 10, 1, 1);
        var end = new DateTime((decade * 10) + 9, 12, 31);
        return ResolvedTime.Between(CalendarMath.Digits(decade, 3), start, end, TimeUnit.Decade).At(first, last, TimeExpressionKind.Date);
    }
}
