using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: Dutch writes days and months in lower case, so one with a capital inside a name
/// is a surname (<c>wethouder Kees Zondag</c>, <c>Anna Mei</c>); English capitalises them, so there they stay no name.
/// Paragraphs are separated by '|'.
/// </summary>
public class CalendarSurnameTests
{
    [Theory]
    [InlineData("Na een telefoontje haalde wethouder Gerrit Zondag bakzeil. ‘Ik heb me vergist’, erkende hij maandag.", "Gerrit Zondag")]
    [InlineData("Zangeres Lotte Mei trad zaterdag op. ‘Het was geweldig’, zei ze.", "Lotte Mei")]
    public void Dutch_capitalised_day_or_month_inside_a_name_is_a_surname(string article, string speaker)
        => Assert.Equal(speaker, Assert.Single(Attribute(article, Language.Dutch)).Speaker);

    [Fact]
    public void Dutch_day_after_a_preposition_is_still_no_name()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 Wethouder Gerrit Bos zei op Zondag: ‘Het kan niet.’\n").Article!;

        Assert.Equal("Gerrit Bos", Assert.Single(article.Quotes).Speaker);
        Assert.Equal("Gerrit Bos", Assert.Single(article.People).Name);
    }

    [Fact]
    public void English_day_after_a_name_is_no_surname()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 Councillor Gerrit Bos spoke on Sunday. \"It cannot go on,\" he said.\n").Article!;

        Assert.Equal("Gerrit Bos", Assert.Single(article.Quotes).Speaker);
        Assert.Equal("Gerrit Bos", Assert.Single(article.People).Name);
    }
}
