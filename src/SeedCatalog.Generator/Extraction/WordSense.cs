using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Extraction.Time;

namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// What one word is to the extractors: its quote-attribution flags (<see cref="WordFlags.None"/> for a
/// word the quote lexicon does not know) and, when <see cref="IsTimeWord"/>, its time-lexicon entry.
/// </summary>
internal readonly struct WordSense
{
    public WordSense(WordFlags quote, bool isTimeWord, TimeWord time)
    {
        Quote = quote;
        IsTimeWord = isTimeWord;
        Time = time;
    }

    public WordFlags Quote { get; }

    public bool IsTimeWord { get; }

    public TimeWord Time { get; }
}
