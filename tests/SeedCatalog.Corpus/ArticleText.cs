using System.Globalization;
using System.Text;

namespace SeedCatalog.Corpus;

/// <summary>Writes one synthetic article from a random stream: header, lede, paragraphs, subheadings, a teaser.</summary>
internal static class ArticleText
{
    private const int BodyParagraphs = 12;

    public static string Write(DeterministicRandom random)
    {
        var dutch = random.Chance(70);
        var words = dutch ? Vocabulary.Dutch : Vocabulary.English;
        var speakers = new[] { Speaker(random), Speaker(random), Speaker(random) };
        var mentioned = new bool[speakers.Length];
        var builder = new StringBuilder(3600);

        builder.Append(" date ").Append(Date(random)).Append(' ');
        Sentence(builder, random, words);
        builder.Append(' ');
        QuoteSentence(builder, random, words, speakers, mentioned, dutch);
        builder.Append(' ');
        Sentence(builder, random, words);
        builder.Append("\n\n");

        for (var p = 1; p < BodyParagraphs; p++)
        {
            if (p == 4 || p == 8)
            {
                builder.Append(random.Pick(words.Headings)).Append("\n\n");
            }

            if (p == 7)
            {
                var s = random.Next(speakers.Length);
                builder.Append(random.Next(120).ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(speakers[s].Last).Append(": '").Append(Capitalise(random.Pick(words.Quotes))).Append("'\n\n");
            }

            var sentences = 4 + random.Next(2);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                if (random.Chance(35))
                {
                    QuoteSentence(builder, random, words, speakers, mentioned, dutch);
                }
                else
                {
                    Sentence(builder, random, words);
                }
            }

            builder.Append("\n\n");
        }

        return builder.ToString(0, builder.Length - 1);
    }

    private static string Date(DeterministicRandom random)
    {
        var year = 2015 + random.Next(10);
        var month = 1 + random.Next(12);
        return random.Next(10) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => year.ToString(CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture) + "-" + (1 + random.Next(28)).ToString("D2", CultureInfo.InvariantCulture),
            _ => year.ToString(CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture),
        };
    }

    private static (string Role, string First, string Last) Speaker(DeterministicRandom random)
        => (random.Pick(Vocabulary.Dutch.Roles), random.Pick(Vocabulary.FirstNames), random.Pick(Vocabulary.LastNames));

    private static void Sentence(StringBuilder builder, DeterministicRandom random, Vocabulary words)
        => builder.Append(random.Pick(words.Subjects)).Append(' ').Append(random.Pick(words.Verbs)).Append(' ')
            .Append(random.Pick(words.Objects)).Append(' ').Append(random.Pick(words.Tails)).Append('.');

    private static void QuoteSentence(StringBuilder builder, DeterministicRandom random, Vocabulary words, (string Role, string First, string Last)[] speakers, bool[] mentioned, bool dutch)
    {
        var s = random.Next(speakers.Length);
        var name = mentioned[s] ? speakers[s].Last : speakers[s].Role + " " + speakers[s].First + " " + speakers[s].Last;
        mentioned[s] = true;
        var quote = random.Pick(words.Quotes);
        var after = random.Pick(words.CuesAfter);
        var style = random.Next(dutch ? 6 : 5);
        switch (dutch ? style : style + 10)
        {
            case 0: builder.Append('"').Append(Capitalise(quote)).Append("\", ").Append(after).Append(' ').Append(name).Append('.'); break;
            case 1: builder.Append(Capitalise(name)).Append(' ').Append(after).Append(": ,,").Append(Capitalise(quote)).Append(".''"); break;
            case 2: builder.Append('„').Append(Capitalise(quote)).Append("”, ").Append(after).Append(' ').Append(name).Append('.'); break;
            case 3: builder.Append("Volgens ").Append(name).Append(" is het \"").Append(quote).Append("\"."); break;
            case 4: builder.Append(Capitalise(name)).Append(' ').Append(random.Pick(words.CuesBefore)).Append(" dat het '").Append(quote).Append("' is."); break;
            case 5: builder.Append(Capitalise(name)).Append(": «").Append(Capitalise(quote)).Append(".»"); break;
            case 10: builder.Append('"').Append(Capitalise(quote)).Append(",\" ").Append(name).Append(' ').Append(after).Append('.'); break;
            case 11: builder.Append('“').Append(Capitalise(quote)).Append(",” ").Append(after).Append(' ').Append(name).Append('.'); break;
            case 12: builder.Append(Capitalise(name)).Append(' ').Append(random.Pick(words.CuesBefore)).Append(" it is ‘").Append(quote).Append("’."); break;
            case 13: builder.Append("According to ").Append(name).Append(", it is \"").Append(quote).Append("\"."); break;
            default: builder.Append(Capitalise(name)).Append(" told reporters: \"").Append(Capitalise(quote)).Append(".\""); break;
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
