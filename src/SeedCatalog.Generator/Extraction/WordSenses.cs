using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// The quote lexicon and the time lexicon of one language in one table, so a paragraph's words are
/// looked up once for both extractors. Every word of either lexicon is a key, and its sense is what
/// each lexicon itself answers for it: as <see cref="WordTable{T}"/> matches a word to at most one key
/// (its case-folded and case-insensitive equal), a lookup here gives exactly the two lexicons' answers.
/// </summary>
internal static class WordSenses
{
    public static readonly WordTable<WordSense> Dutch = Merge(QuoteLexicon.Dutch, TimeLexicon.For(Language.Dutch));

    public static readonly WordTable<WordSense> English = Merge(QuoteLexicon.English, TimeLexicon.For(Language.English));

    /// <param name="language"><c>nl</c> or <c>en</c>.</param>
    public static WordTable<WordSense> For(Language language) => language == Language.English ? English : Dutch;

    public static WordTable<WordSense> For(QuoteLexicon lexicon) => lexicon == QuoteLexicon.English ? English : Dutch;

    private static WordTable<WordSense> Merge(QuoteLexicon quotes, WordTable<TimeWord> times)
    {
        var merged = new WordTable<WordSense>();
        foreach (var word in quotes.Words)
        {
            merged.Add(word, SenseOf(word, quotes, times));
        }

        foreach (var word in times.Words)
        {
            merged.Add(word, SenseOf(word, quotes, times));
        }

        return merged;
    }

    private static WordSense SenseOf(string word, QuoteLexicon quotes, WordTable<TimeWord> times)
    {
        var isTimeWord = times.TryGet(word, 0, word.Length, out var time);
        return new WordSense(quotes.Lookup(word, 0, word.Length), isTimeWord, time);
    }
}
