using System.Linq;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 3 and 7, in our own words (court reports and interviews seen on real news in the eighth session): a
/// person news names by one name and an age (<c>Dennis (43)</c>) is a person; the judge, prosecutor or interviewer is never the
/// person the story is about; the quotes in the paragraph after <c>zegt de rechter tegen X</c> / <c>the judge said to X</c> are
/// X's answer; the quote after one that <c>een vrouw</c> / <c>a neighbour</c> speaks is that unnamed person's too, not the
/// article's main speaker's; a reporting clause after a comma names its own speaker; a name after a preposition, a possessive
/// and a few words (<c>van haar grootste concurrente X</c>) is no subject. Paragraphs are separated by '|'.
/// </summary>
public class CourtTurnsAndOneNameTests
{
    [Fact]
    public void Dutch_one_name_with_an_age_is_a_person()
    {
        var quotes = Attribute("Marvin (27) heeft een fiets gestolen. 'Uit geldnood', zegt hij bij de politierechter.", Language.Dutch);

        Assert.Equal("Marvin", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_one_name_with_an_age_is_a_person()
    {
        var quotes = Attribute("Tobiah, 27, stole a bicycle. \"I needed the money,\" he told the court.", Language.English);

        Assert.Equal("Tobiah", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_judge_is_not_the_suspect_the_story_is_about()
    {
        var quotes = Attribute(
            "Marvin (27) heeft een fiets gestolen. 'Uit geldnood', zegt hij. | 'U heeft een fiets gestolen', zegt de rechter.",
            Language.Dutch);

        Assert.Equal(new[] { "Marvin", null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_judge_is_not_the_defendant_the_story_is_about()
    {
        var quotes = Attribute(
            "Tobiah Marsh stole a bicycle. \"I needed the money,\" he said. | \"You took a bicycle,\" the judge said.",
            Language.English);

        Assert.Equal(new[] { "Tobiah Marsh", null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_answer_after_tegen_is_the_one_spoken_to()
    {
        var quotes = Attribute(
            "Marvin (27) heeft een fiets gestolen. 'Uit geldnood', zegt hij. | 'U heeft een fiets gestolen', zegt de rechter tegen de verdachte. | "
            + "'Dat klopt. Ik had geen geld meer.'",
            Language.Dutch);

        Assert.Equal(new[] { "Marvin", null, "Marvin" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_answer_after_said_to_is_the_one_spoken_to()
    {
        var quotes = Attribute(
            "Tobiah Marsh stole a bicycle. \"I needed the money,\" he told the court. | \"You took a bicycle,\" the judge said to Marsh. | "
            + "\"That is right. I had no money left.\"",
            Language.English);

        Assert.Equal(new[] { "Tobiah Marsh", null, "Tobiah Marsh" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_answer_after_asked_is_the_one_asked()
    {
        var quotes = Attribute(
            "Host Mira Dane spoke with Tobiah Marsh. | \"Why did you run?\" Dane asked Marsh. | \"I was scared.\"",
            Language.English);

        Assert.Equal(new[] { "Mira Dane", "Tobiah Marsh" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_quote_after_an_unnamed_speakers_quote_is_theirs_too()
    {
        var quotes = Attribute(
            "Alet Prins opent haar winkel. \"We hebben lang gewacht\", zegt ze. | \"Super\", zegt een vrouw die net binnenstapt. \"Ik heb er zin in.\"",
            Language.Dutch);

        Assert.Equal(new[] { "Alet Prins", null, null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_quote_after_an_unnamed_speakers_quote_is_theirs_too()
    {
        var quotes = Attribute(
            "Alet Prince opened her shop. \"We waited a long time,\" she said. | \"Great,\" said a woman walking in. \"I have missed this.\"",
            Language.English);

        Assert.Equal(new[] { "Alet Prince", null, null }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Dutch_reporting_clause_after_a_comma_names_its_speaker_though_a_person_opens_the_sentence()
    {
        var quotes = Attribute(
            "Premier Dick Schouten sprak de Kamer toe. | Schouten was niet sterk, vond Rob Jansma van D66. \"Meer leiderschap graag.\"",
            Language.Dutch);

        Assert.Equal("Rob Jansma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_reporting_clause_after_a_comma_names_its_speaker_though_a_person_opens_the_sentence()
    {
        var quotes = Attribute(
            "Prime Minister Dick Schouten addressed the House. | Schouten was not strong, said Rob Jansma of D66. \"More leadership, please.\"",
            Language.English);

        Assert.Equal("Rob Jansma", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_name_after_a_preposition_a_possessive_and_two_words_is_no_subject()
    {
        var quotes = Attribute(
            "Irene Wust reed een goede race. | Tijdens de race van haar grootste concurrente Miho Tanaka, die tweede werd, ging Wust "
            + "\"wel helemaal kapot\". \"Het is dan weer retespannend.\"",
            Language.Dutch);

        Assert.Equal(new[] { "Irene Wust", "Irene Wust" }, quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void English_name_after_a_preposition_a_possessive_and_two_words_is_no_subject()
    {
        var quotes = Attribute(
            "Irene Wust skated a fine race. | During the race of her biggest rival Miho Tanaka, who came second, Wust was nervous. "
            + "\"It is so exciting again.\"",
            Language.English);

        Assert.Equal("Irene Wust", Assert.Single(quotes).Speaker);
    }
}
