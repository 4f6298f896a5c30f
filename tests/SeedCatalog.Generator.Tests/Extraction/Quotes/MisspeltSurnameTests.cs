using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 2, in our own words: news misspells a surname it gave in full (<c>Farnum</c> for Scott Farnam,
/// <c>Reike</c> for Marcia Rieke, <c>Wiersma</c> for Martien Wierdsma); a lone surname one letter off (changed, added, left out,
/// two swapped) from the one person named in full is that person, while two people one letter apart keep their own names.
/// Paragraphs are separated by '|'.
/// </summary>
public class MisspeltSurnameTests
{
    [Theory]
    [InlineData("Mayor Scott Farnam abstained. | According to Farnum, \"I abstained because of money.\"", "Scott Farnam")]
    [InlineData("Professor Marcia Rieke leads the camera team. | \"The instruments work,\" Reike said.", "Marcia Rieke")]
    public void English_surname_one_letter_off_is_the_person_named_in_full(string article, string speaker)
        => Assert.Equal(speaker, Assert.Single(Attribute(article, Language.English)).Speaker);

    [Fact]
    public void Dutch_surname_one_letter_short_is_the_person_named_in_full()
    {
        var quotes = Attribute("Teamleider Martien Wierdsma ziet een verharding. | \"Wij voelen ons veilig\", zegt Wiersma.", Language.Dutch);

        Assert.Equal("Martien Wierdsma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Two_people_one_letter_apart_keep_their_own_names()
    {
        var quotes = Attribute(
            "Jan Jansen en Piet Janssen kwamen naar de raad. | \"Ja\", zei Janssen. \"Nee\", zei Jansen.",
            Language.Dutch);

        Assert.Equal(new[] { "Piet Janssen", "Jan Jansen" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Misspelt_surname_is_not_listed_as_a_person_of_its_own()
    {
        var article = SeedPath.Read(
            "rule-test",
            " date 2024-03 Mayor Scott Farnam abstained.\n\nAccording to Farnum, \"I abstained because of money.\"\n").Article!;

        Assert.Equal(new[] { "Scott Farnam" }, article.People.Select(p => p.Name));
    }
}
