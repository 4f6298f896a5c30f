using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Round 2 turn rules seen failing on real news (issue 12, category 7), in our own words: once an unnamed person
/// (<c>a farmer</c>, <c>een visser</c>) is the subject, a pronoun that follows is that person, not the person named
/// before. Paragraphs are separated by '|'.
/// </summary>
public class TurnRuleTests
{
    private static (string Quote, string? Speaker)[] Attribute(string article, Language language)
    {
        var paragraphs = article.Split('|').Select(p => p.Trim()).ToArray();
        return QuoteExtractor.Extract(paragraphs, language).Quotes
            .Select(q => (paragraphs[q.Paragraph].Substring(q.Offset, q.Length), q.Speaker)).ToArray();
    }

    [Fact]
    public void English_pronoun_after_an_unnamed_subject_is_not_the_person_named_before()
    {
        var quotes = Attribute(
            "Minister Clara Voss left the meeting in a hurry. But a fisherman who wanted to keep talking stood in front of her car. \"Where will our children work?\" he asked her.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("Where will our children work?", null) }, quotes);
    }

    [Fact]
    public void Dutch_pronoun_after_an_unnamed_subject_is_not_the_person_named_before()
    {
        var quotes = Attribute(
            "Minister Ellen Brouwer verliet de zaal snel. Maar een agent die verder wilde praten, ging voor haar auto staan. ,,Waar moeten onze kinderen werken?'' vraagt hij haar.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Waar moeten onze kinderen werken?", null) }, quotes);
    }

    [Fact]
    public void English_pronoun_after_a_named_subject_again_is_that_person()
    {
        var quotes = Attribute(
            "A fisherman stood in front of the car. | Minister Clara Voss stepped out. \"I will listen to everyone,\" she said.",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("I will listen to everyone,", "Clara Voss") }, quotes);
    }

    [Fact]
    public void Dutch_pronoun_after_a_named_subject_again_is_that_person()
    {
        var quotes = Attribute(
            "Een visser ging voor de auto staan. | Minister Ellen Brouwer stapte uit. ,,Ik luister naar iedereen'', zei ze.",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Ik luister naar iedereen", "Ellen Brouwer") }, quotes);
    }
}
