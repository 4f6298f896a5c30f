using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: capitalised words after an ordinal name what is counted (<c>her 14th Grand Slam
/// title</c>, <c>zijn 3de Tour-zege</c>), no one who speaks; and romanised given names of two syllables keep their second
/// part (<c>Park Min-jung</c>), unlike compounds on a plural (<c>Ajax-fans</c>). Paragraphs are separated by '|'.
/// </summary>
public class CountedThingsAndRomanisedNamesTests
{
    [Fact]
    public void English_capitalised_words_after_an_ordinal_name_no_one()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Tessa Marlow won the final on Saturday.\n\nIt is her 14th Grand Slam title.\n\n\"I am so proud,\" she said.\n").Article!;

        Assert.Equal("Tessa Marlow", Assert.Single(article.Quotes).Speaker);
        Assert.Equal(new[] { "Tessa Marlow" }, article.People.Select(p => p.Name));
    }

    [Fact]
    public void Dutch_capitalised_words_after_an_ordinal_name_no_one()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Tessa Marlow won zaterdag de finale.\n\nHet is haar 14de Grand Slam-titel.\n\n‘Ik ben zo trots’, zei ze.\n").Article!;

        Assert.Equal("Tessa Marlow", Assert.Single(article.Quotes).Speaker);
        Assert.Equal(new[] { "Tessa Marlow" }, article.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("\"Sales will grow,\" said division chief Park Min-jung.", "Park Min-jung")]
    [InlineData("\"Sales will grow,\" said Lee Jae-hoon, the chief executive.", "Lee Jae-hoon")]
    public void English_romanised_given_name_keeps_its_second_part(string article, string speaker)
        => Assert.Equal(speaker, Assert.Single(Attribute(article, Language.English)).Speaker);

    [Fact]
    public void Dutch_compound_on_a_plural_is_still_no_name()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 Trainer Piet Bos was blij. Ajax-fans zongen luid.\n\n‘Mooi’, zei Bos.\n").Article!;

        Assert.Equal(new[] { "Piet Bos" }, article.People.Select(p => p.Name));
    }
}
