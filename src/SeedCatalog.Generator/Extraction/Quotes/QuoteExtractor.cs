using System.Collections.Generic;
using SeedCatalog.Generator.Model;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The quotes of an article and the people it names.</summary>
internal sealed record QuoteExtraction(EquatableArray<QuoteModel> Quotes, EquatableArray<PersonModel> People);

/// <summary>
/// Finds quotations in body paragraphs and teaser headlines and says who spoke them.
/// Initial version: straight double quotes only, no attribution.
/// </summary>
internal static class QuoteExtractor
{
    public static QuoteExtraction Extract(IReadOnlyList<string> paragraphs, string language)
    {
        var quotes = new List<QuoteModel>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            FindStraightQuotes(paragraphs[p], p, quotes);
        }

        return new QuoteExtraction(EquatableArray.From(quotes), EquatableArray<PersonModel>.Empty);
    }

    public static EquatableArray<QuoteModel> ExtractFromHeadline(string headline, int relatedIndex, string language)
    {
        var quotes = new List<QuoteModel>();
        FindStraightQuotes(headline, relatedIndex, quotes);
        return EquatableArray.From(quotes);
    }

    private static void FindStraightQuotes(string text, int paragraph, List<QuoteModel> quotes)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
            }
            else
            {
                quotes.Add(new QuoteModel(paragraph, open + 1, i - open - 1, null, null));
                open = -1;
            }
        }
    }
}
