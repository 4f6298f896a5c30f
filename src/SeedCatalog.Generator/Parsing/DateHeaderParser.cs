using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

/// <summary>
/// Reads the metadata header that opens a seed: optional white space, the word <c>date</c>, white
/// space, then <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. The lede continues after it on the same line.
/// </summary>
internal static class DateHeaderParser
{
    private const string Keyword = "date";

    public static DateHeader Parse(string text)
    {
        var i = SkipSpaces(text, 0);
        if (!StartsWithKeyword(text, i))
        {
            return new DateHeader(DateHeaderStatus.Missing, default, new TextSlice(i, 0), 0);
        }

        var valueStart = SkipSpaces(text, i + Keyword.Length);
        var valueEnd = valueStart;
        while (valueEnd < text.Length && !char.IsWhiteSpace(text[valueEnd]))
        {
            valueEnd++;
        }

        var slice = new TextSlice(valueStart, valueEnd - valueStart);
        var bodyStart = SkipSpaces(text, valueEnd);
        if (!TryReadDate(text, slice, out var date))
        {
            var status = slice.Length == 0 || !char.IsDigit(text[valueStart]) ? DateHeaderStatus.Missing : DateHeaderStatus.Impossible;
            return new DateHeader(status, default, slice, bodyStart);
        }

        return new DateHeader(DateHeaderStatus.Ok, date, slice, bodyStart);
    }

    private static bool StartsWithKeyword(string text, int i)
        => i + Keyword.Length < text.Length
           && string.CompareOrdinal(text, i, Keyword, 0, Keyword.Length) == 0
           && (text[i + Keyword.Length] == ' ' || text[i + Keyword.Length] == '\t');

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static bool TryReadDate(string text, TextSlice slice, out PartialDate date)
    {
        date = default;
        var s = slice.Of(text);
        int year, month = 0, day = 0;
        switch (s.Length)
        {
            case 4 when TryDigits(s, 0, 4, out year):
                break;
            case 7 when TryDigits(s, 0, 4, out year) && s[4] == '-' && TryDigits(s, 5, 2, out month):
                break;
            case 10 when TryDigits(s, 0, 4, out year) && s[4] == '-' && TryDigits(s, 5, 2, out month) && s[7] == '-' && TryDigits(s, 8, 2, out day):
                break;
            default:
                return false;
        }

        if (year < 1 || (s.Length >= 7 && (month < 1 || month > 12)))
        {
            return false;
        }

        if (s.Length == 10 && (day < 1 || day > System.DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = s.Length switch
        {
            4 => PartialDate.OfYear(year),
            7 => PartialDate.OfMonth(year, month),
            _ => PartialDate.OfDay(year, month, day),
        };
        return true;
    }

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
