using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2 and 8, in our own words: local Dutch and Flemish news puts a place before a compound role
/// (<c>aldus Gentse districtsburgemeester Els Wouters</c>), the unit a role is of between the role and the name
/// (<c>teamchef Westbroek Karin van Dalen</c>), and the shop a person speaks for after a lone <c>van</c>
/// (<c>zegt Ilse van Blue Moon Bikes</c>). Paragraphs are separated by '|'.
/// </summary>
public class LocalTitlesTests
{
    [Fact]
    public void Dutch_place_before_a_compound_role_is_no_speaker()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 ‘We voeren het in’, aldus Gentse districtsburgemeester Els Wouters bij de lokale zender.\n").Article!;

        Assert.Equal("Els Wouters", Assert.Single(article.Quotes).Speaker);
        Assert.Equal("districtsburgemeester", Assert.Single(article.People).Role);
    }

    [Fact]
    public void Dutch_unit_between_role_and_name_is_no_part_of_the_name()
    {
        var quotes = Attribute("Volgens teamchef Westbroek Karin van Dalen werkt het goed. ‘Het ging om een jongen zonder boetes.’", Language.Dutch);

        Assert.Equal("Karin van Dalen", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_middle_name_after_a_role_stays_in_the_name()
    {
        var quotes = Attribute("\"It was fine,\" said coach Maynard James Keenan.", Language.English);

        Assert.Equal("Maynard James Keenan", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_shop_after_a_lone_van_is_no_surname()
    {
        var quotes = Attribute("„Ze vragen om geld”, zegt Ilse van Blue Moon Bikes.", Language.Dutch);

        Assert.Equal("Ilse", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("„Ze vragen om geld”, zegt Vincent van Gogh.", "Vincent van Gogh")]
    [InlineData("Minister van Buitenlandse Zaken Wopke Hoekstra zei: „Ze vragen om geld.”", "Wopke Hoekstra")]
    public void Dutch_van_before_one_surname_or_a_portfolio_stays(string article, string speaker)
        => Assert.Equal(speaker, Assert.Single(Attribute(article, Language.Dutch)).Speaker);
}
