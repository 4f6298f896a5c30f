using System;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// A TIMEX3 value with the first and last calendar day it can mean (yyyymmdd, 0 = unbounded), and the
/// unit it is stated in (what "sinds" counts in).
/// </summary>
internal readonly record struct ResolvedTime(string Value, int Earliest, int Latest, TimeUnit Grain)
{
    public static ResolvedTime Between(string value, DateTime first, DateTime last, TimeUnit grain)
        => new(value, CalendarMath.ToNumber(first), CalendarMath.ToNumber(last), grain);

    public TimeMatch At(int firstToken, int lastToken, TimeExpressionKind kind)
        => new(firstToken, lastToken, kind, this);
}

/// <summary>A rule's result: the tokens it covers (inclusive) and what they mean.</summary>
internal readonly record struct TimeMatch(int FirstToken, int LastToken, TimeExpressionKind Kind, ResolvedTime Time)
{
    public TimeMatch From(int firstToken) => this with { FirstToken = firstToken };

    public TimeMatch To(int lastToken) => this with { LastToken = lastToken };
}
