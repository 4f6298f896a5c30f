using System.Linq;
using SeedCatalog.Generator.Model;
using SeedCatalog.Generator.Parsing;
using Xunit;

namespace SeedCatalog.Generator.Tests.Parsing;

public class DateHeaderParserTests
{
    [Theory]
    [InlineData(" date 2022-02 Lede.", 2022, 2, 0, (int)DatePrecision.Month)]
    [InlineData("date 2022 Lede.", 2022, 0, 0, (int)DatePrecision.Year)]
    [InlineData("\tdate 2022-02-28 Lede.", 2022, 2, 28, (int)DatePrecision.Day)]
    [InlineData("date 2024-02-29 Lede.", 2024, 2, 29, (int)DatePrecision.Day)]
    public void Reads_partial_dates_with_their_precision(string text, int year, int month, int day, int precision)
    {
        var header = DateHeaderParser.Parse(text);

        Assert.Equal(DateHeaderStatus.Ok, header.Status);
        Assert.Equal(new PartialDate(year, month, day, (DatePrecision)precision), header.Date);
        Assert.Equal("Lede.", text.Substring(header.BodyStart));
    }
}

public class DateHeaderProblemTests
{
    [Theory]
    [InlineData("Nederland is bereid.")]
    [InlineData("dates 2022-02 Lede.")]
    [InlineData("date")]
    [InlineData("date Lede without a date.")]
    [InlineData("")]
    public void Reports_a_missing_header(string text)
        => Assert.Equal(DateHeaderStatus.Missing, DateHeaderParser.Parse(text).Status);

    [Theory]
    [InlineData("date 2022-13 Lede.", "2022-13")]
    [InlineData("date 2022-02-30 Lede.", "2022-02-30")]
    [InlineData("date 2021-02-29 Lede.", "2021-02-29")]
    [InlineData("date 0000-00 Lede.", "0000-00")]
    [InlineData("date 2022-2 Lede.", "2022-2")]
    [InlineData("date 22-02 Lede.", "22-02")]
    public void Reports_an_impossible_date_with_its_text(string text, string value)
    {
        var header = DateHeaderParser.Parse(text);

        Assert.Equal(DateHeaderStatus.Impossible, header.Status);
        Assert.Equal(value, header.ValueSlice.Of(text));
    }
}

public class TextNormalizerTests
{
    [Theory]
    [InlineData("a\r\nb\r\n\r\nc", "a\nb\n\nc")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("\uFEFFa\nb", "a\nb")]
    [InlineData("\uFEFFa\r\n", "a\n")]
    [InlineData("plain", "plain")]
    public void Normalizes_bom_and_line_ends(string raw, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(raw));
}

public class BlockTests
{
    [Fact]
    public void Splits_on_blank_and_whitespace_only_lines_and_trims()
    {
        const string text = "one\n\n  two a\ntwo b  \n \t \n\n\nthree\n";

        var blocks = BlockSplitter.Split(text, 0).ConvertAll(s => s.Of(text));

        Assert.Equal(new[] { "one", "two a\ntwo b", "three" }, blocks);
    }

    [Theory]
    [InlineData("Nederland kijkt naar welke wapens het kan leveren", (int)BlockKind.Heading)]
    [InlineData("Rutte sprak ook met premier Shmyhal", (int)BlockKind.Heading)]
    [InlineData("39 Rutte: 'Verdere agressie tegen Oekraïne zal serieuze consequenties hebben'", (int)BlockKind.Teaser)]
    [InlineData("7 Biden warns of “unprecedented” sanctions", (int)BlockKind.Teaser)]
    [InlineData("3 mensen kwamen om bij het ongeluk.", (int)BlockKind.Paragraph)]
    [InlineData("Hij zei het.", (int)BlockKind.Paragraph)]
    [InlineData("Wat gebeurt er nu?", (int)BlockKind.Paragraph)]
    [InlineData("\"Dit is een citaat\"", (int)BlockKind.Paragraph)]
    [InlineData("kleine letter aan het begin", (int)BlockKind.Paragraph)]
    [InlineData("Een heel lange regel die veel te veel woorden heeft om nog een tussenkop te kunnen zijn in een nieuwsbericht van vandaag", (int)BlockKind.Paragraph)]
    public void Classifies_blocks_by_shape(string block, int expected)
        => Assert.Equal((BlockKind)expected, BlockClassifier.Classify(block, isFirst: false));

    [Fact]
    public void The_first_block_is_always_the_lede()
        => Assert.Equal(BlockKind.Paragraph, BlockClassifier.Classify("Korte kop", isFirst: true));

    [Fact]
    public void A_teaser_gives_its_count_and_headline()
    {
        Assert.True(BlockClassifier.TryReadTeaser("39 Rutte: 'Verdere agressie'", out var count, out var start));
        Assert.Equal(39, count);
        Assert.Equal(3, start);
    }
}

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Nederland is bereid te helpen. Dat heeft Rutte gezegd.", "Nederland is bereid te helpen.")]
    [InlineData("Onderzoeker J. Wijngaards zegt dat het kan. Anderen twijfelen.", "Onderzoeker J. Wijngaards zegt dat het kan.")]
    [InlineData("The U.S. Senate voted on Tuesday. It passed.", "The U.S. Senate voted on Tuesday.")]
    [InlineData("Volgens mr. De Vries is het rond. Verder niets.", "Volgens mr. De Vries is het rond.")]
    [InlineData("Dr. Smith arrived. He left.", "Dr. Smith arrived.")]
    [InlineData("Het gaat o.a. om geld. Meer niet.", "Het gaat o.a. om geld.")]
    [InlineData("Stop! Now.", "Stop!")]
    [InlineData("Hij zei: \"Het is klaar.\" Daarna ging hij.", "Hij zei: \"Het is klaar.\"")]
    [InlineData("Er waren 3.5 miljoen kijkers. Record.", "Er waren 3.5 miljoen kijkers.")]
    [InlineData("Geen punt aan het eind", "Geen punt aan het eind")]
    public void Finds_the_first_sentence(string paragraph, string expected)
        => Assert.Equal(expected, SentenceSplitter.FirstSentence(paragraph));
}

public class SeedDocumentTests
{
    [Fact]
    public void The_seed_has_12_paragraphs_2_headings_and_1_teaser()
    {
        var document = SeedParser.Parse(Infrastructure.RepoSeeds.Read());

        Assert.Equal(15, document.Blocks.Count);
        Assert.Equal(12, document.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == BlockKind.Heading));
        Assert.Equal(1, document.Blocks.Count(b => b.Kind == BlockKind.Teaser));
        Assert.StartsWith("Nederland is bereid", document.Blocks[0].Slice.Of(document.Text));
    }

    [Fact]
    public void Line_endings_and_a_bom_read_the_same()
    {
        var lf = Infrastructure.RepoSeeds.Read().Replace("\r\n", "\n");
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n");

        Assert.Equal(SeedPath.Read("x", lf), SeedPath.Read("x", crlf));
    }

    [Fact]
    public void Counts_words_in_body_paragraphs()
    {
        var tokens = new SeedCatalog.Generator.Extraction.ParagraphTokens();
        tokens.Load("Rutte's auto's zijn de-escalatie waard, zei hij.", SeedCatalog.Generator.Extraction.WordSenses.Dutch);
        Assert.Equal(7, tokens.WordCount);
    }
}
