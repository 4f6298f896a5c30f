namespace SeedCatalog.Generator.Extraction;

/// <summary>
/// Compares words without their accents (<c>Daniël</c> and <c>Daniel</c>, <c>José</c> and <c>Jose</c>), ignoring case: news
/// drops a name's diacritics now and then. Our own table of Latin letters, so the answer is the same on every machine and
/// under invariant globalization.
/// </summary>
internal static class Accents
{
    private const string Accented = "àáâãäåèéêëìíîïòóôõöùúûüýÿçñ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuyycn";

    /// <summary>True when the <paramref name="word"/>.Length characters of <paramref name="text"/> from <paramref name="start"/> equal <paramref name="word"/> without accents and case.</summary>
    public static bool EqualWithout(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Base(text[start + i]) != Base(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Base(char c)
    {
        var lower = CaseFold.Lower(c);
        if (lower < 128)
        {
            return lower;
        }

        var at = Accented.IndexOf(lower);
        return at < 0 ? lower : Plain[at];
    }
}
