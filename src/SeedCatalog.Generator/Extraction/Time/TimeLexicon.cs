using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// The word tables, one per language, built once. The article's language picks the table; numeric
/// forms (years, 2022-02-16, 15:30) need no table and are read in both languages.
/// </summary>
internal static class TimeLexicon
{
    /// <summary><see cref="TimeWord.Value"/> of a cue that makes any following 4-digit number a year (in 2014).</summary>
    public const int StrongCue = 0;

    /// <summary><see cref="TimeWord.Value"/> of a cue that also precedes counts (voor 2000 mensen): the year must not be followed by a word.</summary>
    public const int WeakCue = 1;

    private static readonly WordTable<TimeWord> Dutch = DutchTimeWords.Build();
    private static readonly WordTable<TimeWord> English = EnglishTimeWords.Build();

    public static WordTable<TimeWord> For(Language language) => language == Language.English ? English : Dutch;
}
