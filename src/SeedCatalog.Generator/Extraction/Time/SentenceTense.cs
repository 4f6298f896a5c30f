namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>The tense a sentence seems to be in, from a few marker words.</summary>
internal enum SentenceTense
{
    Unknown = 0,
    Past = 1,
    Future = 2,
}

/// <summary>
/// Guesses the tense of the sentence around a token: past markers (was, werd, heeft, said, -ed verbs,
/// geleden, vorige) against future markers (zal, will, volgende, next). Only a one-sided count decides.
/// </summary>
internal static class SentenceTenseGuesser
{
    public static SentenceTense Around(TimeMatchContext context, int index)
    {
        var start = index;
        while (start > 0 && !context.StartsSentence(start))
        {
            start--;
        }

        int past = 0, future = 0;
        for (var i = start; i < context.Count && (i == start || !context.StartsSentence(i)); i++)
        {
            if (context.TryWord(i, out var word))
            {
                switch (word.Kind)
                {
                    case TimeWordKind.PastMarker:
                    case TimeWordKind.Ago:
                    case TimeWordKind.Since:
                        past++;
                        break;
                    case TimeWordKind.FutureMarker:
                        future++;
                        break;
                    case TimeWordKind.Shift when word.Value != 0 && i != index && !context.IsWord(i, "following"):
                        if (word.Value < 0) past++; else future++;
                        break;
                }
            }
            else if (context.IsEnglish && LooksLikeEnglishPastVerb(context, i))
            {
                past++;
            }
        }

        if (past > 0 && future == 0)
        {
            return SentenceTense.Past;
        }

        return future > 0 && past == 0 ? SentenceTense.Future : SentenceTense.Unknown;
    }

    private static bool LooksLikeEnglishPastVerb(TimeMatchContext context, int i)
    {
        if (!context.IsPlainWord(i) || context.IsCapitalized(i))
        {
            return false;
        }

        var token = context.Token(i);
        return token.Length > 4 && context.Text[token.End - 2] == 'e' && context.Text[token.End - 1] == 'd';
    }
}
