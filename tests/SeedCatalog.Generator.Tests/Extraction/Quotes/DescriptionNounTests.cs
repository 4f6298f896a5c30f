using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, category 3, in our own words: culture and sport news refers back to the person it is about with what they do
/// (<c>the rapper said</c>, <c>de muzikant zegt</c>) or where they come from in two words (<c>the New Zealander told
/// reporters</c>); those resolve like a pronoun. A player or artist word before a name is that person's role, not a relation
/// to someone else. Paragraphs are separated by '|'.
/// </summary>
public class DescriptionNounTests
{
    [Theory]
    [InlineData("Lyle Dorsey hopes to release a new album in spring. | \"I was thinking about June,\" the rapper said.")]
    [InlineData("Lyle Dorsey hopes to release a new album in spring. | \"I was thinking about June,\" the singer said.")]
    [InlineData("Lyle Dorsey hopes to release a new album in spring. | \"I was thinking about June,\" the comedian said.")]
    public void English_occupation_after_the_refers_to_the_person_the_text_is_about(string article)
        => Assert.Equal("Lyle Dorsey", Assert.Single(Attribute(article, Language.English)).Speaker);

    [Theory]
    [InlineData("Lyle Dorsey wil in het voorjaar een nieuw album uitbrengen. | ‘Ik dacht aan juni’, zegt de rapper.")]
    [InlineData("Lyle Dorsey wil in het voorjaar een nieuw album uitbrengen. | ‘Ik dacht aan juni’, zegt de muzikant.")]
    public void Dutch_occupation_after_de_refers_to_the_person_the_text_is_about(string article)
        => Assert.Equal("Lyle Dorsey", Assert.Single(Attribute(article, Language.Dutch)).Speaker);

    [Theory]
    [InlineData("Coach Rhys Tamaki said injuries were no excuse. | \"Their defence was superb,\" the New Zealander told reporters.", "Rhys Tamaki")]
    [InlineData("Coach Rhys Tamaki said injuries were no excuse. | \"Their defence was superb,\" the South African told reporters.", "Rhys Tamaki")]
    public void English_two_word_demonym_refers_back_like_a_pronoun(string article, string speaker)
    {
        var article1 = SeedPath.Read("rule-test", " date 2024-03 " + article.Replace(" | ", "\n\n") + "\n").Article!;

        Assert.Equal(speaker, Assert.Single(article1.Quotes).Speaker);
        Assert.Equal(new[] { "Rhys Tamaki" }, article1.People.Select(p => p.Name));
    }

    [Fact]
    public void Dutch_demonym_in_one_word_still_refers_back()
    {
        var quotes = Attribute("Trainer Rhys Tamaki zei dat blessures geen excuus waren. | ‘Hun verdediging was sterk’, zei de Nieuw-Zeelander.", Language.Dutch);

        Assert.Equal("Rhys Tamaki", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_player_word_before_a_name_is_a_role()
    {
        var article = SeedPath.Read("rule-test", " date 2024-03 Middenvelder Jan Bosveld scoorde twee keer.\n\n‘Dat was lekker’, zei Bosveld.\n").Article!;

        Assert.Equal("middenvelder", Assert.Single(article.People).Role);
    }

    [Fact]
    public void English_a_veteran_before_a_description_is_no_role()
    {
        var quotes = Attribute(
            "Ezra Lund says a reunion tour felt natural. | \"Oh, very much so,\" the veteran guitar hero tells us. \"It just fell into place.\"",
            Language.English);

        Assert.Equal("Ezra Lund", quotes.Last().Speaker);
        Assert.All(quotes, q => Assert.True(q.Speaker is null or "Ezra Lund"));
    }
}
