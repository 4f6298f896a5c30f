using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Parsing;

internal enum DateHeaderStatus
{
    Ok,
    Missing,
    Impossible,
}

/// <summary>
/// The outcome of reading a seed's <c>date YYYY[-MM[-DD]]</c> header. <see cref="Value"/> is the date
/// text as written (for messages), <see cref="ValueSlice"/> where it stands, <see cref="BodyStart"/>
/// where the lede begins.
/// </summary>
internal readonly record struct DateHeader(DateHeaderStatus Status, PartialDate Date, TextSlice ValueSlice, int BodyStart);
