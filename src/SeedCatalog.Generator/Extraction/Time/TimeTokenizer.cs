using System.Collections.Generic;

namespace SeedCatalog.Generator.Extraction.Time;

/// <summary>
/// Splits a paragraph into <see cref="TimeToken"/>s in one pass: letter runs, digit runs and single
/// symbols, with whitespace dropped. "woensdagmorgen" stays one word; "1990s" is a number then a word.
/// </summary>
internal static class TimeTokenizer
{
    public static void Tokenize(string text, List<TimeToken> tokens)
    {
        tokens.Clear();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c >= '0' && c <= '9')
            {
                var value = 0;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    value = i - start < 9 ? (value * 10) + (text[i] - '0') : -1;
                    i++;
                }

                tokens.Add(new TimeToken(start, i - start, TimeTokenKind.Number, value, sentenceStart));
                sentenceStart = false;
            }
            else if (CharClass.IsLetter(c))
            {
                while (i < text.Length && CharClass.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(start, i - start, TimeTokenKind.Word, -1, sentenceStart));
                sentenceStart = false;
            }
            else
            {
                i++;
                tokens.Add(new TimeToken(start, 1, TimeTokenKind.Symbol, -1, sentenceStart));
                if (c == '.' || c == '!' || c == '?')
                {
                    sentenceStart = true;
                }
                else if (!IsQuoteOrBracket(c))
                {
                    sentenceStart = false;
                }
            }
        }
    }

    private static bool IsQuoteOrBracket(char c)
        => c == '"' || c == '\'' || c == '(' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
           || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == ',';
}
