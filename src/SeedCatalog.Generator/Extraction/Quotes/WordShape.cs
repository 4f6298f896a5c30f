namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>The <see cref="TokenTraits"/> of a word, from its characters (<see cref="char.IsUpper(char)"/> and <see cref="char.IsLower(char)"/>).</summary>
internal static class WordShape
{
    public static TokenTraits Of(string text, int start, int length)
    {
        var first = text[start];
        if (char.IsLower(first))
        {
            return TokenTraits.Word | TokenTraits.LowerStart;
        }

        if (!char.IsUpper(first))
        {
            return TokenTraits.Word;
        }

        return IsNameWord(text, start, length)
            ? TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord
            : TokenTraits.Word | TokenTraits.Capitalised;
    }

    /// <summary>For a capitalised word: two characters or more, a lower-case second or third, and no <c>'s</c> at the end.</summary>
    private static bool IsNameWord(string text, int start, int length)
    {
        if (length < 2)
        {
            return false;
        }

        var lower = false;
        for (var i = start + 1; i < start + length && i < start + 3; i++)
        {
            lower |= char.IsLower(text[i]);
        }

        var end = start + length;
        var possessive = length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’';
        return lower && !possessive;
    }
}
