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

        if (IsPossessive(text, start, length))
        {
            return IsNameWord(text, start, length - 2)
                ? TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.PossessiveName
                : TokenTraits.Word | TokenTraits.Capitalised;
        }

        return IsNameWord(text, start, length)
            ? TokenTraits.Word | TokenTraits.Capitalised | TokenTraits.NameWord
            : TokenTraits.Word | TokenTraits.Capitalised;
    }

    private static bool IsPossessive(string text, int start, int length)
        => length > 2 && text[start + length - 1] == 's' && text[start + length - 2] is '\'' or '’';

    /// <summary>
    /// For a capitalised word (without its <c>'s</c>): two characters or more and a lower-case second or third letter, not
    /// counting an apostrophe after the first (<c>O’Brien</c>, <c>D'Alema</c>), and no lower-case part of four letters or more after
    /// its last hyphen.
    /// </summary>
    private static bool IsNameWord(string text, int start, int length)
    {
        if (length < 2)
        {
            return false;
        }

        var from = start + 1;
        if (length > 3 && text[from] is '\'' or '’')
        {
            from++;
        }

        var lower = false;
        for (var i = from; i < start + length && i < from + 2; i++)
        {
            lower |= char.IsLower(text[i]);
        }

        // "Expresso-filialen", "Slam-titels", "PVV-leider": a compound whose last part is a common noun is no name; a part of three
        // letters or fewer may be a particle of a double surname ("Verbeek-de Wit", "Smit-van Dijk").
        var tail = LowerTailLength(text, start, length);
        return lower && (tail <= 3 || IsRomanisedGivenName(text, start, length, tail));
    }

    /// <summary>
    /// <c>Jong-kyun</c>, <c>Jae-yong</c>, <c>Ki-moon</c>: a short first part and a lower-case second of four letters, not a plural
    /// (<c>Ajax-fans</c>), is a romanised two-syllable given name, not a compound noun.
    /// </summary>
    private static bool IsRomanisedGivenName(string text, int start, int length, int tail)
        => tail == 4 && length - tail - 1 is >= 2 and <= 4 && text[start + length - 1] != 's';

    /// <summary>
    /// The length of the part after the word's last hyphen when that part starts in lower case (<c>Belang-voorzitter</c>: 10);
    /// 0 when there is no such part.
    /// </summary>
    public static int LowerTailLength(string text, int start, int length)
    {
        var hyphen = text.LastIndexOf('-', start + length - 1, length);
        return hyphen > start && hyphen < start + length - 1 && char.IsLower(text[hyphen + 1]) ? start + length - hyphen - 1 : 0;
    }
}
