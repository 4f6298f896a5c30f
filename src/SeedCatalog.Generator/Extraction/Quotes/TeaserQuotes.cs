using System;
using System.Collections.Generic;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The related-article teasers with their quotes. A teaser names its speaker by surname
/// (<c>Rutte: '…'</c>); when the article names that person in full, the quote gets the full name, as body
/// quotes do.
/// </summary>
internal static class TeaserQuotes
{
    public static EquatableArray<RelatedModel> Related(SeedDocument document, Language language, EquatableArray<PersonModel> people)
    {
        var teasers = document.Teasers;
        if (teasers.IsEmpty)
        {
            return EquatableArray<RelatedModel>.Empty;
        }

        var related = new List<RelatedModel>(teasers.Count);
        for (var i = 0; i < teasers.Count; i++)
        {
            var teaser = teasers[i];
            var quotes = QuoteExtractor.ExtractFromHeadline(teaser.Headline.Of(document.Text), i, language);
            related.Add(new RelatedModel(teaser.Count, teaser.Headline, LinkToPeople(quotes, people)));
        }

        return EquatableArray.From(related);
    }

    private static EquatableArray<QuoteModel> LinkToPeople(EquatableArray<QuoteModel> quotes, EquatableArray<PersonModel> people)
    {
        var linked = new List<QuoteModel>(quotes.Count);
        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker;
            var match = speaker is null ? null : FullNameOf(speaker, people);
            linked.Add(match is null ? quote : quote with { Speaker = match });
        }

        return EquatableArray.From(linked);
    }

    private static string? FullNameOf(string surname, EquatableArray<PersonModel> people)
    {
        string? found = null;
        foreach (var person in people)
        {
            var name = person.Name;
            if (name.Length > surname.Length + 1
                && name[name.Length - surname.Length - 1] == ' '
                && name.EndsWith(surname, StringComparison.Ordinal))
            {
                if (found is not null && !string.Equals(found, name, StringComparison.Ordinal))
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }
}
