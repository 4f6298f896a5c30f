namespace SeedCatalog.Generator.Model;

internal enum TimeExpressionKind
{
    Date = 0,
    Time = 1,
    Duration = 2,
    Set = 3,
}

/// <summary>
/// A temporal expression in a body paragraph, with its TIMEX3 value resolved against the article's
/// date. <see cref="Earliest"/> and <see cref="Latest"/> are the first and last calendar day it can
/// mean, as yyyymmdd numbers (20220201), or 0 where unbounded.
/// </summary>
internal sealed record TimeExpressionModel(
    int Paragraph,
    int Offset,
    int Length,
    TimeExpressionKind Kind,
    string Value,
    int Earliest,
    int Latest);
