using System;
using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// The organisations an article names in full and then by their initials: <c>the U.S. Department of Justice (DOJ)</c>,
/// <c>De Onafhankelijke Partij Alkmaar (OPA)</c>. A speaker given by the initials (<c>the DOJ said</c>, <c>OPA geeft aan</c>)
/// is then named as the article introduced it, so one organisation has one name in the catalog.
/// </summary>
internal static class AcronymNames
{
    private static readonly string[] Connectors = { "of", "for", "and", "the", "on", "van", "voor", "de", "het", "en", "der", "op", "&" };

    private static readonly string[] LeadingArticles = { "the", "The", "de", "De", "het", "Het" };

    /// <summary>The full name the article gave <paramref name="speaker"/> (initials, maybe after the/de/het), or null.</summary>
    public static string? FullNameOf(IReadOnlyList<string> paragraphs, string speaker)
    {
        var initials = WithoutArticle(speaker);
        if (initials.Length < 2 || initials.Length > 6 || !IsAllCapitals(initials))
        {
            return null;
        }

        var marker = "(" + initials + ")";
        foreach (var paragraph in paragraphs)
        {
            var at = paragraph.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && NameBefore(paragraph, at, initials) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The capitalised words (and connectors between them) right before <paramref name="at"/>, when they fit the initials.</summary>
    private static string? NameBefore(string paragraph, int at, string initials)
    {
        var end = at;
        while (end > 0 && paragraph[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var capitalised = 0;
        var cursor = end;
        for (var words = 0; words < 8 && cursor > 0; words++)
        {
            var wordEnd = cursor;
            var wordStart = wordEnd;
            while (wordStart > 0 && paragraph[wordStart - 1] != ' ')
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = paragraph.Substring(wordStart, wordEnd - wordStart);
            var isName = char.IsUpper(word[0]) && char.IsLetterOrDigit(word[word.Length - 1]) || word.EndsWith(".", StringComparison.Ordinal) && word.IndexOf('.') < word.Length - 1;
            if (!isName && Array.IndexOf(Connectors, word) < 0)
            {
                break;
            }

            if (isName)
            {
                capitalised++;
                start = wordStart;
            }

            cursor = wordStart;
            while (cursor > 0 && paragraph[cursor - 1] == ' ')
            {
                cursor--;
            }
        }

        if (capitalised < 2)
        {
            return null;
        }

        var name = WithoutArticle(paragraph.Substring(start, end - start));
        return name.Length > 0 && char.ToUpperInvariant(name[0]) == initials[0] || ContainsInitial(name, initials[0]) ? name : null;
    }

    /// <summary><c>U.S. Department of Justice</c> for DOJ: a word of the name starts with the first initial.</summary>
    private static bool ContainsInitial(string name, char initial)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == initial && (i == 0 || name[i - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutArticle(string text)
    {
        foreach (var article in LeadingArticles)
        {
            if (text.Length > article.Length + 1 && text[article.Length] == ' ' && text.StartsWith(article, StringComparison.Ordinal))
            {
                return text.Substring(article.Length + 1);
            }
        }

        return text;
    }

    private static bool IsAllCapitals(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
