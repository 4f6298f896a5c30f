using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 2 and 3, in our own words: local news writes a nickname in quote marks inside a name
/// (<c>Aaron “Bo” Brown</c>), and keeps talking about its person through a genitive (<c>Brown’s dream</c>) before a role
/// refers back to them (<c>the lifetime resident said</c>). Paragraphs are separated by '|'.
/// </summary>
public class NicknameAndOwnerTests
{
    [Fact]
    public void English_nickname_in_quote_marks_is_part_of_the_name()
    {
        var quotes = Attribute("When Wendell “Skip” Harrow opened his bakery, he was nervous. | “People wanted bread,” he said.", Language.English);

        Assert.Equal(new[] { null, "Wendell “Skip” Harrow" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_nickname_in_quote_marks_is_part_of_the_name()
    {
        var quotes = Attribute("Hendrik ‘Henkie’ Bosveld opende vorige week zijn zaak. | ‘Het loopt goed’, zegt Bosveld.", Language.Dutch);

        Assert.Equal("Hendrik ‘Henkie’ Bosveld", quotes.Last().Speaker);
    }

    [Fact]
    public void A_quoted_word_between_a_name_and_a_lower_case_word_is_no_nickname()
    {
        var quotes = Attribute("Minister Ellen Vork noemde het plan “Onzin” en vertrok. | “Dat meen ik,” Vork said.", Language.English);

        Assert.Contains(quotes, q => q.Speaker == "Ellen Vork");
        Assert.DoesNotContain(quotes, q => q.Speaker is { } s && s.Contains("Onzin"));
    }

    [Theory]
    [InlineData("Marla Quint, 41, plans to open her shop in May. | Running a shop has been Quint’s wish for years. | “I always wanted this,” the lifelong resident said.", "Marla Quint")]
    [InlineData("Marla Quint, 41, plans to open her shop in May. | Running a shop has been Quint’s wish for years. | “I always wanted this,” the owner said.", "Marla Quint")]
    public void English_genitive_keeps_the_person_the_topic_for_a_role_in_the_next_paragraph(string article, string speaker)
        => Assert.Equal(speaker, Assert.Single(Attribute(article, Language.English)).Speaker);

    [Fact]
    public void Dutch_owner_keeps_the_person_the_topic_for_a_role_in_the_next_paragraph()
    {
        var quotes = Attribute(
            "Marla Quint (41) opent in mei haar winkel. | Een eigen zaak is al jaren de droom van Quint. | ‘Dit wilde ik altijd al’, zegt de eigenaar.",
            Language.Dutch);

        Assert.Equal("Marla Quint", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_role_after_a_genitive_of_the_topic_person_is_someone_else()
    {
        var quotes = Attribute("Marla Quint, 41, was charged on Monday. | “She denies everything,” Quint’s lawyer said.", Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }
}
