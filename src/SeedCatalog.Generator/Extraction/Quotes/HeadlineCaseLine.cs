namespace SeedCatalog.Generator.Extraction.Quotes;

/// <summary>
/// A headline kept as a paragraph (<c>Convicted Murderer Asks Judge For New Trial</c>): one line without quotes or a closing
/// full stop, four words or more, every word capitalised (short function words may stay lower case) and at least one function
/// word capitalised. It is no sentence, so its capitalised words name no one (<c>New Trial</c>); the body names the people.
/// </summary>
internal static class HeadlineCaseLine
{
    public static bool Is(ParagraphText p)
    {
        if (p.Quotes.Count > 0 || p.Sentences.Count != 1 || p.TokenCount < 4)
        {
            return false;
        }

        var words = 0;
        var capitalisedFunctionWords = 0;
        for (var k = 0; k < p.TokenCount; k++)
        {
            var t = p.Tokens[k];
            if (!t.IsWord)
            {
                if (p.Text[t.Start] is '.' or '!' or '?' or ';')
                {
                    return false;
                }

                continue;
            }

            words++;
            var functionWord = t.Has(WordFlags.FunctionWord | WordFlags.Determiner | WordFlags.Preposition | WordFlags.Particle);
            if (!t.IsCapitalised && !(functionWord && t.Length <= 4))
            {
                return false;
            }

            if (functionWord && t.IsCapitalised && k > 0)
            {
                capitalisedFunctionWords++;
            }
        }

        return words >= 4 && capitalisedFunctionWords > 0;
    }
}
