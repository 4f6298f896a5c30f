namespace SeedCatalog.Generator.Model;

internal enum TimeExpressionKind
{
    Date = 0,
    Time = 1,
    Duration = 2,
    Set = 3,

    /// <summary>A stretch from one date to another (van 2005 tot 2011): the value is start/end (2005/2011).</summary>
    Range = 4,
}

/// <summary>
/// A temporal expression in a body paragraph, with its TIMEX3 value resolved against the article's
/// date. <see cref="Earliest"/> and <see cref="Latest"/> are the first and last calendar day it can
/// mean, as yyyymmdd numbers (20220201), or 0 where unbounded. A <see cref="TimeExpressionKind.Range"/>'s
/// value is its two ends' values joined by a slash (ISO 8601 intervals: 2005/2011, 2014-10-03/2014-11-09),
/// Earliest the first day of its start and Latest the last day of its end. <see cref="Modifier"/> is the TIMEX3
/// <c>mod</c> of a date said to be at its start, middle or end (<c>begin maart</c>: value 2022-03, mod START).
/// </summary>
internal sealed record TimeExpressionModel(
    int Paragraph,
    int Offset,
    int Length,
    TimeExpressionKind Kind,
    string Value,
    int Earliest,
    int Latest,
    string? Modifier = null);
