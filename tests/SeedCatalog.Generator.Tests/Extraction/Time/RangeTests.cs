using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Two dates written as one stretch: one Range expression, value start/end (article dated Wednesday 2022-02-16 unless given).</summary>
public class RangeTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("Hij was van 2003 tot 2009 wethouder in Zwolle.", "van 2003 tot 2009", "2003/2009", 20030101, 20091231)]
    [InlineData("De brug werd tussen 1962 en 1965 gebouwd.", "tussen 1962 en 1965", "1962/1965", 19620101, 19651231)]
    [InlineData("Het archief beslaat de periode 1914-1918.", "1914-1918", "1914/1918", 19140101, 19181231)]
    [InlineData("De tentoonstelling loopt van 4 maart tot 12 juni.", "van 4 maart tot 12 juni", "2022-03-04/2022-06-12", 20220304, 20220612)]
    [InlineData("Het festival duurt van 9 tot 11 juli.", "van 9 tot 11 juli", "2022-07-09/2022-07-11", 20220709, 20220711)]
    [InlineData("De weg is 14-18 maart dicht.", "14-18 maart", "2022-03-14/2022-03-18", 20220314, 20220318)]
    [InlineData("De beurs is open van 3 t/m 6 mei.", "van 3 t/m 6 mei", "2022-05-03/2022-05-06", 20220503, 20220506)]
    [InlineData("Het onderzoek liep van 1 januari 2019 tot en met 31 maart 2020.", "van 1 januari 2019 tot en met 31 maart 2020", "2019-01-01/2020-03-31", 20190101, 20200331)]
    [InlineData("De voorstelling speelt van maart tot mei.", "van maart tot mei", "2022-03/2022-05", 20220301, 20220531)]
    [InlineData("De stad groeide sterk (1890 — 1910).", "1890 — 1910", "1890/1910", 18900101, 19101231)]
    public void Dutch(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "nl", span, "Range", value, earliest, latest);

    [Theory]
    [InlineData("She led the agency from 1994 to 2001.", "from 1994 to 2001", "1994/2001", 19940101, 20011231)]
    [InlineData("The dig ran between 2011 and 2013.", "between 2011 and 2013", "2011/2013", 20110101, 20131231)]
    [InlineData("He served two terms (1988-1996).", "1988-1996", "1988/1996", 19880101, 19961231)]
    [InlineData("The fair runs April 2-5.", "April 2-5", "2022-04-02/2022-04-05", 20220402, 20220405)]
    [InlineData("The museum is closed Oct. 3-Nov. 9, 2014.", "Oct. 3-Nov. 9, 2014", "2014-10-03/2014-11-09", 20141003, 20141109)]
    [InlineData("The strike will run from May 26 to June 2.", "from May 26 to June 2", "2022-05-26/2022-06-02", 20220526, 20220602)]
    [InlineData("Voting took place between January 19 and February 3, 1976.", "between January 19 and February 3, 1976", "1976-01-19/1976-02-03", 19760119, 19760203)]
    [InlineData("The show runs November 6, 2021 - February 27, 2022.", "November 6, 2021 - February 27, 2022", "2021-11-06/2022-02-27", 20211106, 20220227)]
    [InlineData("Talks are set for June 14 to 16.", "June 14 to 16", "2022-06-14/2022-06-16", 20220614, 20220616)]
    public void English(string sentence, string span, string value, int earliest, int latest)
        => AssertFinds(sentence, ArticleDay, "en", span, "Range", value, earliest, latest);

    [Theory]
    [InlineData("Het werd 3-6 6-1 voor de Spanjaard.", "nl")]
    [InlineData("Er kwamen tussen 1500 en 2000 mensen op af.", "nl")]
    [InlineData("De straf varieerde van drie weken tot een jaar.", "nl")]
    [InlineData("De prijs steeg van 12.000 tot 13.000 euro.", "nl")]
    [InlineData("The score went from 2-1 to 3-1 late on.", "en")]
    [InlineData("Between 1500 and 2000 people attended.", "en")]
    [InlineData("He cut the deficit from 1998 levels to 2004 levels.", "en")]
    public void Not_a_range(string sentence, string language)
        => Assert.DoesNotContain(Find(sentence, ArticleDay, language), f => f.Kind == SeedCatalog.Generator.Model.TimeExpressionKind.Range);

    [Fact]
    public void An_end_before_its_start_is_two_dates()
    {
        var found = Find("Het gaat om 2011-2009 en meer.", ArticleDay, "nl");
        Assert.DoesNotContain(found, f => f.Kind == SeedCatalog.Generator.Model.TimeExpressionKind.Range);
    }

    [Theory]
    [InlineData("2022", "Van 5 tot 8 mei is het museum dicht.", "Van 5 tot 8 mei", "2022-05-05/2022-05-08")]
    [InlineData("2022-02", "Van 5 tot 8 mei is het museum dicht.", "Van 5 tot 8 mei", "2022-05-05/2022-05-08")]
    [InlineData("2022-02-16", "Van 5 tot 8 mei is het museum dicht.", "Van 5 tot 8 mei", "2022-05-05/2022-05-08")]
    public void Resolves_at_every_article_precision(string articleDate, string sentence, string span, string value)
        => Assert.Contains(Find(sentence, articleDate, "nl"), f => f.Span == span && f.Value == value);

    [Fact]
    public void One_expression_for_both_ends()
        => Assert.Single(Find("Van 2005 tot 2011 woonde zij in Gent.", ArticleDay, "nl"), f => f.Span.Contains("2005"));
}
