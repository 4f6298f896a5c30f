namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>Small helpers to fill a <see cref="WordTable{T}"/> of <see cref="TimeWord"/>s.</summary>
internal static class TimeLexiconBuilder
{
    public static void AddAll(WordTable<TimeWord> table, TimeWordKind kind, int value, params string[] words)
    {
        foreach (var word in words)
        {
            table.Add(word, new TimeWord(kind, value));
        }
    }

    public static void AddNumbered(WordTable<TimeWord> table, TimeWordKind kind, string[] words, int first = 1)
    {
        for (var i = 0; i < words.Length; i++)
        {
            table.Add(words[i], new TimeWord(kind, first + i));
        }
    }

    public static void AddUnit(WordTable<TimeWord> table, TimeUnit unit, string singular, params string[] plurals)
    {
        table.Add(singular, new TimeWord(TimeWordKind.Unit, (int)unit));
        foreach (var plural in plurals)
        {
            table.Add(plural, new TimeWord(TimeWordKind.Unit, (int)unit, Flags: TimeWordFlags.Plural));
        }
    }

    public static void Add(WordTable<TimeWord> table, string word, TimeWordKind kind, int value = 0, PartOfDay part = PartOfDay.None, TimeWordFlags flags = TimeWordFlags.None)
        => table.Add(word, new TimeWord(kind, value, part, flags));
}
