using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Round 2 turn rules seen failing on real news (issue 12, category 7), in our own words: once an unnamed person
/// (<c>a farmer</c>, <c>een visser</c>) is the subject, a pronoun that follows is that person, not the person named
/// before; a sentence that gives its source (<c>volgens de woordvoerder</c>, <c>according to the spokesman</c>) hands the
/// quote that follows to that source. Paragraphs are separated by '|'.
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

    [Fact]
    public void English_quote_after_a_sentence_by_an_unnamed_source_is_not_the_subject_s()
    {
        var quotes = Attribute(
            "Minister Paul Hendry met the dock workers on Monday. | According to the spokesman, Hendry will see the unions in the capital next week. \"That is the right place for it.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("That is the right place for it.", null) }, quotes);
    }

    [Fact]
    public void Dutch_quote_after_a_sentence_by_an_unnamed_source_is_not_the_subject_s()
    {
        var quotes = Attribute(
            "Minister Anouk Verbeek sprak maandag met de havenarbeiders. | Volgens de woordvoerder zal Verbeek de bonden volgende week in Den Haag ontvangen. \"Dat is daar de juiste plek voor.\"",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Dat is daar de juiste plek voor.", null) }, quotes);
    }

    [Fact]
    public void English_quote_after_a_sentence_by_a_named_source_is_the_source_s()
    {
        var quotes = Attribute(
            "The talks in the port ended without a deal. | According to Rosa Delgado, the employers left first. \"Nobody wanted to move.\"",
            Language.English);

        Assert.Equal(new (string, string?)[] { ("Nobody wanted to move.", "Rosa Delgado") }, quotes);
    }

    [Fact]
    public void Dutch_quote_after_a_sentence_by_a_named_source_is_the_source_s()
    {
        var quotes = Attribute(
            "Het overleg in de haven liep zonder akkoord af. | Volgens Rosa Dijkman vertrokken de werkgevers als eersten. \"Niemand wilde bewegen.\"",
            Language.Dutch);

        Assert.Equal(new (string, string?)[] { ("Niemand wilde bewegen.", "Rosa Dijkman") }, quotes);
    }
}
