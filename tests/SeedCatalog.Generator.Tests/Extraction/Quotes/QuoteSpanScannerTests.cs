using System.Collections.Generic;
using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

public class QuoteSpanScannerTests
{
    private static string[] Quotes(string text)
    {
        var spans = new List<QuoteSpan>();
        QuoteSpanScanner.Scan(text, spans);
        return spans.Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    [Theory]
    [InlineData("Hij zei \"ja\" en ging.", "ja")]
    [InlineData("He said “yes” and left.", "yes")]
    [InlineData("Hij zei „ja” en ging.", "ja")]
    [InlineData("Hij zei ,,ja'' en ging.", "ja")]
    [InlineData("Hij zei:,, ja'' en ging.", "ja")]
    [InlineData("Rutte: 'Verdere agressie heeft gevolgen'", "Verdere agressie heeft gevolgen")]
    [InlineData("She said ‘no’ twice.", "no")]
    [InlineData("Il a dit «non» hier.", "non")]
    [InlineData("’Een stel betweters’, vindt zij de raad.", "Een stel betweters")]
    [InlineData("He called it ’a slow disaster’ on Monday.", "a slow disaster")]
    [InlineData("“We have the tools to fight it,’’ the mayor said.", "We have the tools to fight it,")]
    [InlineData("\"It was a pleasure to watch,'' he told the radio.", "It was a pleasure to watch,")]
    [InlineData("„Dat is de kern van de zaak,’’ zei de wethouder.", "Dat is de kern van de zaak,")]
    [InlineData(",,Ja, die gaan we bekijken‘’, zegt de rechter.", "Ja, die gaan we bekijken")]
    public void Finds_every_quote_mark_style(string text, string expected)
        => Assert.Equal(new[] { expected }, Quotes(text));

    [Theory]
    [InlineData("De auto's van zo'n bedrijf staan er 's middags en 't is druk.")]
    [InlineData("We don't know why Clinton’s team liked the ’90s.")]
    [InlineData("The players' union met the teachers' union.")]
    [InlineData("Het is ’s avonds druk en ’t regent.")]
    [InlineData("Rock ’n’ roll came back in the ’90s.")]
    [InlineData("Hij noemde het ’een fout en ging weg.")]
    [InlineData("Het kost 1,50 euro.")]
    public void Apostrophes_are_not_quotes(string text)
        => Assert.Empty(Quotes(text));

    [Fact]
    public void Nested_quotes_of_another_mark_belong_to_the_outer_quote()
        => Assert.Equal(new[] { "Hij zei 'nee' tegen ons" }, Quotes("\"Hij zei 'nee' tegen ons\", vertelt ze."));

    [Fact]
    public void Apostrophes_inside_a_single_quote_do_not_close_it()
        => Assert.Equal(new[] { "zo'n auto's rijden hier" }, Quotes("Ze zei: 'zo'n auto's rijden hier'."));

    [Fact]
    public void An_unclosed_quote_runs_to_the_paragraph_end()
    {
        var text = "Ook de bond is kritisch. \"Dit gaat mis, zei hij.";
        var spans = new List<QuoteSpan>();
        QuoteSpanScanner.Scan(text, spans);

        var span = Assert.Single(spans);
        Assert.False(span.Closed);
        Assert.Equal("Dit gaat mis, zei hij.", text.Substring(span.Start, span.Length));
        Assert.Equal(text.IndexOf('"'), span.MarkStart);
    }

    [Fact]
    public void Several_quotes_in_one_paragraph_come_in_order()
        => Assert.Equal(new[] { "We gaan door", "tot het einde." }, Quotes("\"We gaan door\", aldus Visser, \"tot het einde.\""));
}
