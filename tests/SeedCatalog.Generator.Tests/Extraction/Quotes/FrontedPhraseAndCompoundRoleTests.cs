using SeedCatalog.Generator.Model;
using Xunit;
using static SeedCatalog.Generator.Tests.QuoteArticles;

namespace SeedCatalog.Generator.Tests.Extraction.Quotes;

/// <summary>
/// Issue 12, categories 3 and 7, in our own words: a group after a preposition and its article (<c>Ondanks de nieuwe
/// spelers heeft X …</c>, <c>Despite the new players, X …</c>) is no subject, so the person named after it stays the one the
/// text is about; a compound description (<c>de ZEEMAN-baas</c>, <c>de oud-international</c>) refers back to that person even
/// when they were introduced with another role; a quote after a colon that answers the question its sentence gives (<c>Op de
/// vraag of …:</c>, <c>Asked whether …:</c>) is the answer of the person the text is about. Paragraphs are separated by '|'.
/// </summary>
public class FrontedPhraseAndCompoundRoleTests
{
    [Fact]
    public void Dutch_group_after_a_fronted_preposition_is_no_subject()
    {
        var quotes = Attribute(
            "Ondanks de nieuwe spelers heeft Ronald Kramer het gevoel dat hij zijn ploeg kent. | „Het plaatje is nu duidelijker”, zegt de oud-international.",
            Language.Dutch);

        Assert.Equal("Ronald Kramer", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_group_after_a_fronted_preposition_is_no_subject()
    {
        var quotes = Attribute(
            "Despite the new players, Ronald Kramer feels he knows his squad. | “The picture is clearer now,” said the former international.",
            Language.English);

        Assert.Equal("Ronald Kramer", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_compound_description_refers_back_to_the_person_introduced_with_another_role()
    {
        var quotes = Attribute(
            "Topvrouw Ilse Verbeek van winkelketen Zeeman is tevreden. | „Klanten komen weer vaker bij ons”, benadrukte de Zeeman-baas in mei al.",
            Language.Dutch);

        Assert.Equal("Ilse Verbeek", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void English_compound_description_refers_back_to_the_person_introduced_with_another_role()
    {
        var quotes = Attribute(
            "Coach Ilse Verbeek has led the team since March. | “The players are coming back,” the ex-champion stressed on Sunday.",
            Language.English);

        Assert.Equal("Ilse Verbeek", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_plain_role_of_someone_else_stays_unnamed_when_the_topic_has_another_role()
    {
        var quotes = Attribute(
            "Wethouder Ilse Verbeek opende de brug. | „Het was een mooie dag”, zei de burgemeester.",
            Language.Dutch);

        Assert.Null(Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Dutch_answer_after_the_question_it_answers_is_the_person_the_text_is_about()
    {
        var quotes = Attribute(
            "Burgemeester Anouk Veldhuis reageert geschokt: „Dit is verschrikkelijk.” | Op de vraag of er een bijeenkomst komt: „Daarvoor is het te vroeg.” "
            + "| Gevraagd naar de oorzaak: „Dat weten we nog niet.”",
            Language.Dutch);

        AssertAllSpokenBy(quotes, "Anouk Veldhuis", 3);
    }

    [Fact]
    public void English_answer_after_the_question_it_answers_is_the_person_the_text_is_about()
    {
        var quotes = Attribute(
            "Mayor Anna Fields said on Monday: “This is terrible.” | Asked whether there will be a meeting for residents: “It is too early for that.”",
            Language.English);

        AssertAllSpokenBy(quotes, "Anna Fields", 2);
    }
}
