using Xunit;
using static SeedCatalog.Generator.Tests.Extraction.Time.TimeTestSupport;

namespace SeedCatalog.Generator.Tests.Extraction.Time;

/// <summary>Ranges up to now, weeks with "op", Dutch ordinal suffixes, half-hour clock times, the start of the month, English weekday abbreviations (article dated Wednesday 2022-02-16).</summary>
public class MoreFormsTests
{
    private const string ArticleDay = "2022-02-16";

    [Theory]
    [InlineData("De cijfers beslaan de periode tussen juni 2019 en nu.", "tussen juni 2019 en nu", "2019-06/2022-02-16")]
    [InlineData("De commissie vergadert volgende week op dinsdag.", "volgende week op dinsdag", "2022-02-22")]
    [InlineData("Op 7e mrt sluit de inschrijving.", "7e mrt", "2022-03-07")]
    [InlineData("De raad vergadert vanavond om half negen.", "half negen", "2022-02-16T08:30")]
    [InlineData("Aan het begin van de maand stegen de prijzen.", "het begin van de maand", "2022-02")]
    public void Dutch(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "nl"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("The council meets on Thu 24th.", "Thu 24th", "2022-02-24")]
    [InlineData("The launch is set for Friday the 13th.", "Friday the 13th", "2022-05-13")]
    [InlineData("The festival runs 9 to 12 of June.", "9 to 12 of June", "2022-06-09/2022-06-12")]
    [InlineData("Grants were paid from 4/2/2018-6/9/2019.", "from 4/2/2018-6/9/2019", "2018-04-02/2019-06-09")]
    public void English(string sentence, string span, string value)
        => Assert.Contains(Find(sentence, ArticleDay, "en"), f => f.Span == span && f.Value == value);

    [Theory]
    [InlineData("The Sun reported the story first.", "en")]
    [InlineData("She sat on the Wed committee.", "en")]
    [InlineData("Het kost de helft van een half miljoen.", "nl")]
    [InlineData("Hij at half acht koekjes.", "nl")]
    public void Not_a_date(string sentence, string language)
        => Assert.Empty(Find(sentence, ArticleDay, language));
}
