using System.Linq;
using SeedCatalog.Generator.Extraction.Quotes;
using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Rules seen failing on real news (issue 12), in our own words: interviews with question paragraphs (category 4),
/// turns between people and unnamed subjects (category 7), `Name:` layouts with a particle surname, cue verbs, and
/// a sentence-final role word that is no abbreviated title. Paragraphs are separated by '|'.
/// </summary>
public class InterviewAndTurnRuleTests
{
    [Fact]
    public void English_answer_after_a_question_paragraph_is_the_interviewee_s()
    {
        var quotes = Attribute(
            "Pieter van Aalst says his cycling team will race again in April. | The season ended early after crashes involving Tom Reid and Luis Ortega. |"
            + " Will the riders be ready in time? | \"Most of them already train on the road. The doctors are happy with them.\"",
            Language.English);

        Assert.Equal("Pieter van Aalst", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_answer_after_a_question_paragraph_is_the_interviewee_s()
    {
        var quotes = Attribute(
            "Bakker Mirjam Hoeks opent volgende week haar derde winkel. | Haar brood is te koop bij Jumbo en Albert Heijn. |"
            + " Waarom nu uitbreiden? | „De vraag is de laatste maanden enorm gegroeid.”",
            Language.Dutch);

        Assert.Equal("Mirjam Hoeks", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_second_name_after_from_and_is_no_topic()
    {
        var quotes = Attribute(
            "Coach Ada Moreno was calm after the defeat. | The visitors won with goals from Kim Sato and Rosa Lind. | Is the title race over? | \"Not at all. We play them again in May.\"",
            Language.English);

        Assert.Equal("Ada Moreno", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_unnamed_subject_does_not_hand_the_quote_to_a_role_in_the_sentence()
    {
        var quotes = Attribute(
            "Minister Carla Dijkman sprak de boeren toe. | Een boer werpt tegen dat de minister met haar plannen „ook bij ons op het erf” komt.",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_unnamed_subject_does_not_hand_the_quote_to_a_role_in_the_sentence()
    {
        var quotes = Attribute(
            "Mayor Judith Kane visited the market on Saturday. | A spokesman for the stallholders insisted that the mayor had made the square \"a car park with stalls\".",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_given_name_before_a_capitalised_particle_stays_in_the_name()
        => Assert.Equal("Marco De Smet", Assert.Single(Attribute("Marco De Smet: \"Zo'n finale zie je maar één keer.\"", Language.Dutch)).Speaker);

    [Fact]
    public void English_given_name_before_a_capitalised_particle_stays_in_the_name()
        => Assert.Equal("Lucia Di Stefano", Assert.Single(Attribute("Lucia Di Stefano: \"The vineyard survived the frost.\"", Language.English)).Speaker);

    [Fact]
    public void English_sentence_final_role_word_is_no_abbreviated_title()
    {
        var quotes = Attribute(
            "The jury heard the prosecutor. Afterwards it went home. He said later that \"nothing was certain\".",
            Language.English);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_cue_verbs_seen_in_real_news()
    {
        var paragraphs = new[] { "Sprinter Sanne Wouters baalde. „Dat was te makkelijk”, vervolgde Wouters. „Daar moet ik van leren”, vatte Wouters het samen." };
        var quotes = QuoteExtractor.Extract(paragraphs, Language.Dutch).Quotes;

        Assert.Equal(new (string?, string?)[] { ("Sanne Wouters", "vervolgde"), ("Sanne Wouters", "vatte samen") }, quotes.Select(q => (q.Speaker, q.Cue)));
    }

    [Fact]
    public void English_cue_verbs_seen_in_real_news()
    {
        var paragraphs = new[] { "\"The tide turned at noon,\" observed skipper Grace Holm. \"We were lucky,\" she remarked." };
        var quotes = QuoteExtractor.Extract(paragraphs, Language.English).Quotes;

        Assert.Equal(new (string?, string?)[] { ("Grace Holm", "observed"), ("Grace Holm", "remarked") }, quotes.Select(q => (q.Speaker, q.Cue)));
    }

    [Fact]
    public void Dutch_definite_role_nobody_holds_refers_back_to_the_person_named_without_a_role()
        => Assert.Equal(
            "Ruud Veldkamp",
            Assert.Single(Attribute("Ruud Veldkamp was niet onder de indruk van het rapport. „Wie heeft dit bedacht?”, vraagt het Kamerlid.", Language.Dutch)).Speaker);

    [Fact]
    public void English_definite_role_nobody_holds_refers_back_to_the_person_named_without_a_role()
        => Assert.Equal(
            "Maria Lopez",
            Assert.Single(Attribute("Maria Lopez was unhappy with the ruling. \"Who decided this?\" asked the senator.", Language.English)).Speaker);

    [Fact]
    public void English_the_champion_refers_back_to_the_winner_named_before()
        => Assert.Equal(
            "Ines Marek",
            Assert.Single(Attribute("Ines Marek won the final in three sets. The champion then thanked her coach: \"She believed in me first.\"", Language.English)).Speaker);

    [Fact]
    public void Dutch_de_kampioene_refers_back_to_the_winner_named_before()
        => Assert.Equal(
            "Fenna Bakker",
            Assert.Single(Attribute("Fenna Bakker won de finale in drie sets. „Mijn coach geloofde als eerste in mij”, zei de kampioene.", Language.Dutch)).Speaker);
}
